import Foundation
import Hummingbird
import HummingbirdTesting
import KomitmenHTTP
import KomitmenState
import Testing

/// The report form: generated from the plugin, a row added without script, a mistake shown
/// beside its field and at the top in `validate`'s words with the values kept, the receipt; the
/// upload; the template; and the secretariat's review seen by the signatory.
@Suite struct PageFormTests {
    static let police = [
        ("v.tppo_cases_investigated", "12"), ("v.cases_to_prosecution", "4"), ("v.suspects_named", ""),
        ("v.tppo_reports_received", "15"), ("v.victims_rescued", ""), ("v.departures_prevented", "120"),
        ("rows.cases", "1"), ("s.cases.0.ref", "LP/B/500/VIII/2026/SPKT/POLDA NTT"),
        ("s.cases.0.stage", "investigation"),
        ("s.cases.0.suspects", "2"), ("s.cases.0.victims", "3"),
        ("narrative", "Operasi gabungan \"Flobamora\" <b>bulan</b> Agustus."),
        ("evidence", "https://example.org/berkas/1\nLP/B/500"),
    ]

    static func fields(_ csrf: String, replacing changes: [String: String] = [:], action: String = "file") -> [(
        String, String
    )] {
        [("csrf", csrf), ("action", action)] + police.map { ($0.0, changes[$0.0] ?? $0.1) }
    }

    @Test func theFormShowsEveryPledgedIndicatorAndEachSection() async throws {
        try await PageRoutesTests.withPages { _, polda, client in
            let browser = PageClient(client)
            try await browser.login(polda)
            let form = try await browser.get("/reports/2026-Q4/polda-ntt")
            #expect(form.status == .ok)
            PageRoutesTests.expectPageHeaders(form)
            for indicator in [
                "tppo_cases_investigated", "cases_to_prosecution", "suspects_named", "tppo_reports_received",
                "victims_rescued", "departures_prevented",
            ] {
                #expect(form.text.contains("name=\"v.\(indicator)\""), "\(indicator)")
            }
            #expect(form.text.contains("target 100 (2026-Q4)"))
            for field in ["ref", "stage", "suspects", "victims", "destination"] {
                #expect(form.text.contains("name=\"s.cases.0.\(field)\""))
            }
            #expect(form.text.contains("enctype=\"multipart/form-data\""))
            #expect(form.text.contains("/reports/2026-Q4/polda-ntt/template"))
            let template = try await browser.get("/reports/2026-Q4/polda-ntt/template")
            #expect(template.status == .ok && template.text.contains("signatory: polda-ntt"))
        }
    }

    @Test func addingARowKeepsWhatWasTyped() async throws {
        try await PageRoutesTests.withPages { fixture, polda, client in
            let browser = PageClient(client)
            try await browser.login(polda)
            let csrf = try #require(PageClient.csrf(try await browser.get("/reports/2026-Q4/polda-ntt").text))
            let added = try await browser.post("/reports/2026-Q4/polda-ntt", Self.fields(csrf, action: "add:cases"))
            #expect(added.status == .ok)
            #expect(added.text.contains("name=\"s.cases.1.ref\""))
            #expect(added.text.contains("value=\"LP/B/500/VIII/2026/SPKT/POLDA NTT\""))
            #expect(added.text.contains("value=\"120\""))
            #expect(added.text.contains("&quot;Flobamora&quot; &lt;b&gt;bulan&lt;/b&gt;"))
            #expect(fixture.read("reports/2026-Q4/polda-ntt.yaml") == nil, "adding a row files nothing")
        }
    }

    @Test func aMistakeComesBackBesideItsFieldThenTheFixedFormFiles() async throws {
        try await PageRoutesTests.withPages { fixture, polda, client in
            let browser = PageClient(client)
            try await browser.login(polda)
            let csrf = try #require(PageClient.csrf(try await browser.get("/reports/2026-Q4/polda-ntt").text))
            let wrong = try await browser.post(
                "/reports/2026-Q4/polda-ntt", Self.fields(csrf, replacing: ["s.cases.0.victims": "1.234"]))
            #expect(wrong.status == .unprocessableContent)
            PageRoutesTests.expectPageHeaders(wrong)
            let text = wrong.text
            // validate's words, in Indonesian, at the top and beside the field, the value kept.
            let words =
                "seharusnya bilangan bulat (0 atau lebih), tertulis &#39;1.234&#39; (titik bukan pemisah ribuan di sini)"
            #expect(text.components(separatedBy: words).count == 3, "once in the list, once beside the field")
            #expect(text.contains("<a href=\"#f-s-cases-0-victims\">Perkara #1 · Korban: "))
            #expect(text.contains("laporan memiliki 1 kesalahan; tidak ada yang disimpan"))
            let field = try #require(text.range(of: "id=\"f-s-cases-0-victims\""))
            #expect(text[..<field.lowerBound].suffix(600).contains("titik bukan pemisah ribuan"))
            #expect(text.contains("value=\"1.234\""))
            #expect(fixture.read("reports/2026-Q4/polda-ntt.yaml") == nil)

            let fixed = try await browser.post("/reports/2026-Q4/polda-ntt", Self.fields(csrf))
            #expect(fixed.status == .seeOther)
            #expect(fixed.headers[.location] == "/reports/2026-Q4/polda-ntt/versions/1")
            let stored = try #require(fixture.read("reports/2026-Q4/polda-ntt.yaml"))
            #expect(stored.contains("narrative: \"Operasi gabungan \\\"Flobamora\\\" <b>bulan</b> Agustus.\""))
            #expect(stored.contains("submitted: 2026-11-20"))
            let receipt = try await browser.get("/reports/2026-Q4/polda-ntt/versions/1")
            #expect(receipt.status == .ok)
            PageRoutesTests.expectPageHeaders(receipt)
            #expect(receipt.text.contains(sha256Hex(Array(stored.utf8))))
            #expect(receipt.text.contains("tepat waktu"), "2026-Q4 is due 2027-01-15")
            // The form of a report on file starts from it.
            let again = try await browser.get("/reports/2026-Q4/polda-ntt")
            #expect(again.text.contains("value=\"LP/B/500/VIII/2026/SPKT/POLDA NTT\""))
        }
    }

    @Test func anUploadedFileIsFiledOrItsMistakesListed() async throws {
        try await PageRoutesTests.withPages { fixture, _, client in
            let browser = PageClient(client)
            try await browser.login(fixture.signatoryToken)
            let csrf = try #require(PageClient.csrf(try await browser.get("/reports/2026-Q3/dprd-ntt").text))
            func multipart(_ yaml: String) -> [UInt8] {
                let text =
                    "--XyZ\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\n\(csrf)\r\n"
                    + "--XyZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"r.yaml\"\r\nContent-Type: application/yaml\r\n\r\n"
                    + yaml + "\r\n--XyZ--\r\n"
                return Array(text.utf8)
            }
            let bad = try await browser.send(
                .post, "/reports/2026-Q3/dprd-ntt/upload",
                body: multipart(
                    ServeFixture.body().replacingOccurrences(
                        of: "complaints_received: 16", with: "complaints_received: 1.600")),
                type: "multipart/form-data; boundary=XyZ")
            #expect(bad.status == .unprocessableContent)
            #expect(bad.text.contains("titik bukan pemisah ribuan"))
            let good = try await browser.send(
                .post, "/reports/2026-Q3/dprd-ntt/upload", body: multipart(ServeFixture.body()),
                type: "multipart/form-data; boundary=XyZ")
            #expect(good.status == .seeOther)
            #expect(fixture.read("reports/2026-Q3/dprd-ntt.yaml")?.contains("Laporan lewat API.") == true)
        }
    }

    @Test func theSecretariatsPagesAndAReviewTheSignatorySees() async throws {
        try await PageRoutesTests.withPages { fixture, _, client in
            let secretariat = PageClient(client)
            #expect(try await secretariat.login(fixture.secretariatToken).headers[.location] == "/secretariat")
            let grid = try await secretariat.get("/secretariat")
            #expect(grid.status == .ok)
            PageRoutesTests.expectPageHeaders(grid)
            #expect(grid.text.contains("/signatories/polda-ntt"))
            let summary = try await secretariat.get("/secretariat/summary?quarter=2026-Q2")
            #expect(summary.status == .ok)
            #expect(summary.headers[.contentSecurityPolicy]?.contains("style-src 'self' 'sha256-") == true)
            #expect(summary.headers[.xContentTypeOptions] == "nosniff")
            #expect(summary.text.contains("2026-Q2"))
            #expect(try await secretariat.get("/secretariat/summary?quarter=2026-Q9").status == .badRequest)
            let queue = try await secretariat.get("/secretariat/reviews")
            #expect(queue.status == .ok && queue.text.contains("/reports/2026-Q2/dprd-ntt/review"))
            let review = try await secretariat.get("/reports/2026-Q2/dprd-ntt/review")
            #expect(review.status == .ok)
            let csrf = try #require(PageClient.csrf(review.text))
            let noToken = try await secretariat.post("/reports/2026-Q2/dprd-ntt/review", [("state", "approved")])
            #expect(noToken.status == .forbidden)
            let asked = try await secretariat.post(
                "/reports/2026-Q2/dprd-ntt/review",
                [("csrf", csrf), ("state", "changes-requested"), ("comment", "Angka <aduan> belum cocok")])
            #expect(asked.status == .seeOther)
            #expect(fixture.read("reviews/2026-Q2/dprd-ntt.yaml")?.contains("state: changes-requested") == true)
            let chase = try await secretariat.get("/secretariat/chase")
            #expect(chase.status == .ok)
            #expect(chase.text.contains("mailto:") && chase.text.contains("https://wa.me/"))

            let signatory = PageClient(client)
            try await signatory.login(fixture.signatoryToken)
            let home = try await signatory.get("/signatories/dprd-ntt")
            #expect(home.text.contains("Angka &lt;aduan&gt; belum cocok"))
            #expect(
                try await signatory.get("/reports/2026-Q2/dprd-ntt").text.contains("Angka &lt;aduan&gt; belum cocok"))
        }
    }
}
