import Foundation
import KomitmenApp
import KomitmenCore
import KomitmenRegistry
import Testing

@testable import KomitmenIntake

/// The repository the server holds does not grow with the filings of one report: each write's
/// new inode replaces the old one among the files read.
@Suite struct WorkspaceHolderFilesTests {
    @Test func refilingOneReportKeepsTheSetOfFilesRead() async throws {
        let fixture = try ServeFixture()
        defer { fixture.delete() }
        let options = LoadOptions(root: fixture.root, registry: compiledInPlugins, today: .fixed(ServeFixture.today))
        let holder = await WorkspaceHolder(options: options, rescanInterval: 3600)
        let quarter = Quarter("2026-Q2")!
        let loaded = await holder.current()
        let report = try #require(loaded.report(signatory: "dprd-ntt", quarter: quarter))
        let relative = "reports/2026-Q2/dprd-ntt.yaml"
        let path = (fixture.root as NSString).appendingPathComponent(relative)
        let bytes = try #require(FileManager.default.contents(atPath: path))
        let before = loaded.repository.readFiles.count
        for round in 0..<5 {
            // Written as the server writes: a new file renamed over the old (a new inode).
            let temporary = path + ".\(round).tmp"
            try (bytes + Data("# \(round)\n".utf8)).write(to: URL(fileURLWithPath: temporary))
            #expect(rename(temporary, path) == 0)
            await holder.filed(report, quarter: quarter, signatory: "dprd-ntt")
        }
        let after = await holder.current().repository
        #expect(after.readFiles.count == before)
        #expect(after.readFiles.contains(try #require(FileIdentity(path: path))))
    }
}
