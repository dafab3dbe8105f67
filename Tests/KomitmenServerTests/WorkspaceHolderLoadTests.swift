import Foundation
import KomitmenApp
import KomitmenCore
import KomitmenRegistry
import Testing

@testable import KomitmenIntake

/// A whole read of the repository runs on the loader's thread, not on Swift's cooperative pool;
/// callers that come while it runs wait for it, and see what it read, never the repository before
/// the change that started it.
@Suite struct WorkspaceHolderLoadTests {
    @Test func aWholeReadRunsOnTheLoadersThread() async {
        #expect(await BlockingWork.load { BlockingWork.onLoader })
        #expect(!BlockingWork.onLoader)
    }

    @Test func callersDuringAReadSeeWhatItRead() async throws {
        let fixture = try ServeFixture()
        defer { fixture.delete() }
        let options = LoadOptions(root: fixture.root, registry: compiledInPlugins, today: .fixed(ServeFixture.today))
        let holder = await WorkspaceHolder(options: options, rescanInterval: 0)
        let quarter = Quarter("2026-Q2")!
        #expect(await holder.current().report(signatory: "dprd-ntt", quarter: quarter) != nil)
        let path = (fixture.root as NSString).appendingPathComponent("reports/2026-Q2/dprd-ntt.yaml")
        try FileManager.default.removeItem(atPath: path)
        let generation = await holder.generation
        // Several callers at once: one starts the read, the others wait for it.
        let seen = await withTaskGroup(of: Bool.self) { group in
            for _ in 0..<8 {
                group.addTask { await holder.current().report(signatory: "dprd-ntt", quarter: quarter) != nil }
            }
            return await group.reduce(into: [Bool]()) { $0.append($1) }
        }
        #expect(seen == Array(repeating: false, count: 8), "a caller saw the report removed before it asked")
        #expect(await holder.generation == generation &+ 1, "one read, not one per caller")
        #expect(await holder.takePending() == ["reports/2026-Q2/dprd-ntt.yaml"])
    }
}
