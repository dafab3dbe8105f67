import Foundation
import KomitmenApp
import KomitmenCore
import KomitmenRegistry
import Testing

@testable import KomitmenIntake

/// A scan that runs while the server writes a report (between the rename and `filed`) does not
/// take that write for a change made outside: no reload of the whole repository, nothing to
/// record. A change to another report in the same moment is still found.
@Suite struct WorkspaceHolderOwnWriteTests {
    @Test func aScanDuringTheServersOwnWriteSeesNoChange() async throws {
        let fixture = try ServeFixture()
        defer { fixture.delete() }
        let options = LoadOptions(root: fixture.root, registry: compiledInPlugins, today: .fixed(ServeFixture.today))
        let holder = await WorkspaceHolder(options: options, rescanInterval: 0)
        let quarter = Quarter("2026-Q2")!
        let loaded = await holder.current()
        let report = try #require(loaded.report(signatory: "dprd-ntt", quarter: quarter))
        let relative = "reports/2026-Q2/dprd-ntt.yaml"
        let path = (fixture.root as NSString).appendingPathComponent(relative)
        let bytes = try #require(FileManager.default.contents(atPath: path))
        let generation = await holder.generation

        await holder.willWrite(relative)
        // Written as the server writes: a hidden temporary file, then renamed over the report.
        let temporary = (fixture.root as NSString).appendingPathComponent("reports/2026-Q2/.dprd-ntt.yaml.1.tmp")
        try (bytes + Data("# again\n".utf8)).write(to: URL(fileURLWithPath: temporary))
        _ = await holder.current()
        #expect(rename(temporary, path) == 0)
        _ = await holder.current()
        #expect(await holder.generation == generation, "the server's own write was read as a change")
        #expect(await holder.takePending().isEmpty)

        await holder.filed(report, quarter: quarter, signatory: "dprd-ntt")
        await holder.didWrite(relative)
        let filed = await holder.generation
        _ = await holder.current()
        #expect(await holder.generation == filed, "the stamp `filed` took was not kept")
        #expect(await holder.takePending().isEmpty)
    }

    @Test func aChangeOutsideIsStillFoundWhileAnotherReportIsWritten() async throws {
        let fixture = try ServeFixture()
        defer { fixture.delete() }
        let options = LoadOptions(root: fixture.root, registry: compiledInPlugins, today: .fixed(ServeFixture.today))
        let holder = await WorkspaceHolder(options: options, rescanInterval: 0)
        _ = await holder.current()
        let reports = try FileManager.default.contentsOfDirectory(
            atPath: (fixture.root as NSString).appendingPathComponent("reports/2026-Q2")
        ).filter { $0.hasSuffix(".yaml") && $0 != "dprd-ntt.yaml" }.sorted()
        let other = "reports/2026-Q2/" + (try #require(reports.first))
        await holder.willWrite("reports/2026-Q2/dprd-ntt.yaml")
        let path = (fixture.root as NSString).appendingPathComponent(other)
        let handle = try #require(FileHandle(forWritingAtPath: path))
        handle.seekToEndOfFile()
        handle.write(Data("# edited outside\n".utf8))
        try handle.close()
        _ = await holder.current()
        #expect(await holder.takePending() == [other])
    }
}
