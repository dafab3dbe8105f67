import Foundation
import Hummingbird
import HummingbirdTesting
import KomitmenHTTP
import Testing

/// A `kill -9` during a write leaves `.<id>.yaml.<pid>.tmp` beside the report (found by the
/// durability test in .ci/serve-check.sh); the server removes it when it starts, and leaves alone
/// one whose process still runs, and anything else.
@Suite struct ServeStaleTemporaryTests {
    @Test func aKilledWritersTemporaryFileIsRemovedAtStart() async throws {
        let fixture = try ServeFixture()
        defer { fixture.delete() }
        let folder = (fixture.root as NSString).appendingPathComponent("reports/2026-Q2")
        let reviews = (fixture.root as NSString).appendingPathComponent("reviews/2026-Q2")
        try FileManager.default.createDirectory(atPath: reviews, withIntermediateDirectories: true)
        // No process has this id (above any pid_max); pid 1 always runs.
        let stale = ["reports/2026-Q2/.dprd-ntt.yaml.2147483646.tmp", "reviews/2026-Q2/.dprd-ntt.yaml.2147483645.tmp"]
        let kept = [
            "reports/2026-Q2/.dprd-ntt.yaml.1.tmp", "reports/2026-Q2/.notes.tmp",
            "reports/2026-Q2/.dprd-ntt.yaml.x.tmp",
        ]
        for relative in stale + kept {
            try Data("half a report".utf8).write(
                to: URL(fileURLWithPath: (fixture.root as NSString).appendingPathComponent(relative)))
        }
        try await fixture.withClient { client in
            let response = try await client.call(
                .get, "/api/v1/reports/2026-Q2/dprd-ntt", token: fixture.signatoryToken)
            #expect(response.status == .ok)
        }
        for relative in stale {
            #expect(
                !FileManager.default.fileExists(atPath: (fixture.root as NSString).appendingPathComponent(relative)),
                "\(relative)")
        }
        for relative in kept {
            #expect(
                FileManager.default.fileExists(atPath: (fixture.root as NSString).appendingPathComponent(relative)),
                "\(relative)")
        }
        #expect(FileManager.default.fileExists(atPath: (folder as NSString).appendingPathComponent("dprd-ntt.yaml")))
    }
}
