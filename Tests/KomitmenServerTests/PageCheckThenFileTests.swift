import Foundation
import Hummingbird
import HummingbirdTesting
import KomitmenHTTP
import Testing

/// DESIGN's two-step form: *check* shows the report as it will be stored (the plugin's words,
/// blanks as "not reported", every warning) and stores nothing; only the check page's *file*
/// files. Enter in a field presses the form's first button, which checks.
@Suite struct PageCheckThenFileTests {
    /// The hidden fields of a page, as a browser would post them (entities decoded).
    static func hiddenFields(_ html: String) -> [(String, String)] {
        html.matches(of: #/<input type="hidden" name="([^"]*)" value="([^"]*)">/#).map { match in
            (String(match.output.1), decode(String(match.output.2)))
        }
    }

    static func decode(_ text: String) -> String {
        text.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&amp;", with: "&")
    }

    @Test func enterChecksThenOnlyTheCheckPagesButtonFiles() async throws {
        try await PageRoutesTests.withPages { fixture, polda, client in
            let browser = PageClient(client)
            try await browser.login(polda)
            let form = try await browser.get("/reports/2026-Q4/polda-ntt")
            // The first submit button (what Enter presses) checks; the form offers no filing.
            let firstButton = try #require(
                form.text.firstMatch(of: #/<button type="submit" name="action" value="([^"]*)"/#))
            #expect(firstButton.output.1 == "check")
            #expect(!form.text.contains("value=\"file\""))
            let csrf = try #require(PageClient.csrf(form.text))
            // A clerk typed 1234 in the first field (ten times the target of 100) and pressed Enter:
            // the browser sends the default button's action with every other field blank.
            let typed = PageFormTests.fields(csrf, action: "check").map { name, value -> (String, String) in
                if name == "v.tppo_cases_investigated" { return (name, "1234") }
                if name == "action" || name == "csrf" { return (name, value) }
                return (name, name == "rows.cases" ? "1" : "")
            }
            let check = try await browser.post("/reports/2026-Q4/polda-ntt", typed)
            #expect(check.status == .ok)
            PageRoutesTests.expectPageHeaders(check)
            #expect(fixture.read("reports/2026-Q4/polda-ntt.yaml") == nil, "checking files nothing")
            let text = check.text
            #expect(text.contains("Periksa sebelum mengirim"))
            // In the plugin's words: labels, not keys; the blanks as "not reported".
            #expect(text.contains("<th scope=\"row\">Perkara TPPO disidik</th>"))
            #expect(text.contains("<strong>1234</strong>"))
            #expect(text.components(separatedBy: "<em class=\"blank\">tidak dilaporkan</em>").count == 6, "5 blanks")
            #expect(!text.contains("tppo_cases_investigated:"))
            // Every warning: five blanks and the implausible value.
            #expect(text.contains("6 peringatan: periksa sebelum mengirim"))
            #expect(text.contains("Korban diselamatkan (victims_rescued) tidak dilaporkan untuk 2026-Q4"))
            #expect(text.contains("lebih dari 10× targetnya"), "\(text.prefix(4000))")
            // The page's only buttons: file (first), then back to the form.
            let buttons = text.matches(of: #/<button type="submit" name="action" value="([^"]*)"/#).map {
                String($0.output.1)
            }
            #expect(buttons == ["file", "edit"])
            #expect(!text.contains("<input id="), "the check page has no field to press Enter in")

            // Back to the form: what was typed is still there.
            let hidden = Self.hiddenFields(text)
            let edit = try await browser.post(
                "/reports/2026-Q4/polda-ntt", hidden.filter { $0.0 != "action" } + [("action", "edit")])
            #expect(edit.status == .ok && edit.text.contains("value=\"1234\""))
            #expect(fixture.read("reports/2026-Q4/polda-ntt.yaml") == nil)

            // File: the check page's hidden fields and its file button.
            let filed = try await browser.post("/reports/2026-Q4/polda-ntt", hidden + [("action", "file")])
            #expect(filed.status == .seeOther)
            #expect(filed.headers[.location] == "/reports/2026-Q4/polda-ntt/versions/1")
            let stored = try #require(fixture.read("reports/2026-Q4/polda-ntt.yaml"))
            #expect(
                stored == """
                    signatory: polda-ntt
                    period: 2026-Q4
                    submitted: 2026-11-20
                    values:
                      tppo_cases_investigated: 1234
                      cases_to_prosecution:
                      suspects_named:
                      tppo_reports_received:
                      victims_rescued:
                      departures_prevented:
                    narrative:
                    evidence: []

                    """)
        }
    }

    @Test func aBlankRequiredFieldIsMarkedBesideItself() async throws {
        try await PageRoutesTests.withPages { fixture, polda, client in
            let browser = PageClient(client)
            try await browser.login(polda)
            let csrf = try #require(PageClient.csrf(try await browser.get("/reports/2026-Q4/polda-ntt").text))
            let refused = try await browser.post(
                "/reports/2026-Q4/polda-ntt",
                PageFormTests.fields(
                    csrf, replacing: ["s.cases.0.stage": "", "s.cases.0.victims": ""], action: "check"))
            #expect(refused.status == .unprocessableContent)
            let text = refused.text
            // Each message under its own field, each field marked; the first field (ref) is not.
            for field in ["stage", "victims"] {
                let input = try #require(text.range(of: "id=\"f-s-cases-0-\(field)\""))
                #expect(text[..<input.lowerBound].suffix(400).contains("class=\"field-error\""), "\(field)")
                #expect(text.contains("<a href=\"#f-s-cases-0-\(field)\">"))
            }
            let ref = try #require(text.range(of: "id=\"f-s-cases-0-ref\""))
            #expect(!text[..<ref.lowerBound].suffix(300).contains("field invalid"))
            #expect(fixture.read("reports/2026-Q4/polda-ntt.yaml") == nil)
        }
    }

    @Test func aLockedReportIsShownNotOfferedAsAForm() async throws {
        try await PageRoutesTests.withPages { fixture, polda, client in
            let clerk = PageClient(client)
            try await clerk.login(polda)
            let csrf = try #require(PageClient.csrf(try await clerk.get("/reports/2026-Q4/polda-ntt").text))
            #expect(try await clerk.post("/reports/2026-Q4/polda-ntt", PageFormTests.fields(csrf)).status == .seeOther)
            let secretariat = PageClient(client)
            try await secretariat.login(fixture.secretariatToken)
            let review = try await secretariat.get("/reports/2026-Q4/polda-ntt/review")
            let approved = try await secretariat.post(
                "/reports/2026-Q4/polda-ntt/review",
                [("csrf", try #require(PageClient.csrf(review.text))), ("state", "approved"), ("comment", "Lengkap.")])
            #expect(approved.status == .seeOther)

            let locked = try await clerk.get("/reports/2026-Q4/polda-ntt")
            #expect(locked.status == .ok)
            #expect(locked.text.contains("sudah disetujui dan dikunci"))
            #expect(locked.text.contains("<blockquote>Lengkap.</blockquote>"))
            #expect(locked.text.contains("<strong>12</strong>"), "the values on file are shown")
            #expect(!locked.text.contains("<textarea") && !locked.text.contains("<input id="), "no form")
            #expect(!locked.text.contains("/upload"), "no upload")
            // A post all the same is refused, and the page still shows the report, not a form.
            let posted = try await clerk.post("/reports/2026-Q4/polda-ntt", PageFormTests.fields(csrf, action: "check"))
            #expect(posted.status == .conflict)
            #expect(!posted.text.contains("<textarea"))
        }
    }

    @Test func aFailedUploadShowsWhatIsStored() async throws {
        try await PageRoutesTests.withPages { fixture, polda, client in
            let browser = PageClient(client)
            try await browser.login(polda)
            let csrf = try #require(PageClient.csrf(try await browser.get("/reports/2026-Q4/polda-ntt").text))
            #expect(
                try await browser.post("/reports/2026-Q4/polda-ntt", PageFormTests.fields(csrf)).status == .seeOther)
            let stored = try #require(fixture.read("reports/2026-Q4/polda-ntt.yaml"))
            let multipart =
                "--XyZ\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\n\(csrf)\r\n"
                + "--XyZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"r.yaml\"\r\n"
                + "Content-Type: application/yaml\r\n\r\nsignatory: polda-ntt\nperiod: 2026-Q4\nvalues: [\r\n--XyZ--\r\n"
            let failed = try await browser.send(
                .post, "/reports/2026-Q4/polda-ntt/upload", body: Array(multipart.utf8),
                type: "multipart/form-data; boundary=XyZ")
            #expect(failed.status == .unprocessableContent)
            #expect(failed.text.contains("Laporan yang tersimpan ditampilkan di bawah, tidak berubah."))
            #expect(failed.text.contains("value=\"LP/B/500/VIII/2026/SPKT/POLDA NTT\""), "the stored rows")
            #expect(failed.text.contains("name=\"v.tppo_cases_investigated\" value=\"12\""), "the stored values")
            #expect(fixture.read("reports/2026-Q4/polda-ntt.yaml") == stored)
        }
    }

    /// The check refuses as filing would: a quarter's folder that is a link gets 409 before any
    /// check page, and nothing is written through it.
    static func linkedQuarter(_ fixture: ServeFixture) throws {
        let outside = fixture.folder.appendingPathComponent("outside")
        try FileManager.default.createDirectory(at: outside, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(
            atPath: fixture.root + "/reports/2026-Q4", withDestinationPath: outside.path)
    }

    @Test func aCheckIntoALinkedFolderIsRefusedLikeAFiling() async throws {
        try await PageRoutesTests.withPages(edit: Self.linkedQuarter) { fixture, polda, client in
            let browser = PageClient(client)
            try await browser.login(polda)
            let csrf = try #require(PageClient.csrf(try await browser.get("/reports/2026-Q4/polda-ntt").text))
            let check = try await browser.post(
                "/reports/2026-Q4/polda-ntt", PageFormTests.fields(csrf, action: "check"))
            #expect(check.status == .conflict)
            #expect(!check.text.contains("Periksa sebelum mengirim"))
            #expect(check.text.contains("reports/2026-Q4"), "the page names the folder")
            let outside = fixture.folder.appendingPathComponent("outside").path
            #expect(try FileManager.default.contentsOfDirectory(atPath: outside).isEmpty)
        }
    }
}
