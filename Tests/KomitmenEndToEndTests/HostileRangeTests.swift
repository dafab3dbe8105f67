import Foundation
import Testing

/// DESIGN.md, "Dates and numbers stay in range": years 1900–2999 in data, `due_days` 0–366, whole
/// numbers in 64 bits, finite decimals, `submitted` after today a warning (in the declaration's
/// `timezone`), reachable targets, and `--as-of`/`--quarter` an answer or an error, never a trap.
/// One row per hostile case, run through the real binary on a copy of the valid fixture.
@Suite struct HostileRangeTests {
    /// A change to the fixture: text replaced in a file, or text added at its end.
    enum Edit: Sendable {
        case replace(String, String, String)
        case append(String, String)
    }

    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var edits: [Edit] = []
        /// Run from the folder holding the copy, `repo`.
        var arguments = ["validate", "repo"]
        /// `KOMITMEN_TODAY` fixes "today" so the rows do not depend on the clock.
        var environment = ["KOMITMEN_TODAY": "2026-02-01"]
        var status: Int32
        /// Each must be a whole line of stdout or stderr.
        var lines: [String] = []
        /// None of these may appear anywhere in the output.
        var absent: [String] = []
        var testDescription: String { name }
    }

    static let declaration = "declaration.yaml"
    static let police = "signatories/polda-ntt.yaml"
    static let belu = "signatories/pemkab-belu.yaml"
    static let policeQ4 = "reports/2025-Q4/polda-ntt.yaml"

    static let commandLine: [Case] = [
        Case(
            name: "summary --as-of year 1", arguments: ["summary", "repo", "--as-of", "0001-01-01"], status: 64,
            lines: ["Error: --as-of: 0001-01-01 is out of range; give a date from 1900 to 2999"]),
        Case(
            name: "status --as-of year 1", arguments: ["status", "repo", "--as-of", "0001-01-01"], status: 64,
            lines: ["Error: --as-of: 0001-01-01 is out of range; give a date from 1900 to 2999"]),
        Case(
            name: "summary --as-of year 9999, in Indonesian",
            arguments: ["summary", "repo", "--as-of", "9999-12-31", "--lang", "id"], status: 64,
            lines: ["Error: --as-of: 9999-12-31 di luar rentang; berikan tanggal dari tahun 1900 sampai 2999"]),
        Case(
            name: "summary --quarter year 1", arguments: ["summary", "repo", "--quarter", "0001-Q1"], status: 64,
            lines: ["Error: --quarter: 0001-Q1 is out of range; give a quarter from 1900 to 2999"]),
        Case(
            name: "summary --quarter 3000-Q1",
            arguments: ["summary", "repo", "--quarter", "3000-Q1", "--as-of", "2026-02-01"], status: 64,
            lines: ["Error: --quarter: 3000-Q1 is out of range; give a quarter from 1900 to 2999"]),
        Case(
            name: "new-report --quarter year 1",
            arguments: ["new-report", "polda-ntt", "repo", "--quarter", "0001-Q1", "--print"], status: 64,
            lines: ["Error: --quarter: 0001-Q1 is out of range; give a quarter from 1900 to 2999"]),
        Case(
            name: "summary as of the first day of 1900: nothing is due yet",
            arguments: ["summary", "repo", "--as-of", "1900-01-01"], status: 1,
            lines: ["komitmen: error: no quarter is due yet on 1900-01-01: the first, 2025-Q3, is due on 2025-10-15"]),
        Case(
            name: "summary of the last quarter allowed, long after the declaration",
            arguments: ["summary", "repo", "--quarter", "2999-Q4", "--as-of", "2999-12-31", "--format", "csv"],
            status: 0),
        Case(
            name: "status as of the last day allowed", arguments: ["status", "repo", "--as-of", "2999-12-31"], status: 0
        ),
        Case(
            name: "today comes from KOMITMEN_TODAY when --as-of is not given",
            arguments: ["summary", "repo", "--format", "json"], environment: ["KOMITMEN_TODAY": "2026-02-01"],
            status: 0,
            lines: [#"  "as_of": "2026-02-01","#]),
        Case(
            name: "KOMITMEN_TODAY that is not a date is said, and the clock used",
            arguments: ["validate", "repo"], environment: ["KOMITMEN_TODAY": "tomorrow"], status: 0,
            lines: ["komitmen: KOMITMEN_TODAY='tomorrow' is not a date YYYY-MM-DD from 1900 to 2999; using the clock"]),
    ]

    static let dueDays: [Case] = [
        Case(
            name: "due_days 740000 is refused", edits: [.replace(declaration, "due_days: 15", "due_days: 740000")],
            status: 1,
            lines: [
                "repo/declaration.yaml:10:13: error: due_days must be from 0 to 366, found 740000",
                "hint: the number of days after a quarter ends that its report is due, e.g. 15",
            ]),
        Case(
            name: "due_days Int.max is refused",
            edits: [.replace(declaration, "due_days: 15", "due_days: 9223372036854775807")], status: 1,
            lines: ["repo/declaration.yaml:10:13: error: due_days must be from 0 to 366, found 9223372036854775807"]),
        Case(
            name: "due_days 367 is refused, in Indonesian",
            edits: [.replace(declaration, "due_days: 15", "due_days: 367")],
            arguments: ["validate", "repo", "--lang", "id"], status: 1,
            lines: ["repo/declaration.yaml:10:13: error: due_days harus dari 0 sampai 366, tertulis 367"]),
        Case(
            name: "due_days 366 is fine", edits: [.replace(declaration, "due_days: 15", "due_days: 366")], status: 0,
            lines: ["0 errors, 0 warnings in 8 files"]),
        Case(
            name: "due_days 0 is fine", edits: [.replace(declaration, "due_days: 15", "due_days: 0")], status: 0,
            lines: ["0 errors, 0 warnings in 8 files"]),
        Case(
            name: "status with due_days Int.max refuses the repository, no trap",
            edits: [.replace(declaration, "due_days: 15", "due_days: 9223372036854775807")],
            arguments: ["status", "repo"], status: 1,
            lines: ["komitmen: 1 error in repo; no summary was made. Run `komitmen validate repo` and fix it first."]),
        Case(
            name: "summary with due_days 740000 refuses the repository, no trap",
            edits: [.replace(declaration, "due_days: 15", "due_days: 740000")], arguments: ["summary", "repo"],
            status: 1,
            lines: ["repo/declaration.yaml:10:13: error: due_days must be from 0 to 366, found 740000"]),
        // The declaration stays usable (due_days taken as 366) so that validation goes on; what
        // matters here is that the due date is computed without a trap.
        Case(
            name: "new-report with due_days Int.max, no trap",
            edits: [.replace(declaration, "due_days: 15", "due_days: 9223372036854775807")],
            arguments: ["new-report", "polda-ntt", "repo", "--quarter", "2026-Q1", "--print"], status: 0,
            lines: ["# The date you submit this report (YYYY-MM-DD); it is due on 2027-04-01"]),
    ]

    static let years: [Case] = [
        Case(
            name: "submitted in 1899", edits: [.replace(policeQ4, "submitted: 2026-01-12", "submitted: 1899-12-31")],
            status: 1,
            lines: [
                "repo/reports/2025-Q4/polda-ntt.yaml:3:12: error: '1899-12-31' is out of range: years run from 1900 to 2999",
                "hint: check the year",
            ]),
        Case(
            name: "signed in year 1, in Indonesian",
            edits: [.replace(declaration, "signed: 2025-08-06", "signed: 0001-08-06")],
            arguments: ["validate", "repo", "--lang", "id"], status: 1,
            lines: [
                "repo/declaration.yaml:5:9: error: '0001-08-06' di luar rentang: tahun harus dari 1900 sampai 2999",
                "saran: periksa tahunnya",
            ]),
        Case(
            name: "first quarter in year 1", edits: [.replace(declaration, "first: 2025-Q3", "first: 0001-Q1")],
            status: 1,
            lines: ["repo/declaration.yaml:9:10: error: '0001-Q1' is out of range: years run from 1900 to 2999"]),
        Case(
            name: "joined in 1899",
            edits: [.replace("signatories/pos-kupang.yaml", "joined: 2025-Q4", "joined: 1899-Q4")], status: 1,
            lines: [
                "repo/signatories/pos-kupang.yaml:5:9: error: '1899-Q4' is out of range: years run from 1900 to 2999"
            ]),
        Case(
            name: "by in 3000",
            edits: [
                .replace(
                    police, "by: 2026-Q4\n      - indicator: victims_rescued",
                    "by: 3000-Q1\n      - indicator: victims_rescued")
            ],
            status: 1,
            lines: [
                "repo/signatories/polda-ntt.yaml:13:13: error: '3000-Q1' is out of range: years run from 1900 to 2999"
            ]),
        Case(
            name: "from in 9999", edits: [.replace(belu, "by: 2026-Q2", "by: 2026-Q2\n        from: 9999-Q4")],
            status: 1,
            lines: [
                "repo/signatories/pemkab-belu.yaml:14:15: error: '9999-Q4' is out of range: years run from 1900 to 2999"
            ]),
        Case(
            name: "period in year 1", edits: [.replace(policeQ4, "period: 2025-Q4", "period: 0001-Q4")], status: 1,
            lines: [
                "repo/reports/2025-Q4/polda-ntt.yaml:2:9: error: '0001-Q4' is out of range: years run from 1900 to 2999"
            ]),
        Case(
            name: "a section's date in 3000",
            edits: [.replace("reports/2025-Q4/pos-kupang.yaml", "date: 2025-11-03", "date: 3000-11-03")],
            status: 1,
            lines: [
                "repo/reports/2025-Q4/pos-kupang.yaml:6:11: error: '3000-11-03' is out of range: years run from 1900 to 2999"
            ]),
        Case(
            name: "the first and last years allowed are fine",
            edits: [
                .replace(declaration, "signed: 2025-08-06", "signed: 1900-01-01"),
                .replace(
                    police, "by: 2026-Q4\n      - indicator: victims_rescued",
                    "by: 2999-Q4\n      - indicator: victims_rescued"),
            ],
            status: 0, lines: ["0 errors, 0 warnings in 8 files"]),
    ]

    static let numbers: [Case] = [
        Case(
            name: "a target of 20 digits is too large",
            edits: [.replace(police, "target: 100", "target: 99999999999999999999")], status: 1,
            lines: [
                "repo/signatories/polda-ntt.yaml:12:17: error: '99999999999999999999' is too large: a whole number here is at most 9223372036854775807",
                "hint: check the number; it has 20 digits",
            ]),
        Case(
            name: "a value one past Int.max is too large, in Indonesian",
            edits: [.replace(policeQ4, "tppo_cases_investigated: 31", "tppo_cases_investigated: 9223372036854775808")],
            arguments: ["validate", "repo", "--lang", "id"], status: 1,
            lines: [
                "repo/reports/2025-Q4/polda-ntt.yaml:5:28: error: '9223372036854775808' terlalu besar: bilangan bulat di sini paling besar 9223372036854775807"
            ]),
        Case(
            name: "Indonesian thousands with a decimal comma",
            edits: [.replace(police, "target: 100", "target: 1.500.000,00")], status: 1,
            lines: [
                "repo/signatories/polda-ntt.yaml:12:17: error: expected a whole number (0 or more), found '1.500.000,00' (a dot is not a thousands separator here)",
                "hint: '1.500.000,00' looks like Indonesian thousands separators and a decimal comma; write 1500000",
            ]),
        Case(
            name: "Indonesian thousands with decimals that are not zero",
            edits: [.replace(police, "target: 100", "target: 1.500.000,50")], status: 1,
            lines: [
                "hint: '1.500.000,50' looks like Indonesian thousands separators and a decimal comma; only whole numbers are allowed here, such as 1500000"
            ]),
        Case(
            name: "1e999 where a count is expected", edits: [.replace(police, "target: 100", "target: 1e999")],
            status: 1,
            lines: [
                "repo/signatories/polda-ntt.yaml:12:17: error: expected a whole number (0 or more), found '1e999'",
                "hint: only whole numbers are allowed here",
            ]),
        Case(
            name: "1e999 where a decimal is expected",
            edits: [.append(declaration, "status_thresholds:\n  on_track: 1e999\n")], status: 1,
            lines: ["repo/declaration.yaml:20:13: error: '1e999' is too large for a number", "hint: check the number"]),
        Case(
            name: ".nan where a decimal is expected",
            edits: [.append(declaration, "status_thresholds:\n  on_track: .nan\n")], status: 1,
            lines: [
                "repo/declaration.yaml:20:13: error: expected a number, found '.nan'",
                "hint: infinity and NaN are not numbers here; write the value",
            ]),
        Case(
            name: ".inf where a decimal is expected",
            edits: [.append(declaration, "status_thresholds:\n  at_risk: .inf\n")], status: 1,
            lines: ["repo/declaration.yaml:20:12: error: expected a number, found '.inf'"]),
        Case(
            name: "a decimal with Indonesian separators",
            edits: [.append(declaration, "status_thresholds:\n  on_track: 0,9\n")], status: 1,
            lines: [
                "repo/declaration.yaml:20:13: error: expected a number, found '0,9'",
                "hint: write decimals with a point: 0.9",
            ]),
        Case(
            name: "a decimal with Indonesian thousands and a decimal comma",
            edits: [.append(declaration, "status_thresholds:\n  on_track: 1.000,5\n")],
            status: 1,
            lines: [
                "repo/declaration.yaml:20:13: error: expected a number, found '1.000,5'",
                "hint: '1.000,5' looks like Indonesian thousands separators and a decimal comma; write 1000.5",
            ]),
        Case(
            name: "counts of Int.max add up in every summary format without a trap",
            edits: [
                .replace(policeQ4, "tppo_cases_investigated: 31", "tppo_cases_investigated: 9223372036854775807"),
                .replace(
                    "reports/2025-Q3/polda-ntt.yaml", "tppo_cases_investigated: 12",
                    "tppo_cases_investigated: 9223372036854775807"),
            ],
            arguments: ["summary", "repo", "--as-of", "2026-02-01", "--format", "html"], status: 0),
    ]

    static let submitted: [Case] = [
        Case(
            name: "submitted after today is a warning",
            edits: [.replace(policeQ4, "submitted: 2026-01-12", "submitted: 2062-04-02")], status: 0,
            lines: [
                "repo/reports/2025-Q4/polda-ntt.yaml:3:12: warning: submitted 2062-04-02 is after today (2026-02-01); summaries leave this report out until then",
                "hint: check the date: write the day the report was submitted",
                "0 errors, 1 warning in 8 files",
            ]),
        Case(
            name: "submitted after today, in Indonesian",
            edits: [.replace(policeQ4, "submitted: 2026-01-12", "submitted: 2026-02-02")],
            arguments: ["validate", "repo", "--lang", "id"], status: 0,
            lines: [
                "repo/reports/2025-Q4/polda-ntt.yaml:3:12: warning: submitted 2026-02-02 lebih lambat dari hari ini (2026-02-01); ringkasan tidak memuat laporan ini sampai tanggal itu"
            ]),
        Case(
            name: "submitted today is fine",
            edits: [.replace(policeQ4, "submitted: 2026-01-12", "submitted: 2026-02-01")], status: 0,
            lines: ["0 errors, 0 warnings in 8 files"], absent: ["warning:"]),
        Case(
            name: "a summary still runs with the warning",
            edits: [.replace(policeQ4, "submitted: 2026-01-12", "submitted: 2062-04-02")],
            arguments: ["summary", "repo", "--format", "json"], status: 0, lines: [#"  "as_of": "2026-02-01","#]),
    ]

    static let timeZones: [Case] = [
        Case(
            name: "a known IANA zone", edits: [.append(declaration, "timezone: Asia/Makassar\n")], status: 0,
            lines: ["0 errors, 0 warnings in 8 files"]),
        Case(
            name: "a misspelt zone gets the closest name", edits: [.append(declaration, "timezone: Asia/Makasar\n")],
            status: 1,
            lines: [
                "repo/declaration.yaml:19:11: error: unknown time zone 'Asia/Makasar'",
                "hint: did you mean 'Asia/Makassar'?",
            ]),
        Case(
            name: "a local abbreviation, in Indonesian", edits: [.append(declaration, "timezone: WITA\n")],
            arguments: ["validate", "repo", "--lang", "id"], status: 1,
            lines: [
                "repo/declaration.yaml:19:11: error: zona waktu 'WITA' tidak dikenal",
                "saran: tulis nama zona IANA seperti Asia/Makassar (WITA), Asia/Jakarta (WIB) atau Asia/Jayapura (WIT)",
            ]),
        Case(
            name: "a path is not a zone", edits: [.append(declaration, "timezone: ../../../etc/passwd\n")], status: 1,
            lines: ["repo/declaration.yaml:19:11: error: unknown time zone '../../../etc/passwd'"]),
        Case(
            name: "a zone must be text", edits: [.append(declaration, "timezone: [UTC]\n")], status: 1,
            lines: ["repo/declaration.yaml:19:11: error: expected text, found a list"]),
        Case(
            name: "a misspelt field name", edits: [.append(declaration, "time_zone: UTC\n")], status: 1,
            lines: ["repo/declaration.yaml:19:1: error: unknown field 'time_zone'", "hint: did you mean 'timezone'?"]),
    ]

    static let targets: [Case] = [
        Case(
            name: "an increasing target below its baseline",
            edits: [.replace(belu, "target: 4\n        baseline: 1", "target: 50\n        baseline: 130")],
            status: 1,
            lines: [
                "repo/signatories/pemkab-belu.yaml:11:17: error: 'ltsa_units_operating' should go up, so its target must be above its baseline 130"
            ]),
        Case(
            name: "an increasing target equal to its baseline, in Indonesian",
            edits: [.replace(belu, "target: 4\n        baseline: 1", "target: 4\n        baseline: 4")],
            arguments: ["validate", "repo", "--lang", "id"], status: 1,
            lines: [
                "repo/signatories/pemkab-belu.yaml:11:17: error: 'ltsa_units_operating' seharusnya naik, jadi target harus di atas baseline 4"
            ]),
        Case(
            name: "an increasing target of 0 without a baseline", edits: [.replace(police, "target: 100", "target: 0")],
            status: 1,
            lines: [
                "repo/signatories/polda-ntt.yaml:12:17: error: 'tppo_cases_investigated' should go up, so its target must be above its baseline 0",
                "hint: without a baseline the baseline counts as 0",
            ]),
        Case(
            name: "by before reporting began", edits: [.replace(belu, "by: 2026-Q2", "by: 2020-Q1")], status: 1,
            lines: [
                "repo/signatories/pemkab-belu.yaml:13:13: error: by 2020-Q1 is before 2025-Q3, the first quarter this signatory reports: the target could never be reached",
                "hint: write a quarter from 2025-Q3 on",
            ]),
        Case(
            name: "by before the signatory joined",
            edits: [.replace("signatories/pos-kupang.yaml", "by: 2026-Q4", "by: 2025-Q3")], status: 1,
            lines: [
                "repo/signatories/pos-kupang.yaml:13:13: error: by 2025-Q3 is before 2025-Q4, the first quarter this signatory reports: the target could never be reached"
            ]),
        Case(
            name: "by before from", edits: [.replace(belu, "by: 2026-Q2", "by: 2026-Q1\n        from: 2026-Q2")],
            status: 1,
            lines: ["repo/signatories/pemkab-belu.yaml:14:15: error: from 2026-Q2 is after by 2026-Q1"]),
        Case(
            name: "by in the first quarter itself is reachable", edits: [.replace(belu, "by: 2026-Q2", "by: 2025-Q3")],
            status: 0,
            lines: ["0 errors, 0 warnings in 8 files"]),
    ]

    @Test(arguments: commandLine + dueDays + years + numbers + submitted + timeZones + targets)
    func hostileCase(_ row: Case) throws {
        let repository = try TemporaryRepository()
        defer { repository.delete() }
        for edit in row.edits {
            switch edit {
            case .replace(let path, let old, let new):
                let text = try repository.read(path)
                try #require(text.contains(old), "the fixture \(path) has no '\(old)'")
                try repository.write(path, text.replacingOccurrences(of: old, with: new))
            case .append(let path, let addition):
                try repository.write(path, try repository.read(path) + addition)
            }
        }
        let result = try KomitmenBinary.run(row.arguments, in: repository.folder, environment: row.environment)
        let output = "\(result.stdout)\(result.stderr)"
        // An exit status, never a signal: a trap shows as a status above 128 or as "Fatal error".
        #expect(result.status == row.status, "exit status\n\(output)")
        #expect(!output.contains("Fatal error"), "\(output)")
        for line in row.lines {
            #expect(result.lines.contains(line), "missing: \(line)\ngot:\n\(output)")
        }
        for text in row.absent {
            #expect(!output.contains(text), "unexpected: \(text)\ngot:\n\(output)")
        }
    }

    /// The shipped repository stays clean under every new rule.
    @Test func shippedCommitmentsStayClean() throws {
        let result = try KomitmenBinary.run(["validate", "commitments"], in: KomitmenBinary.packageRoot)
        #expect(result.status == 0, "\(result.stdout)")
        #expect(result.stdout.hasPrefix("0 errors, 0 warnings in "), "\(result.stdout)")
    }
}
