import Foundation
import Testing

/// `summary --output`, argument checks, and refusing a repository with errors.
@Suite struct SummaryOutputTests {
    static let asOf = ["--as-of", "2026-02-01"]

    static func files(in folder: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
    }

    @Test func outputReplacesAnExistingFileWhole() throws {
        let repo = try TemporaryRepository(fixture: "summary-repo")
        defer { repo.delete() }
        let target = repo.folder.appendingPathComponent("summary.json")
        // A longer old file: a non-atomic, non-truncating write would leave its tail behind.
        try Data(String(repeating: "old content\n", count: 10_000).utf8).write(to: target)
        let result = try repo.run(["summary", "repo", "--format", "json", "--output", "summary.json"] + Self.asOf)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.isEmpty)
        let written = try String(contentsOf: target, encoding: .utf8)
        let expected = try repo.run(["summary", "repo", "--format", "json"] + Self.asOf).stdout
        #expect(written == expected)
        #expect(try Self.files(in: repo.folder) == ["repo", "summary.json"], "no temporary file left behind")
    }

    @Test(arguments: ["text", "markdown", "html", "json", "csv"])
    func outputEqualsStandardOutput(format: String) throws {
        let repo = try TemporaryRepository(fixture: "summary-repo")
        defer { repo.delete() }
        let result = try repo.run(["summary", "repo", "--format", format, "--output", "out"] + Self.asOf)
        #expect(result.status == 0, "\(result.stderr)")
        let written = try Data(contentsOf: repo.folder.appendingPathComponent("out"))
        let stdout = try repo.run(["summary", "repo", "--format", format] + Self.asOf).stdout
        #expect(written == Data(stdout.utf8))
    }

    @Test func aFailingRunLeavesTheFileUntouched() throws {
        let repo = try TemporaryRepository(fixture: "summary-repo")
        defer { repo.delete() }
        let target = repo.folder.appendingPathComponent("summary.html")
        let old = Data("<p>last quarter's summary</p>\n".utf8)
        try old.write(to: target)
        // A repository with an error: no summary, the old file stays as it was.
        try repo.write(
            "reports/2025-Q4/polda-ntt.yaml", "signatory: polda-ntt\nperiod: 2025-Q4\nsubmited: 2026-01-12\n")
        let broken = try repo.run(["summary", "repo", "--format", "html", "--output", "summary.html"] + Self.asOf)
        #expect(broken.status == 1)
        #expect(broken.stdout.isEmpty)
        #expect(broken.stderr.contains("repo/reports/2025-Q4/polda-ntt.yaml:3:1: error:"), "\(broken.stderr)")
        #expect(broken.stderr.contains("komitmen validate repo"))
        #expect(try Data(contentsOf: target) == old)
        // A bad argument: refused before anything is read or written.
        let badQuarter = try repo.run(["summary", "repo", "--quarter", "2025-Q5", "--output", "summary.html"])
        #expect(badQuarter.status != 0)
        #expect(try Data(contentsOf: target) == old)
        #expect(try Self.files(in: repo.folder) == ["repo", "summary.html"])
    }

    @Test func anUnwritableOutputIsAnError() throws {
        let repo = try TemporaryRepository(fixture: "summary-repo")
        defer { repo.delete() }
        let result = try repo.run(["summary", "repo", "--output", "no/such/folder/out.txt"] + Self.asOf)
        #expect(result.status == 1)
        #expect(result.stderr.contains("no/such/folder/out.txt"))
    }

    @Test func argumentsAreChecked() throws {
        let repo = try TemporaryRepository(fixture: "summary-repo")
        defer { repo.delete() }
        let quarter = try repo.run(["summary", "repo", "--quarter", "2025-Q5"])
        #expect(quarter.status == 64)
        #expect(quarter.stderr.contains("'2025-Q5' is not a quarter; write it as YYYY-Qn"), "\(quarter.stderr)")
        let day = try repo.run(["summary", "repo", "--as-of", "2026-02-30"])
        #expect(day.status == 64)
        #expect(day.stderr.contains("2026-02-30 is not a day of the calendar"))
        let date = try repo.run(["summary", "repo", "--as-of", "1/2/2026", "--lang", "id"])
        #expect(date.stderr.contains("'1/2/2026' bukan tanggal; tulis sebagai YYYY-MM-DD"))
        let format = try repo.run(["summary", "repo", "--format", "pdf"])
        #expect(format.status == 64)
        let status = try repo.run(["status", "repo", "--as-of", "2026-13-01"])
        #expect(status.status == 64)
    }

    @Test func nothingDueYet() throws {
        let repo = try TemporaryRepository(fixture: "summary-repo")
        defer { repo.delete() }
        // 2025-Q3, the first quarter, is due 2025-10-15.
        let result = try repo.run(["summary", "repo", "--as-of", "2025-10-01"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("no quarter is due yet"), "\(result.stderr)")
        // A quarter named explicitly can still be shown: nobody is due yet.
        let chosen = try repo.run([
            "summary", "repo", "--as-of", "2025-10-01", "--quarter", "2025-Q3", "--format", "json",
        ])
        #expect(chosen.status == 0)
        #expect(chosen.stdout.contains("\"not_due\": 3"))
        #expect(chosen.stdout.contains("\"completeness\": null"))
    }
}
