import Foundation
import Testing

/// The review state of each present report, and each indicator's history, in every summary format,
/// through the binary.
@Suite struct SummaryReviewHistoryTests {
    static let comment = "Angka <korban> & \"saksi\" berbeda\n=SUM(A1) baris dua"

    /// The fixture with a police review asking for changes (with a hostile comment) and an
    /// approved one for pos-kupang; pemkab-belu has no 2025-Q4 report.
    func reviewed() throws -> TemporaryRepository {
        let repository = try TemporaryRepository()
        try repository.write(
            "reviews/2025-Q4/polda-ntt.yaml",
            """
            state: changes-requested
            by: Sekretariat Uji
            on: 2026-01-20
            comment: |
              Angka <korban> & "saksi" berbeda
              =SUM(A1) baris dua

            """)
        try repository.write(
            "reviews/2025-Q4/pos-kupang.yaml", "state: approved\nby: Sekretariat Uji\non: 2026-01-30\n")
        return repository
    }

    func summary(
        _ repository: TemporaryRepository, _ format: String, asOf: String = "2026-02-01",
        quarter: String = "2025-Q4", _ extra: [String] = []
    ) throws -> String {
        let result = try repository.run(
            ["summary", "repo", "--quarter", quarter, "--as-of", asOf, "--format", format] + extra)
        #expect(result.status == 0, "\(result.stderr)")
        return result.stdout
    }

    func signatories(_ json: String) throws -> [String: [String: Any]] {
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let list = try #require(object["signatories"] as? [[String: Any]])
        return Dictionary(uniqueKeysWithValues: list.map { ($0["id"] as? String ?? "", $0) })
    }

    @Test func jsonReviewStates() throws {
        let repository = try reviewed()
        defer { repository.delete() }
        let json = try summary(repository, "json")
        let all = try signatories(json)
        let police = try #require(all["polda-ntt"]?["review"] as? [String: Any])
        #expect(police["state"] as? String == "changes-requested")
        #expect(police["comment"] as? String == Self.comment)
        #expect(police["by"] as? String == "Sekretariat Uji" && police["on"] as? String == "2026-01-20")
        let pos = try #require(all["pos-kupang"]?["review"] as? [String: Any])
        #expect(pos["state"] as? String == "approved" && pos["comment"] is NSNull)
        #expect(all["pemkab-belu"]?["review"] is NSNull)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let counts = try #require(object["reviews"] as? [String: Int])
        #expect(counts == ["approved": 1, "changes_requested": 1, "received": 0])
    }

    /// A review dated after the as-of date is not known then: the report is `received`.
    @Test func aLaterReviewIsReceived() throws {
        let repository = try reviewed()
        defer { repository.delete() }
        let all = try signatories(try summary(repository, "json", asOf: "2026-01-25"))
        let pos = try #require(all["pos-kupang"]?["review"] as? [String: Any])
        #expect(pos["state"] as? String == "received" && pos["by"] is NSNull && pos["on"] is NSNull)
        #expect((all["polda-ntt"]?["review"] as? [String: Any])?["state"] as? String == "changes-requested")
    }

    @Test func humanFormatsShowTheStateAndTheCommentEscaped() throws {
        let repository = try reviewed()
        defer { repository.delete() }
        let text = try summary(repository, "text")
        #expect(
            text.contains(
                "  Kepolisian Daerah NTT (polda-ntt) · Police · Provinsi NTT · on time · Review: changes requested"),
            "\(text)")
        #expect(text.contains("    Review comment: Angka <korban> & \"saksi\" berbeda\n      =SUM(A1) baris dua\n"))
        #expect(
            text.contains(
                "    Kepolisian Daerah NTT (polda-ntt) · changes requested by Sekretariat Uji on 2026-01-20\n"))
        #expect(text.split(separator: "\n").contains { $0.hasPrefix("  approved ") && $0.hasSuffix(" 1") })
        let markdown = try summary(repository, "markdown")
        #expect(
            markdown.contains(
                "> **Review comment:** Angka &lt;korban> &amp; \"saksi\" berbeda<br>\\=SUM(A1) baris dua\n"),
            "\(markdown)")
        #expect(markdown.contains("| changes requested | 1 |"))
        let html = try summary(repository, "html")
        #expect(html.contains("<span class=\"badge r-changes-requested\">Review: changes requested</span>"))
        #expect(html.contains("Angka &lt;korban&gt; &amp; &quot;saksi&quot; berbeda<br>=SUM(A1) baris dua"))
        #expect(html.contains("<span class=\"badge r-approved\">Review: approved</span>"))
        #expect(!html.contains("<korban>"))
        let indonesian = try summary(repository, "text", ["--lang", "id"])
        #expect(indonesian.contains("Tinjauan: perlu perbaikan"))
    }

    /// CSV: the wide layout ends each row with the review and its comment, formula-guarded.
    @Test func csvWideCarriesTheReview() throws {
        let repository = try reviewed()
        defer { repository.delete() }
        let csv = try summary(repository, "csv")
        #expect(csv.hasPrefix("\u{FEFF}Quarter,") && csv.contains(",Status,Review,Review comment\r\n"))
        #expect(
            csv.contains(",changes requested,\"Angka <korban> & \"\"saksi\"\" berbeda\n=SUM(A1) baris dua\"\r\n"),
            "\(csv)")
        #expect(csv.contains(",approved,\r\n"))
    }

    /// The fixture's police signatory over three quarters, worked out by hand. Its trajectory runs
    /// 2025-Q3 through 2026-Q4 (six quarters), so expected progress is 1/6, 2/6, 3/6.
    /// `tppo_cases_investigated` (sum): reported 12, 31, 7 → 12, 43, 50. `victims_rescued` (sum,
    /// derived from the Q3 cases' victims): 9, 40, none → 9, 49, 49.
    func threeQuarters() throws -> TemporaryRepository {
        let repository = try TemporaryRepository()
        try repository.write(
            "reports/2026-Q1/polda-ntt.yaml",
            "signatory: polda-ntt\nperiod: 2026-Q1\nsubmitted: 2026-04-10\nvalues:\n  tppo_cases_investigated: 7\n")
        return repository
    }

    @Test func historyInJSONByHand() throws {
        let repository = try threeQuarters()
        defer { repository.delete() }
        let all = try signatories(try summary(repository, "json", asOf: "2026-04-20", quarter: "2026-Q1"))
        let indicators = try #require(all["polda-ntt"]?["indicators"] as? [[String: Any]])
        func history(_ id: String) throws -> [[String: Any]] {
            try #require(indicators.first { $0["id"] as? String == id }?["history"] as? [[String: Any]])
        }
        let cases = try history("tppo_cases_investigated")
        #expect(cases.map { $0["quarter"] as? String } == ["2025-Q3", "2025-Q4", "2026-Q1"])
        #expect(cases.map { $0["reported"] as? Double } == [12, 31, 7])
        #expect(cases.map { $0["value"] as? Double } == [12, 43, 50])
        let expected: [Double?] = [1.0 / 6, 2.0 / 6, 3.0 / 6]
        #expect(cases.map { $0["expected"] as? Double } == expected)
        let victims = try history("victims_rescued")
        let reported: [Double?] = [9, 40, nil]
        #expect(victims.map { $0["reported"] as? Double } == reported)
        #expect(victims[2]["reported"] is NSNull)
        #expect(victims.map { $0["value"] as? Double } == [9, 49, 49])
        // The indicator's own value is its history's last.
        #expect(indicators.first { $0["id"] as? String == "tppo_cases_investigated" }?["value"] as? Double == 50)
    }

    /// As of a date before the 2026-Q1 report was submitted, that quarter has nothing reported.
    @Test func historyLeavesOutLaterReports() throws {
        let repository = try threeQuarters()
        defer { repository.delete() }
        let all = try signatories(try summary(repository, "json", asOf: "2026-04-05", quarter: "2026-Q1"))
        let indicators = try #require(all["polda-ntt"]?["indicators"] as? [[String: Any]])
        let cases = try #require(
            indicators.first { $0["id"] as? String == "tppo_cases_investigated" }?["history"] as? [[String: Any]])
        #expect(cases[2]["reported"] is NSNull)
        #expect(cases.map { $0["value"] as? Double } == [12, 43, 43])
    }

    @Test func csvLongLayoutRows() throws {
        let repository = try threeQuarters()
        defer { repository.delete() }
        let csv = try summary(repository, "csv", asOf: "2026-04-20", quarter: "2026-Q1", ["--csv-layout", "long"])
        let lines = csv.dropFirst().components(separatedBy: "\r\n")
        #expect(
            lines.first
                == "Signatory ID,Signatory,Stakeholder kind,Region,Indicator ID,Quarter,Reported,Value,Expected by now,Target"
        )
        let police = lines.filter { $0.hasPrefix("polda-ntt,") }
        #expect(
            police == [
                "polda-ntt,Kepolisian Daerah NTT,Police,ntt,tppo_cases_investigated,2025-Q3,12,12,0.16666666666666666,100",
                "polda-ntt,Kepolisian Daerah NTT,Police,ntt,tppo_cases_investigated,2025-Q4,31,43,0.3333333333333333,100",
                "polda-ntt,Kepolisian Daerah NTT,Police,ntt,tppo_cases_investigated,2026-Q1,7,50,0.5,100",
                "polda-ntt,Kepolisian Daerah NTT,Police,ntt,victims_rescued,2025-Q3,9,9,0.16666666666666666,300",
                "polda-ntt,Kepolisian Daerah NTT,Police,ntt,victims_rescued,2025-Q4,40,49,0.3333333333333333,300",
                "polda-ntt,Kepolisian Daerah NTT,Police,ntt,victims_rescued,2026-Q1,,49,0.5,300",
            ], "\(csv)")
        #expect(lines.last == "")
        let indonesian = try summary(
            repository, "csv", asOf: "2026-04-20", quarter: "2026-Q1", ["--csv-layout", "long", "--lang", "id"])
        #expect(indonesian.dropFirst().hasPrefix("ID penanda tangan,Penanda tangan,"))
    }

    /// A name that would run as a formula is guarded in the long layout too.
    @Test func csvLongGuardsFormulas() throws {
        let repository = try threeQuarters()
        defer { repository.delete() }
        let path = repository.root.appendingPathComponent("signatories/polda-ntt.yaml")
        let text = try String(contentsOf: path, encoding: .utf8).replacingOccurrences(
            of: "name: Kepolisian Daerah NTT", with: "name: \"=HYPERLINK(1),x\"")
        try repository.write("signatories/polda-ntt.yaml", text)
        let csv = try summary(repository, "csv", asOf: "2026-04-20", quarter: "2026-Q1", ["--csv-layout", "long"])
        #expect(
            csv.contains("\r\npolda-ntt,\"'=HYPERLINK(1),x\",Police,ntt,tppo_cases_investigated,2025-Q3,12,12,"),
            "\(csv)")
    }

    @Test func htmlDrawsTheHistoryAndTheGoalTrends() throws {
        let repository = try threeQuarters()
        defer { repository.delete() }
        let html = try summary(repository, "html", asOf: "2026-04-20", quarter: "2026-Q1")
        #expect(
            html.contains(
                "aria-label=\"Trafficking cases investigated: 2025-Q3 12 (expected 17%); 2025-Q4 43 (expected 33%); 2026-Q1 50 (expected 50%)\""
            ), "\(html)")
        #expect(html.contains("<h2>Completeness and timeliness by goal</h2>"))
        #expect(html.contains("<figcaption>Protection<span class=\"muted\">2025-Q3 – 2026-Q1</span></figcaption>"))
        #expect(!html.contains("<script"))
    }
}
