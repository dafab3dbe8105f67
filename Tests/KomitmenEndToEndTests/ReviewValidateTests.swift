import Foundation
import Testing

/// `reviews/<YYYY-Qn>/<id>.yaml` read and checked like every other file: each bad review fed to
/// the real binary, with the exact `path:line:column`, message and hint.
@Suite struct ReviewValidateTests {
    /// One hostile or mistaken review: what is put into a copy of the fixture, and what must be said.
    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var setup: @Sendable (TemporaryRepository) throws -> Void
        var headlines: [String]
        var hints: [String] = []
        var errors: Int
        var warnings = 0
        var testDescription: String { name }
    }

    static let q4 = "reviews/2025-Q4/polda-ntt.yaml"

    static func review(_ text: String, at path: String = q4) -> @Sendable (TemporaryRepository) throws -> Void {
        { try $0.write(path, text) }
    }

    static let cases: [Case] = [
        Case(
            name: "unknown state, with the closest", setup: review("state: aproved\nby: Sekretariat\non: 2026-01-20\n"),
            headlines: [
                "repo/\(q4):1:8: error: 'aproved' is not a valid state; expected one of: approved, changes-requested"
            ],
            hints: ["did you mean 'approved'?"], errors: 1),
        Case(
            name: "received is not written in a file",
            setup: review("state: received\nby: Sekretariat\non: 2026-01-20\n"),
            headlines: [
                "repo/\(q4):1:8: error: 'received' is not a valid state; expected one of: approved, changes-requested"
            ], errors: 1),
        Case(
            name: "unknown field, with did-you-mean",
            setup: review("state: approved\nby: Sekretariat\non: 2026-01-20\ncomennt: ok\n"),
            headlines: ["repo/\(q4):4:1: error: unknown field 'comennt'"], hints: ["did you mean 'comment'?"], errors: 1
        ),
        Case(
            name: "missing fields", setup: review("comment: ok\n"),
            headlines: [
                "repo/\(q4):1:1: error: missing field 'state'", "repo/\(q4):1:1: error: missing field 'by'",
                "repo/\(q4):1:1: error: missing field 'on'",
            ], errors: 3),
        Case(
            name: "changes requested without a comment",
            setup: review("state: changes-requested\nby: Sekretariat\non: 2026-01-20\n"),
            headlines: ["repo/\(q4):1:8: error: a review that requests changes says which: write a comment"],
            hints: ["for example  comment: The number of victims differs from the police report"], errors: 1),
        Case(
            name: "changes requested with a blank comment",
            setup: review("state: changes-requested\nby: Sekretariat\non: 2026-01-20\ncomment: \"  \"\n"),
            headlines: ["repo/\(q4):4:10: error: a review that requests changes says which: write a comment"], errors: 1
        ),
        Case(
            name: "reviewed before the report was submitted",
            setup: review("state: approved\nby: Sekretariat\non: 2026-01-11\n"),
            headlines: ["repo/\(q4):3:5: error: reviewed on 2026-01-11, before the report was submitted (2026-01-12)"],
            hints: ["write the day of the review: 2026-01-12 or later"], errors: 1),
        Case(
            name: "not a real date", setup: review("state: approved\nby: Sekretariat\non: 2026-02-30\n"),
            headlines: ["repo/\(q4):3:5: error: '2026-02-30' is not a day in the calendar"], errors: 1),
        Case(
            name: "a year out of range", setup: review("state: approved\nby: Sekretariat\non: 3026-01-20\n"),
            headlines: ["repo/\(q4):3:5: error: '3026-01-20' is out of range: years run from 1900 to 2999"], errors: 1),
        Case(
            name: "a review without its report",
            setup: review("state: approved\nby: Sekretariat\non: 2026-01-20\n", at: "reviews/2026-Q1/polda-ntt.yaml"),
            headlines: [
                "repo/reviews/2026-Q1/polda-ntt.yaml:1:1: error: there is no report reports/2026-Q1/polda-ntt.yaml for this review"
            ],
            hints: ["a review belongs to a report: check the file name and its folder"], errors: 1),
        Case(
            name: "a review named after no signatory",
            setup: review("state: approved\nby: Sekretariat\non: 2026-01-20\n", at: "reviews/2025-Q4/polda.yaml"),
            headlines: [
                "repo/reviews/2025-Q4/polda.yaml:1:1: error: there is no report reports/2025-Q4/polda.yaml for this review"
            ], errors: 1),
        Case(
            name: "a control character in the comment",
            setup: review("state: approved\nby: Sekretariat\non: 2026-01-20\ncomment: \"ok\\e[31m\"\n"),
            headlines: ["repo/\(q4):4:10: error: the text contains a control character (U+001B ESC); remove it"],
            errors: 1),
        Case(
            name: "a bidirectional override in by",
            setup: review("state: approved\nby: Sekre\u{202E}tariat\non: 2026-01-20\n"),
            headlines: [
                "repo/\(q4):2:10: error: the text contains a bidirectional control character (U+202E RLO), which can make it display in a misleading order; remove it"
            ],
            errors: 1),
        Case(
            name: "a line break in by", setup: review("state: approved\nby: \"Sekre\\ntariat\"\non: 2026-01-20\n"),
            headlines: ["repo/\(q4):2:5: error: the text contains a line break (U+000A LF); write it on one line"],
            hints: ["only a report's narrative and a review's comment may span several lines"], errors: 1),
        Case(
            name: "an empty review", setup: review(""),
            headlines: ["repo/\(q4):1:1: error: the review file is empty"], errors: 1),
        Case(
            name: "a list instead of a mapping", setup: review("- approved\n"),
            headlines: ["repo/\(q4):1:1: error: expected a mapping (key: value lines), found a list"], errors: 1),
        Case(
            name: "a review directly in reviews/", setup: review("state: approved\n", at: "reviews/polda-ntt.yaml"),
            headlines: [
                "repo/reviews/polda-ntt.yaml:1:1: error: this review is not read: reviews go in their quarter's folder"
            ],
            hints: ["move it to reviews/YYYY-Qn/, e.g. reviews/2026-Q1/"], errors: 1),
        Case(
            name: "a folder that is not a quarter",
            setup: review("state: approved\n", at: "reviews/2025-q4/polda-ntt.yaml"),
            headlines: ["repo/reviews/2025-q4:1:1: error: review folder '2025-q4' is not a quarter (YYYY-Qn)"],
            hints: ["rename it 2025-Q4"], errors: 1),
        Case(
            name: "a file named .yml", setup: review("state: approved\n", at: "reviews/2025-Q4/polda-ntt.yml"),
            headlines: ["repo/reviews/2025-Q4/polda-ntt.yml:1:1: error: this file is not read: name it polda-ntt.yaml"],
            errors: 1),
        Case(
            name: "a stray file in a quarter folder", setup: review("notes\n", at: "reviews/2025-Q4/notes.txt"),
            headlines: ["repo/reviews/2025-Q4/notes.txt:1:1: warning: this file is not read"],
            hints: ["only files named ID.yaml are read in a quarter folder"], errors: 0, warnings: 1),
        Case(
            name: "a stray file in reviews/", setup: review("notes\n", at: "reviews/README.txt"),
            headlines: ["repo/reviews/README.txt:1:1: warning: this file is not read"],
            hints: ["reviews/ holds quarter folders, YYYY-Qn"], errors: 0, warnings: 1),
        Case(
            name: "a quarter file, not a folder", setup: review("x\n", at: "reviews/2025-Q4"),
            headlines: ["repo/reviews/2025-Q4:1:1: error: this is a file, not a quarter folder"],
            hints: ["reviews go in a folder 2025-Q4/"], errors: 1),
        Case(
            name: "Reviews/ instead of reviews/",
            setup: review("state: approved\n", at: "Reviews/2025-Q4/polda-ntt.yaml"),
            headlines: ["repo/Reviews:1:1: error: this is not read: komitmen reads 'reviews'"],
            hints: ["rename it reviews"], errors: 1),
        Case(
            name: "a link to a review outside",
            setup: { repository in
                let outside = repository.folder.appendingPathComponent("outside.yaml")
                try "state: approved\nby: x\non: 2026-01-20\n".write(to: outside, atomically: true, encoding: .utf8)
                try FileManager.default.createDirectory(
                    at: repository.root.appendingPathComponent("reviews/2025-Q4"), withIntermediateDirectories: true)
                try FileManager.default.createSymbolicLink(
                    atPath: repository.root.appendingPathComponent(q4).path, withDestinationPath: outside.path)
            },
            headlines: [
                "repo/\(q4):1:1: error: this is a symbolic link; komitmen does not follow links inside the repository"
            ], errors: 1),
        Case(
            name: "reviews/ as a link",
            setup: { repository in
                try FileManager.default.createDirectory(
                    at: repository.folder.appendingPathComponent("elsewhere"), withIntermediateDirectories: true)
                try FileManager.default.createSymbolicLink(
                    atPath: repository.root.appendingPathComponent("reviews").path,
                    withDestinationPath: repository.folder.appendingPathComponent("elsewhere").path)
            },
            headlines: [
                "repo/reviews:1:1: error: this is a symbolic link; komitmen does not follow links inside the repository"
            ], errors: 1),
    ]

    @Test(arguments: cases) func badReview(_ row: Case) throws {
        let repository = try TemporaryRepository()
        defer { repository.delete() }
        try row.setup(repository)
        expectDiagnostics(
            try repository.validate(), row.headlines, hints: row.hints, errors: row.errors, warnings: row.warnings)
    }

    @Test func goodReviewsAreClean() throws {
        let repository = try TemporaryRepository()
        defer { repository.delete() }
        try repository.write(
            Self.q4,
            "state: changes-requested\nby: Sekretariat Uji\non: 2026-01-20\ncomment: |\n  Angka korban berbeda.\n  Mohon diperiksa.\n"
        )
        try repository.write("reviews/2025-Q3/polda-ntt.yaml", "state: approved\nby: Sekretariat Uji\non: 2025-10-10\n")
        let result = try repository.validate()
        #expect(result.status == 0, "\(result.stdout)")
        #expect(result.stdout == "0 errors, 0 warnings in 10 files\n")
    }

    /// A review dated after today is a warning (the summary shows the report as received until then).
    @Test func reviewAfterTodayIsAWarning() throws {
        let repository = try TemporaryRepository()
        defer { repository.delete() }
        try repository.write(Self.q4, "state: approved\nby: Sekretariat\non: 2026-03-01\n")
        let result = try KomitmenBinary.run(
            ["validate", "repo"], in: repository.folder, environment: ["KOMITMEN_TODAY": "2026-02-01"])
        expectDiagnostics(
            result,
            [
                "repo/\(Self.q4):3:5: warning: reviewed on 2026-03-01, after today (2026-02-01); summaries show the report as received until then"
            ],
            errors: 0, warnings: 1)
    }

    /// A report with errors has its own diagnostics: its review is not also called orphaned.
    @Test func aReviewOfABrokenReportIsNotOrphaned() throws {
        let repository = try TemporaryRepository()
        defer { repository.delete() }
        try repository.write(
            "reports/2025-Q4/polda-ntt.yaml",
            "signatory: polda-ntt\nperiod: 2025-Q4\nsubmitted: 2026-01-12\nvaleus: {}\n")
        try repository.write(Self.q4, "state: approved\nby: Sekretariat\non: 2026-01-01\n")
        expectDiagnostics(
            try repository.validate(), ["repo/reports/2025-Q4/polda-ntt.yaml:4:1: error: unknown field 'valeus'"],
            errors: 1)
    }

    @Test func messagesInIndonesian() throws {
        let repository = try TemporaryRepository()
        defer { repository.delete() }
        try repository.write(
            "reviews/2026-Q1/polda-ntt.yaml", "state: changes-requested\nby: Sekretariat\non: 2026-04-20\n")
        let result = try repository.validate(["--lang", "id"])
        #expect(
            result.lines.contains(
                "repo/reviews/2026-Q1/polda-ntt.yaml:1:1: error: tidak ada laporan reports/2026-Q1/polda-ntt.yaml untuk tinjauan ini"
            ), "\(result.stdout)")
        #expect(
            result.lines.contains(
                "repo/reviews/2026-Q1/polda-ntt.yaml:1:8: error: tinjauan yang meminta perbaikan menyebut apa yang diperbaiki: tulis comment"
            ), "\(result.stdout)")
    }
}
