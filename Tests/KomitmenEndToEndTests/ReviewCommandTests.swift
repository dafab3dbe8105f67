import Foundation
import Testing

/// `komitmen review` through the binary: the file it writes, and each refusal with its message.
@Suite struct ReviewCommandTests {
    static let today = ["KOMITMEN_TODAY": "2026-02-01"]
    static let q4 = "reviews/2025-Q4/polda-ntt.yaml"

    func review(
        _ repository: TemporaryRepository, _ arguments: [String],
        environment: [String: String] = today
    ) throws -> KomitmenBinary.Result {
        try KomitmenBinary.run(
            ["review", "polda-ntt", "repo", "--quarter", "2025-Q4"] + arguments, in: repository.folder,
            environment: environment)
    }

    @Test func approveWritesTheReviewDatedToday() throws {
        let repository = try TemporaryRepository()
        defer { repository.delete() }
        let result = try review(repository, ["--approve"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == "Written: repo/\(Self.q4)\n")
        // `by` defaults to the declaration's secretariat.
        #expect(try repository.read(Self.q4) == "state: approved\nby: \"Sekretariat Uji\"\non: 2026-02-01\n")
        #expect(try repository.validate().stdout == "0 errors, 0 warnings in 9 files\n")
    }

    @Test func requestChangesKeepsTheCommentExactly() throws {
        let repository = try TemporaryRepository()
        defer { repository.delete() }
        let comment = "Angka korban \"40\" berbeda dengan laporan polres.\nMohon diperiksa: C:\\data\t#1"
        let result = try review(repository, ["--request-changes", "--comment", comment, "--by", "Ina: staf #2"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(
            try repository.read(Self.q4) == """
                state: changes-requested
                by: "Ina: staf #2"
                on: 2026-02-01
                comment: "Angka korban \\"40\\" berbeda dengan laporan polres.\\nMohon diperiksa: C:\\\\data\\t#1"

                """)
        #expect(try repository.validate().stdout == "0 errors, 0 warnings in 9 files\n")
        // Read back as written: the summary's JSON shows the comment character for character.
        let json = try KomitmenBinary.run(
            ["summary", "repo", "--quarter", "2025-Q4", "--as-of", "2026-02-01", "--format", "json"],
            in: repository.folder)
        let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        let police = (object?["signatories"] as? [[String: Any]])?.first { $0["id"] as? String == "polda-ntt" }
        let state = police?["review"] as? [String: Any]
        #expect(state?["state"] as? String == "changes-requested")
        #expect(state?["comment"] as? String == comment)
        #expect(state?["by"] as? String == "Ina: staf #2")
        #expect(state?["on"] as? String == "2026-02-01")
    }

    @Test func aSecondReviewReplacesTheFirst() throws {
        let repository = try TemporaryRepository()
        defer { repository.delete() }
        _ = try review(repository, ["--request-changes", "--comment", "Periksa angka"])
        let result = try review(repository, ["--approve"], environment: ["KOMITMEN_TODAY": "2026-02-03"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try repository.read(Self.q4) == "state: approved\nby: \"Sekretariat Uji\"\non: 2026-02-03\n")
        let leftovers = try FileManager.default.contentsOfDirectory(
            atPath: repository.root.appendingPathComponent("reviews/2025-Q4").path)
        #expect(leftovers == ["polda-ntt.yaml"])
    }

    /// Each refusal: the arguments, the one line on standard error, and nothing written.
    struct Refusal: CustomTestStringConvertible, Sendable {
        var name: String
        var arguments: [String]
        var signatory = "polda-ntt"
        var quarter = "2025-Q4"
        var environment = ReviewCommandTests.today
        var setup: @Sendable (TemporaryRepository) throws -> Void = { _ in }
        var message: String
        var testDescription: String { name }
    }

    static let refusals: [Refusal] = [
        Refusal(
            name: "changes without a comment", arguments: ["--request-changes"],
            message: "error: --request-changes needs --comment saying what to change"),
        Refusal(
            name: "a blank comment", arguments: ["--request-changes", "--comment", "   "],
            message: "error: --request-changes needs --comment saying what to change"),
        Refusal(
            name: "an unknown signatory", arguments: ["--approve"], signatory: "polda",
            message: "error: unknown signatory 'polda' (did you mean 'polda-ntt'?)"),
        Refusal(
            name: "no report to review", arguments: ["--approve"], quarter: "2026-Q1",
            message: "error: there is no report reports/2026-Q1/polda-ntt.yaml to review"),
        Refusal(
            name: "a report with errors", arguments: ["--approve"],
            setup: {
                try $0.write(
                    "reports/2025-Q4/polda-ntt.yaml",
                    "signatory: polda-ntt\nperiod: 2025-Q4\nsubmitted: 2026-01-12\nvaleus: {}\n")
            },
            message: "error: the report reports/2025-Q4/polda-ntt.yaml has errors; it is reviewed once it reads cleanly"
        ),
        Refusal(
            name: "today before the report was submitted", arguments: ["--approve"],
            environment: ["KOMITMEN_TODAY": "2026-01-05"],
            message:
                "error: today (2026-01-05) is before the report was submitted (2026-01-12); a review cannot precede it"),
        Refusal(
            name: "a control character in the comment", arguments: ["--request-changes", "--comment", "ok\u{1B}[31m"],
            message: "error: --comment: the text contains a control character (U+001B ESC)"),
        Refusal(
            name: "a bidirectional override in by", arguments: ["--approve", "--by", "Sekre\u{202E}tariat"],
            message: "error: --by: the text contains a bidirectional control character (U+202E RLO)"),
        Refusal(
            name: "a line break in by", arguments: ["--approve", "--by", "Sekre\ntariat"],
            message: "error: --by: the text contains a line break (U+000A LF); write it on one line"),
        Refusal(
            name: "the review file is a link", arguments: ["--approve"],
            setup: { repository in
                try FileManager.default.createDirectory(
                    at: repository.root.appendingPathComponent("reviews/2025-Q4"), withIntermediateDirectories: true)
                let outside = repository.folder.appendingPathComponent("outside.yaml")
                try "untouched\n".write(to: outside, atomically: true, encoding: .utf8)
                try FileManager.default.createSymbolicLink(
                    atPath: repository.root.appendingPathComponent(q4).path, withDestinationPath: outside.path)
            },
            message:
                "error: could not write repo/\(q4): it is a symbolic link; komitmen does not write through links; the file was left as it was"
        ),
        Refusal(
            name: "reviews/ is a link", arguments: ["--approve"],
            setup: { repository in
                try FileManager.default.createDirectory(
                    at: repository.folder.appendingPathComponent("elsewhere"), withIntermediateDirectories: true)
                try FileManager.default.createSymbolicLink(
                    atPath: repository.root.appendingPathComponent("reviews").path,
                    withDestinationPath: repository.folder.appendingPathComponent("elsewhere").path)
            },
            message:
                "error: repo/reviews is a symbolic link; komitmen does not write through links inside the repository"),
    ]

    @Test(arguments: refusals) func refused(_ row: Refusal) throws {
        let repository = try TemporaryRepository()
        defer { repository.delete() }
        try row.setup(repository)
        let result = try KomitmenBinary.run(
            ["review", row.signatory, "repo", "--quarter", row.quarter] + row.arguments,
            in: repository.folder, environment: row.environment)
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.split(separator: "\n").last.map(String.init) == row.message, "\(result.stderr)")
        // Nothing was written: no review file, and whatever a link pointed to is as it was.
        var status = stat()
        #expect(
            lstat(repository.root.appendingPathComponent("reviews/\(row.quarter)/\(row.signatory).yaml").path, &status)
                != 0
                || (status.st_mode & S_IFMT) == S_IFLNK)
        if let outside = try? String(
            contentsOf: repository.folder.appendingPathComponent("outside.yaml"), encoding: .utf8)
        {
            #expect(outside == "untouched\n")
        }
        #expect(
            (try? FileManager.default.contentsOfDirectory(
                atPath: repository.folder.appendingPathComponent("elsewhere").path)) ?? [] == [])
    }

    @Test func aReportWithErrorsShowsThem() throws {
        let repository = try TemporaryRepository()
        defer { repository.delete() }
        try repository.write(
            "reports/2025-Q4/polda-ntt.yaml",
            "signatory: polda-ntt\nperiod: 2025-Q4\nsubmitted: 2026-01-12\nvaleus: {}\n")
        let result = try review(repository, ["--approve"])
        #expect(
            result.lines.contains("repo/reports/2025-Q4/polda-ntt.yaml:4:1: error: unknown field 'valeus'"),
            "\(result.stderr)")
    }

    @Test(arguments: [[String](), ["--approve", "--request-changes"]]) func exactlyOneDecision(_ flags: [String]) throws
    {
        let repository = try TemporaryRepository()
        defer { repository.delete() }
        let result = try review(repository, flags)
        #expect(result.status == 64)
        #expect(
            result.stderr.contains("Error: give exactly one of --approve and --request-changes"), "\(result.stderr)")
    }

    @Test func inIndonesian() throws {
        let repository = try TemporaryRepository()
        defer { repository.delete() }
        let result = try review(repository, ["--request-changes", "--lang", "id"])
        #expect(
            result.stderr == "error: --request-changes memerlukan --comment yang menyebut apa yang harus diperbaiki\n")
        let written = try review(repository, ["--approve", "--lang", "id"])
        #expect(written.stdout == "Ditulis: repo/\(Self.q4)\n")
    }
}
