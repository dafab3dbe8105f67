import Foundation
import Testing

/// `komitmen summary` and `komitmen status` on `Fixtures/summary-repo`, run as a user runs them.
///
/// The fixture, as of 2026-02-01 (2025-Q4 due 2026-01-15 is the latest due quarter; 2026-Q1 is due
/// 2026-04-15), worked out by hand:
///
/// | signatory    | kind       | 2025-Q3                   | 2025-Q4                          |
/// |--------------|------------|---------------------------|----------------------------------|
/// | pemkab-belu  | government | on time (10-14)           | late (2026-01-20: 5 days)        |
/// | lsm-advokasi | ngo        | not expected (joined Q4)  | on time (01-05)                  |
/// | polda-ntt    | police     | on time (10-10)           | on time (01-12)                  |
/// | sinode-gmit  | religious  | on time (10-15, the day)  | missing                          |
///
/// 2025-Q4: on_time 2, late 1, missing 1, not_due 0 → expected 4, completeness 3/4 = 0.75,
/// timeliness 2/4 = 0.5. 2025-Q3: on_time 3, not_expected 1 → expected 3, both ratios 1.
/// Indicators at 2025-Q4 (trajectories from 2025-Q3 unless joined later):
/// - polda tppo_cases_investigated: 10 + 30 = 40 / 100 = 0.4; expected 2 of 6 quarters (Q3..2026-Q4)
///   = 0.3333333333333333; 0.4 / 0.333 = 1.2 ≥ 0.9 → on-track.
/// - polda victims_rescued (derived from cases): 5 + (4 + 6) = 15 / 60 = 0.25; 0.75 → at-risk.
/// - pemkab documented_departures: 30 + 45 = 75 / 200 = 0.375 → on-track.
/// - pemkab budget_allocated_idr (latest): (300,000,000 − 100,000,000) / (500,000,000 − 100,000,000) = 0.5 → on-track.
/// - sinode awareness_sessions (two `session` activities in Q3): 2 / 12 = 0.16666666666666666;
///   expected 2 of 4 (Q3..2026-Q2) = 0.5; 0.333 → off-track.
/// - lsm victims_assisted (three assistance entries, from 2025-Q4): 3 / 40 = 0.075; expected 1 of 5
///   = 0.2; 0.375 → off-track.
/// Six indicators: CSV has 1 header + 6 rows.
@Suite struct SummaryCommandTests {
    static let fixture = KomitmenBinary.packageRoot.appendingPathComponent(
        "Tests/KomitmenEndToEndTests/Fixtures/summary-repo"
    ).path

    static func summary(_ extra: [String]) throws -> KomitmenBinary.Result {
        try KomitmenBinary.run(["summary", fixture, "--as-of", "2026-02-01"] + extra)
    }

    static func json(_ extra: [String] = []) throws -> (text: String, object: [String: Any]) {
        let result = try summary(["--format", "json"] + extra)
        #expect(result.status == 0, "\(result.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        return (result.stdout, object)
    }

    @Test func jsonOfTheLatestDueQuarter() throws {
        let (text, json) = try Self.json()
        #expect(json["declaration"] as? String == "summary-test")
        #expect(json["quarter"] as? String == "2025-Q4")
        #expect(json["as_of"] as? String == "2026-02-01")
        #expect(json["due_date"] as? String == "2026-01-15")
        let filing = try #require(json["filing"] as? [String: Any])
        #expect(filing["on_time"] as? Int == 2)
        #expect(filing["late"] as? Int == 1)
        #expect(filing["missing"] as? Int == 1)
        #expect(filing["not_due"] as? Int == 0)
        #expect(filing["expected"] as? Int == 4)
        #expect(filing["completeness"] as? Double == 0.75)
        #expect(filing["timeliness"] as? Double == 0.5)
        let signatories = try #require(json["signatories"] as? [[String: Any]])
        let byID = Dictionary(uniqueKeysWithValues: signatories.map { ($0["id"] as? String ?? "", $0) })
        #expect(signatories.map { $0["id"] as? String } == ["pemkab-belu", "lsm-advokasi", "polda-ntt", "sinode-gmit"])
        #expect(byID["pemkab-belu"]?["filing"] as? String == "late")
        #expect(byID["pemkab-belu"]?["days_late"] as? Int == 5)
        #expect(byID["polda-ntt"]?["days_late"] is NSNull)
        #expect(byID["sinode-gmit"]?["filing"] as? String == "missing")
        #expect(byID["lsm-advokasi"]?["history"] as? [String] == ["not-expected", "on-time"])
        let police = try #require(byID["polda-ntt"]?["indicators"] as? [[String: Any]])
        #expect(police.map { $0["id"] as? String } == ["tppo_cases_investigated", "victims_rescued"])
        #expect(police.map { $0["value"] as? Double } == [40, 15])
        #expect(police.map { $0["progress"] as? Double } == [0.4, 0.25])
        #expect(police.map { $0["status"] as? String } == ["on-track", "at-risk"])
        let statuses = signatories.flatMap {
            ($0["indicators"] as? [[String: Any]] ?? []).map { $0["status"] as? String ?? "" }
        }
        #expect(statuses == ["on-track", "on-track", "off-track", "on-track", "at-risk", "off-track"])
        // Never rounded: the exact shortest forms of 1/3 and 1/6.
        #expect(text.contains("\"expected\": 0.3333333333333333"))
        #expect(text.contains("\"progress\": 0.16666666666666666"))
        #expect(text.contains("\"value\": 300000000"))
        let stakeholders = try #require(json["stakeholders"] as? [[String: Any]])
        #expect(stakeholders.map { $0["id"] as? String } == ["government", "ngo", "police", "religious"])
        let goals = try #require(json["goals"] as? [[String: Any]])
        #expect(goals.map { $0["id"] as? String } == ["official-departure", "protection"])
        let protection = try #require(goals[1]["statuses"] as? [String: Int])
        #expect(protection == ["achieved": 0, "on_track": 1, "at_risk": 1, "off_track": 2, "no_data": 0])
    }

    @Test func jsonOfAChosenQuarter() throws {
        let (_, json) = try Self.json(["--quarter", "2025-Q3"])
        #expect(json["quarter"] as? String == "2025-Q3")
        let filing = try #require(json["filing"] as? [String: Any])
        #expect(filing["on_time"] as? Int == 3)
        #expect(filing["not_expected"] as? Int == 1)
        #expect(filing["expected"] as? Int == 3)
        #expect(filing["completeness"] as? Double == 1)
        #expect(filing["timeliness"] as? Double == 1)
    }

    @Test func text() throws {
        let english = try Self.summary([])
        #expect(english.status == 0)
        for line in [
            "Summary test declaration", "FILING", "  Completeness  75%", "  Timeliness    50%", "LATE REPORTS",
            "5 days late", "MISSING REPORTS", "  sinode-gmit  Majelis Sinode GMIT", "BY STAKEHOLDER KIND",
            "PROVINCE TOTALS", "IDR 300,000,000 / IDR 500,000,000", "Cases · Stage: Investigation 1, Prosecution 1",
        ] {
            #expect(english.stdout.contains(line), "\(line)")
        }
        #expect(!english.stdout.contains("\u{1B}["), "no colour into a pipe")
        let indonesian = try Self.summary(["--lang", "id"])
        for line in [
            "Deklarasi Uji Ringkasan", "PELAPORAN", "LAPORAN TERLAMBAT", "terlambat 5 hari", "TOTAL PROVINSI",
            "Rp 300.000.000 / Rp 500.000.000", "Kelengkapan",
        ] {
            #expect(indonesian.stdout.contains(line), "\(line)")
        }
    }

    /// On a terminal (a pseudo-terminal from util-linux `script`) the text is coloured, unless NO_COLOR is set.
    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/script")))
    func colourOnlyOnATerminal() throws {
        let command = "\(KomitmenBinary.url.path) summary \(Self.fixture) --as-of 2026-02-01"
        let coloured = try runScript(command, environment: ["NO_COLOR": ""])
        #expect(coloured.contains("\u{1B}[32mon time\u{1B}[0m"))
        let plain = try runScript(command, environment: ["NO_COLOR": "1"])
        #expect(plain.contains("on time") && !plain.contains("\u{1B}[32m"))
    }

    private func runScript(_ command: String, environment: [String: String]) throws -> String {
        // An empty NO_COLOR means "not set" here.
        let env = environment.mapValues { $0.isEmpty ? nil : $0 }
        return try ChildProcess.run(
            URL(fileURLWithPath: "/usr/bin/script"), ["-qec", command, "/dev/null"], environment: env
        ).stdout
    }

    @Test func markdown() throws {
        let result = try Self.summary(["--format", "markdown"])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("# Summary test declaration\n"))
        #expect(result.stdout.contains("| Indicator | Value | Target | Progress | Expected by now | Status |"))
        #expect(result.stdout.contains("| Stakeholder kind | Signatories | on time | late | missing | not yet due |"))
        #expect(result.stdout.contains("| Trafficking cases investigated | 40 | 100 | 40% | 33% | on track |"))
        let indonesian = try Self.summary(["--format", "markdown", "--lang", "id"])
        #expect(indonesian.stdout.contains("### Pelaporan\n"))
        #expect(indonesian.stdout.contains("| Indikator | Nilai | Target | Capaian | Seharusnya saat ini | Status |"))
    }

    @Test func html() throws {
        let result = try Self.summary(["--format", "html"])
        #expect(result.status == 0)
        let html = result.stdout
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.components(separatedBy: "<svg").count - 1 >= 6 + 1)  // a bar per indicator, and the filing bar
        for forbidden in ["http", "<script", "src=", "href=", "url(", "@import"] {
            #expect(!html.contains(forbidden), "\(forbidden)")
        }
        // 4 signatories × 2 quarters in the grid.
        #expect(html.components(separatedBy: "<td class=\"cell ").count - 1 == 8)
        #expect(html.contains("Jaringan Advokasi, &quot;Peduli&quot; Migran"))
        let indonesian = try Self.summary(["--format", "html", "--lang", "id"])
        #expect(indonesian.stdout.contains("<html lang=\"id\">"))
        #expect(indonesian.stdout.contains("<h2>Pelaporan per triwulan</h2>"))
    }

    @Test func csv() throws {
        let result = try Self.summary(["--format", "csv"])
        #expect(result.status == 0)
        let csv = result.stdout
        #expect(csv.hasPrefix("\u{FEFF}Quarter,As of,Signatory ID,"))
        let lines = csv.dropFirst().components(separatedBy: "\r\n")
        #expect(lines.last == "")
        #expect(lines.count - 1 == 7)  // header + 6 indicators
        #expect(!csv.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
        #expect(csv.contains(",\"Jaringan Advokasi, \"\"Peduli\"\" Migran\","))
        #expect(
            csv.contains(
                "2025-Q4,2026-02-01,pemkab-belu,Pemerintah Kabupaten Belu,Government,kab-belu,late,5,2026-01-20,"))
        let indonesian = try Self.summary(["--format", "csv", "--lang", "id"])
        #expect(indonesian.stdout.hasPrefix("\u{FEFF}Triwulan,Per tanggal,ID penanda tangan,"))
    }

    @Test func status() throws {
        let result = try KomitmenBinary.run(["status", Self.fixture, "--as-of", "2026-02-01"])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.components(separatedBy: "\n")
        #expect(lines.contains { $0.hasPrefix("Signatory") && $0.hasSuffix("2025-Q3  2025-Q4") })
        #expect(lines.contains { $0.hasPrefix("  pemkab-belu") && $0.contains("●        ◐") })
        #expect(lines.contains { $0.hasPrefix("  lsm-advokasi") && $0.contains("·        ●") })
        #expect(lines.contains { $0.hasPrefix("  sinode-gmit") && $0.contains("●        ✗") })
        #expect(lines.contains { $0.hasPrefix("Completeness") && $0.hasSuffix("100%      75%") })
        #expect(result.stdout.contains("Legend: ● on time   ◐ late   ✗ missing"))
        let indonesian = try KomitmenBinary.run(["status", Self.fixture, "--as-of", "2026-02-01", "--lang", "id"])
        #expect(indonesian.stdout.contains("Keterangan: ● tepat waktu"))
    }
}
