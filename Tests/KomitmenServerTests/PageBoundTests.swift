import Foundation
import Hummingbird
import HummingbirdTesting
import KomitmenHTTP
import Testing

/// DESIGN: a page is at most 200 KB. A report of thousands of rows (within the 1 MiB body, no
/// alias needed) is offered as a file to download, correct and upload instead of a form of
/// megabytes; and any page that would pass the bound (an upload of a hundred mistakes, each
/// quoting a long key) says so in a short page.
@Suite struct PageBoundTests {
    static let limit = 200_000

    /// dprd-ntt's report with `rows` programs, each named with `length` letters.
    static func bigReport(rows: Int, length: Int) -> String {
        var text = """
            signatory: dprd-ntt
            period: 2026-Q3
            values:
              complaints_received: 16
              complaints_resolved: 9
              budget_allocated_idr: 635000000
            programs:

            """
        for row in 0..<rows {
            text +=
                "  - name: \"\(row) \(String(repeating: "A", count: length))\"\n    status: done\n    budget_idr: 1\n"
        }
        return text
    }

    @Test(arguments: [(3_000, 250), (12_000, 1)])
    func aFormTooLargeForAPageIsOfferedAsAFile(rows: Int, length: Int) async throws {
        try await PageRoutesTests.withPages { fixture, _, client in
            let body = Self.bigReport(rows: rows, length: length)
            #expect(body.utf8.count > 600_000 && body.utf8.count < 1 << 20)
            let filed = try await client.call(
                .put, "/api/v1/reports/2026-Q3/dprd-ntt", token: fixture.signatoryToken, body: body)
            #expect(filed.status == .created)
            for token in [fixture.signatoryToken, fixture.secretariatToken] {
                let browser = PageClient(client)
                try await browser.login(token)
                let form = try await browser.get("/reports/2026-Q3/dprd-ntt")
                #expect(form.status == .ok)
                #expect(form.body.readableBytes < Self.limit, "\(form.body.readableBytes) bytes")
                #expect(form.text.contains("terlalu besar untuk diubah di halaman"))
                #expect(form.text.contains("href=\"/reports/2026-Q3/dprd-ntt/file\""))
                #expect(form.text.contains("action=\"/reports/2026-Q3/dprd-ntt/upload\""))
                let file = try await browser.get("/reports/2026-Q3/dprd-ntt/file")
                #expect(file.status == .ok)
                #expect(file.headers[.contentDisposition] == "attachment; filename=\"dprd-ntt-2026-Q3.yaml\"")
                #expect(fixture.read("reports/2026-Q3/dprd-ntt.yaml") == file.text)
            }
        }
    }

    @Test func anOrdinaryReportIsStillAForm() async throws {
        try await PageRoutesTests.withPages { fixture, _, client in
            let filed = try await client.call(
                .put, "/api/v1/reports/2026-Q3/dprd-ntt", token: fixture.signatoryToken,
                body: Self.bigReport(rows: 40, length: 30))
            #expect(filed.status == .created)
            let browser = PageClient(client)
            try await browser.login(fixture.signatoryToken)
            let form = try await browser.get("/reports/2026-Q3/dprd-ntt")
            #expect(form.text.contains("name=\"programs.39.name\"") || form.text.contains("39 AAAA"))
            #expect(!form.text.contains("terlalu besar"))
        }
    }

    @Test func aPageThatWouldPassTheBoundSaysSo() async throws {
        try await PageRoutesTests.withPages { fixture, _, client in
            let browser = PageClient(client)
            try await browser.login(fixture.signatoryToken)
            let csrf = try #require(PageClient.csrf(try await browser.get("/reports/2026-Q3/dprd-ntt").text))
            // 150 unknown keys of 6,000 letters (explicit keys: an implicit one holds 1,024 at most):
            // a hundred listed mistakes quote 600 KB of them.
            var yaml = "signatory: dprd-ntt\nperiod: 2026-Q3\nvalues:\n"
            for key in 0..<150 { yaml += "  ? k\(key)\(String(repeating: "x", count: 6_000))\n  : 1\n" }
            let text =
                "--XyZ\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\n\(csrf)\r\n"
                + "--XyZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"r.yaml\"\r\n"
                + "Content-Type: application/yaml\r\n\r\n" + yaml + "\r\n--XyZ--\r\n"
            let page = try await browser.send(
                .post, "/reports/2026-Q3/dprd-ntt/upload", body: Array(text.utf8),
                type: "multipart/form-data; boundary=XyZ")
            #expect(page.status == .unprocessableContent)
            #expect(page.body.readableBytes < Self.limit, "\(page.body.readableBytes) bytes")
            #expect(page.text.contains("lebih dari batas halaman (200 KB)"))
        }
    }

    @Test func theFileOfAReportNotFiledIs404() async throws {
        try await PageRoutesTests.withPages { fixture, _, client in
            let browser = PageClient(client)
            try await browser.login(fixture.signatoryToken)
            let missing = try await browser.get("/reports/2026-Q4/dprd-ntt/file")
            #expect(missing.status == .notFound)
            let other = try await browser.get("/reports/2026-Q3/polda-ntt/file")
            #expect(other.status == .forbidden)
        }
    }
}
