import Foundation
import Testing

/// `summary --only-approved` and `summary --public` (DESIGN.md "Public site", "What is
/// published"), through the binary, on the valid repository with four kinds of review:
/// - polda-ntt 2025-Q3: approved on 2025-10-20;
/// - polda-ntt 2025-Q4: changes requested on 2026-01-20, with a comment that must never be public;
/// - pemkab-belu 2025-Q3: no review;
/// - pos-kupang 2025-Q4: approved on 2026-02-10, after the as-of date 2026-02-01 (not known then).
@Suite struct SummaryPublishingTests {
    static let secret = "RAHASIA-KOMENTAR"

    func reviewed() throws -> TemporaryRepository {
        let repository = try TemporaryRepository()
        try repository.write(
            "reviews/2025-Q3/polda-ntt.yaml", "state: approved\nby: Sekretariat Uji\non: 2025-10-20\n")
        try repository.write(
            "reviews/2025-Q4/polda-ntt.yaml",
            "state: changes-requested\nby: Sekretariat Uji\non: 2026-01-20\ncomment: \(Self.secret) angka korban berbeda\n"
        )
        try repository.write(
            "reviews/2025-Q4/pos-kupang.yaml", "state: approved\nby: Sekretariat Uji\non: 2026-02-10\n")
        return repository
    }

    func summary(
        _ repository: TemporaryRepository, _ format: String, asOf: String = "2026-02-01", _ extra: [String] = []
    ) throws -> String {
        let result = try repository.run(
            ["summary", "repo", "--quarter", "2025-Q4", "--as-of", asOf, "--format", format] + extra)
        #expect(result.status == 0, "\(result.stderr)")
        return result.stdout
    }

    func object(_ json: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    }

    /// Signatory id → indicator id → its JSON object.
    func indicators(_ object: [String: Any]) throws -> [String: [String: [String: Any]]] {
        let signatories = try #require(object["signatories"] as? [[String: Any]])
        var result: [String: [String: [String: Any]]] = [:]
        for signatory in signatories {
            let list = try #require(signatory["indicators"] as? [[String: Any]])
            result[signatory["id"] as? String ?? ""] = Dictionary(
                uniqueKeysWithValues: list.map { ($0["id"] as? String ?? "", $0) })
        }
        return result
    }

    func goal(_ object: [String: Any], _ id: String) throws -> [String: Int] {
        let goals = try #require(object["goals"] as? [[String: Any]])
        return try #require(goals.first { $0["id"] as? String == id }?["statuses"] as? [String: Int])
    }

    /// Worked out by hand. Only polda-ntt's 2025-Q3 report is approved as of 2026-02-01: its
    /// `tppo_cases_investigated` 12 and its cases' 9 victims count; its 2025-Q4 values (31 and 40,
    /// changes requested), pemkab-belu's (no review) and pos-kupang's (approved later) do not.
    /// polda-ntt's trajectory runs 2025-Q3 through 2026-Q4 (6 quarters): expected at 2025-Q4 = 2/6.
    /// - tppo_cases_investigated (sum): 12 → progress 0.12; 0.12 / (1/3) = 0.36 < 0.6: off-track.
    /// - victims_rescued (sum): 9 → 0.03: off-track.
    /// - pemkab-belu's two indicators and pos-kupang's one: no value, no-data.
    /// Filing is what was filed, reviewed or not: 2 on time, 1 missing of 3 expected.
    @Test func onlyApprovedValuesCount() throws {
        let repository = try reviewed()
        defer { repository.delete() }
        let all = try object(try summary(repository, "json"))
        let approved = try object(try summary(repository, "json", ["--only-approved"]))
        #expect(
            NSDictionary(dictionary: all["filing"] as? [String: Any] ?? [:])
                == NSDictionary(dictionary: approved["filing"] as? [String: Any] ?? [:]))
        let filing = try #require(approved["filing"] as? [String: Any])
        #expect(filing["on_time"] as? Int == 2 && filing["missing"] as? Int == 1 && filing["expected"] as? Int == 3)

        let rows = try indicators(approved)
        let cases = try #require(rows["polda-ntt"]?["tppo_cases_investigated"])
        #expect(cases["value"] as? Double == 12 && cases["progress"] as? Double == 0.12)
        #expect(cases["status"] as? String == "off-track")
        let history = try #require(cases["history"] as? [[String: Any]])
        #expect(history.count == 2)
        #expect(history[0]["reported"] as? Double == 12 && history[0]["value"] as? Double == 12)
        #expect(history[1]["reported"] is NSNull && history[1]["value"] as? Double == 12)
        let victims = try #require(rows["polda-ntt"]?["victims_rescued"])
        #expect(victims["value"] as? Double == 9 && victims["progress"] as? Double == 0.03)
        #expect(victims["status"] as? String == "off-track")
        for (signatory, indicator) in [
            ("pemkab-belu", "ltsa_units_operating"), ("pemkab-belu", "documented_departures"),
            ("pos-kupang", "investigative_reports"),
        ] {
            let row = try #require(rows[signatory]?[indicator])
            #expect(row["value"] is NSNull && row["progress"] is NSNull, "\(signatory) \(indicator)")
            #expect(row["status"] as? String == "no-data", "\(signatory) \(indicator)")
        }
        #expect(
            try goal(approved, "protection") == [
                "achieved": 0, "on_track": 0, "at_risk": 0, "off_track": 2, "no_data": 1,
            ])
        #expect(
            try goal(approved, "official-departure") == [
                "achieved": 0, "on_track": 0, "at_risk": 0, "off_track": 0, "no_data": 2,
            ])

        // Without the option every present report counts: 12 + 31 = 43 cases, on track.
        let everything = try indicators(all)
        #expect(everything["polda-ntt"]?["tppo_cases_investigated"]?["value"] as? Double == 43)
        #expect(everything["polda-ntt"]?["tppo_cases_investigated"]?["status"] as? String == "on-track")
        #expect(everything["pemkab-belu"]?["ltsa_units_operating"]?["value"] as? Double == 2)
    }

    /// pos-kupang's review of 2026-02-10 is known as of 2026-02-15: then its report counts.
    @Test func aReportApprovedAfterTheDateCountsFromThatDate() throws {
        let repository = try reviewed()
        defer { repository.delete() }
        let before = try indicators(try object(try summary(repository, "json", ["--only-approved"])))
        #expect(before["pos-kupang"]?["investigative_reports"]?["status"] as? String == "no-data")
        let after = try indicators(
            try object(try summary(repository, "json", asOf: "2026-02-15", ["--only-approved"])))
        let reports = try #require(after["pos-kupang"]?["investigative_reports"])
        #expect(reports["value"] as? Double == 1 && reports["status"] as? String != "no-data")
    }

    /// Every format is made from the same figures: the 2025-Q4 cases (31) are nowhere.
    @Test func everyFormatShowsTheSameFigures() throws {
        let repository = try reviewed()
        defer { repository.delete() }
        let wide = try summary(repository, "csv", ["--only-approved"])
        let row = try #require(
            wide.split(separator: "\r\n").first { $0.contains("polda-ntt") && $0.contains("tppo_cases_investigated") })
        #expect(row.contains(",12,100,,0.12,0.3333333333333333,off track,"), "\(row)")
        let long = try summary(repository, "csv", ["--only-approved", "--csv-layout", "long"])
        let quarters = long.split(separator: "\r\n").filter {
            $0.contains("polda-ntt") && $0.contains("tppo_cases_investigated")
        }
        #expect(
            quarters.count == 2 && quarters.allSatisfy { !$0.contains(",31,") && !$0.contains(",43,") }, "\(quarters)")
        for format in ["text", "markdown", "html"] {
            let everything = try summary(repository, format)
            let approved = try summary(repository, format, ["--only-approved"])
            #expect(everything.contains("43") && !approved.contains("43"), "\(format)")
        }
    }

    /// `--public`: the planted comment is in every format that shows comments without it, and in
    /// none with it (alone or with --only-approved), in both languages.
    @Test func publicLeavesReviewCommentsOutOfEveryFormat() throws {
        let repository = try reviewed()
        defer { repository.delete() }
        for language in ["en", "id"] {
            for (format, layout) in [
                ("text", "wide"), ("markdown", "wide"), ("html", "wide"), ("json", "wide"), ("csv", "wide"),
                ("csv", "long"),
            ] {
                let arguments = ["--lang", language, "--csv-layout", layout]
                let plain = try summary(repository, format, arguments)
                // The long CSV has no review columns at all.
                if layout == "wide" { #expect(plain.contains(Self.secret), "\(format) \(language)") }
                for extra in [["--public"], ["--public", "--only-approved"]] {
                    let published = try summary(repository, format, arguments + extra)
                    #expect(!published.contains(Self.secret), "\(format) \(layout) \(language) \(extra)")
                }
            }
        }
    }

    /// What `--public` keeps: the review's state, reviewer and date; the JSON's `comment` is null
    /// and the CSV keeps its column, empty, so one schema describes both.
    @Test func publicKeepsTheReviewStateAndTheSchema() throws {
        let repository = try reviewed()
        defer { repository.delete() }
        let published = try object(try summary(repository, "json", ["--public"]))
        let signatories = try #require(published["signatories"] as? [[String: Any]])
        let police = try #require(signatories.first { $0["id"] as? String == "polda-ntt" }?["review"] as? [String: Any])
        #expect(police["state"] as? String == "changes-requested" && police["comment"] is NSNull)
        #expect(police["by"] as? String == "Sekretariat Uji" && police["on"] as? String == "2026-01-20")
        let csv = try summary(repository, "csv", ["--public"])
        #expect(csv.contains(",Status,Review,Review comment\r\n"))
        #expect(csv.contains(",changes requested,\r\n"), "\(csv)")
        let plain = try summary(repository, "csv")
        #expect(csv.split(separator: "\r\n").count == plain.split(separator: "\r\n").count)
    }
}
