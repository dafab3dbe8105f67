import Foundation
import Hummingbird
import HummingbirdTesting
import KomitmenHTTP
import Testing

/// The secretariat reads versions: each version as a page (the check page's view of its bytes),
/// who filed it by name and when in local time, and a diff of two versions with old lines before
/// new ones, one line each, without the template's comment lines.
@Suite struct PageVersionsTests {
    @Test func theSecretariatReadsAVersionThenTheDiffOfOneAndTwo() async throws {
        try await PageRoutesTests.withPages { fixture, polda, client in
            let clerk = PageClient(client)
            try await clerk.login(polda)
            let csrf = try #require(PageClient.csrf(try await clerk.get("/reports/2026-Q4/polda-ntt").text))
            #expect(try await clerk.post("/reports/2026-Q4/polda-ntt", PageFormTests.fields(csrf)).status == .seeOther)
            let second = PageFormTests.fields(csrf, replacing: ["v.tppo_cases_investigated": "13"])
            #expect(try await clerk.post("/reports/2026-Q4/polda-ntt", second).status == .seeOther)

            let secretariat = PageClient(client)
            try await secretariat.login(fixture.secretariatToken)
            let first = try await secretariat.get("/reports/2026-Q4/polda-ntt/versions/1")
            #expect(first.status == .ok)
            PageRoutesTests.expectPageHeaders(first)
            let text = first.text
            #expect(text.contains("Isi versi ini"))
            #expect(
                text.contains("<th scope=\"row\">Perkara TPPO disidik</th><td data-label=\"Nilai\"><strong>12</strong>")
            )
            // The section in labels, the stage by its label (not "investigation").
            #expect(text.contains("<td data-label=\"Tahap\">Penyidikan</td>"), "\(text)")
            #expect(text.contains("<th scope=\"row\">Dikirim oleh</th><td>Kepolisian Daerah Nusa Tenggara Timur</td>"))
            #expect(!text.contains("account:"))
            // Received in the declaration's zone (Asia/Makassar, +08:00), not UTC.
            #expect(text.contains("+08:00"))
            #expect(!text.contains("Laporan Anda sudah tersimpan"), "the secretariat did not file it")
            #expect(text.contains("/reports/2026-Q4/polda-ntt/versions/1/file"))
            let file = try await secretariat.get("/reports/2026-Q4/polda-ntt/versions/1/file")
            #expect(file.status == .ok && file.text.contains("tppo_cases_investigated: 12\n"))
            let two = try await secretariat.get("/reports/2026-Q4/polda-ntt/versions/2")
            #expect(two.text.contains("href=\"/reports/2026-Q4/polda-ntt/review?from=1&amp;to=2\""))

            let review = try await secretariat.get("/reports/2026-Q4/polda-ntt/review?from=1&to=2")
            #expect(review.status == .ok)
            #expect(!review.text.contains("account:"))
            #expect(review.text.contains("· Kepolisian Daerah Nusa Tenggara Timur"))
            let diff = try #require(review.text.firstMatch(of: #/<pre class="diff">(.*?)</pre>/#.dotMatchesNewlines()))
            let lines = String(diff.output.1)
            #expect(
                lines.contains(
                    "<del>−   tppo_cases_investigated: 12</del><ins>+   tppo_cases_investigated: 13</ins>"),
                "old before new: \(lines)")
            #expect(!lines.contains("\n"), "one element per line, no empty line between them")
            #expect(
                lines.components(separatedBy: "<del>").count == 2 && lines.components(separatedBy: "<ins>").count == 2)
        }
    }
}

/// A version as a page stays within a page's bound however large the report: its entries and
/// texts are cut to a page's worth and the rest counted (the file has it all).
@Suite struct PageVersionBoundTests {
    @Test func aLargeVersionIsShownCutAndCounted() async throws {
        try await PageRoutesTests.withPages { fixture, polda, client in
            // 250 cases with a destination of 1,500 `"` (each escapes to 6 bytes), and a long narrative.
            var body = "signatory: polda-ntt\nperiod: 2026-Q4\nvalues:\n  tppo_cases_investigated: 12\ncases:\n"
            let destination = String(repeating: "\\\"", count: 1_500)
            for row in 0..<250 {
                body += "  - {ref: \"LP/\(row)\", stage: report, suspects: 1, victims: 1, "
                body += "destination: \"\(destination)\"}\n"
            }
            body += "narrative: \"\(String(repeating: "<&>", count: 6_000))\"\n"
            let put = try await client.call(.put, "/api/v1/reports/2026-Q4/polda-ntt", token: polda, body: body)
            #expect(put.status == .created, "\(put.text.prefix(500))")
            let secretariat = PageClient(client)
            try await secretariat.login(fixture.secretariatToken)
            let page = try await secretariat.get("/reports/2026-Q4/polda-ntt/versions/1")
            #expect(page.status == .ok)
            #expect(page.body.readableBytes < 200_000, "\(page.body.readableBytes) bytes")
            #expect(page.text.contains("entri lagi (di dalam berkas)"))
            #expect(page.text.contains("(selanjutnya di dalam berkas)"))
            #expect(page.text.contains("<td data-label=\"Nomor laporan polisi\">LP/0</td>"))
        }
    }
}

/// The served template filled and uploaded, then the same values through the form: the two
/// versions' diff has no changed line (DESIGN: the form and the template share one layout).
@Suite struct PageTemplateThenFormDiffTests {
    @Test func aTemplateVersionAndAFormVersionOfTheSameValuesDoNotDiffer() async throws {
        try await PageRoutesTests.withPages { fixture, polda, client in
            let clerk = PageClient(client)
            try await clerk.login(polda)
            let csrf = try #require(PageClient.csrf(try await clerk.get("/reports/2026-Q4/polda-ntt").text))
            let template = try await clerk.get("/reports/2026-Q4/polda-ntt/template")
            #expect(template.status == .ok)
            var filled: [String] = []
            for line in template.text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
                let key = String(line.trimmingCharacters(in: .whitespaces).dropLast())
                let value = FormTemplateLayoutTests.values[key] ?? ""
                filled.append(line.hasSuffix(":") && !value.isEmpty ? line + " " + value : line)
            }
            let multipart =
                "--XyZ\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\n\(csrf)\r\n"
                + "--XyZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"r.yaml\"\r\n"
                + "Content-Type: application/yaml\r\n\r\n\(filled.joined(separator: "\n"))\r\n--XyZ--\r\n"
            let uploaded = try await clerk.send(
                .post, "/reports/2026-Q4/polda-ntt/upload", body: Array(multipart.utf8),
                type: "multipart/form-data; boundary=XyZ")
            #expect(uploaded.status == .seeOther, "\(uploaded.text.prefix(2000))")
            var fields = [("csrf", csrf), ("action", "file"), ("rows.cases", "1"), ("narrative", ""), ("evidence", "")]
            fields += FormTemplateLayoutTests.values.map { ("v.\($0.key)", $0.value) }
            #expect(try await clerk.post("/reports/2026-Q4/polda-ntt", fields).status == .seeOther)

            let secretariat = PageClient(client)
            try await secretariat.login(fixture.secretariatToken)
            let review = try await secretariat.get("/reports/2026-Q4/polda-ntt/review?from=1&to=2")
            #expect(review.text.contains("v2"))
            let diff = try #require(review.text.firstMatch(of: #/<pre class="diff">(.*?)</pre>/#.dotMatchesNewlines()))
            #expect(!diff.output.1.contains("<del>") && !diff.output.1.contains("<ins>"), "\(diff.output.1)")
            #expect(diff.output.1.contains("tppo_cases_investigated: 31"))
        }
    }
}
