import Foundation
import Hummingbird
import HummingbirdTesting
import KomitmenHTTP
import Testing

/// Issue 23: the server's own template uploads as downloaded. Its `submitted:` is left blank, and
/// a blank `submitted:` (`submitted:`, `~`, `null`) is treated as absent: the server writes the
/// date into that value, the rest of the body kept byte for byte.
@Suite struct ServeTemplateUploadTests {
    static let path = "/api/v1/reports/2026-Q3/dprd-ntt"

    /// The template as `GET /api/v1/templates/2026-Q3/dprd-ntt` hands it out.
    static func template(_ fixture: ServeFixture, _ client: any TestClientProtocol) async throws -> String {
        let response = try await client.call(.get, "/api/v1/templates/2026-Q3/dprd-ntt", token: fixture.signatoryToken)
        #expect(response.status == .ok)
        return response.text
    }

    /// Two of the three pledged values written, `complaints_resolved` left blank.
    static func filled(_ template: String) -> String {
        template.replacingOccurrences(of: "  complaints_received:\n", with: "  complaints_received: 16\n")
            .replacingOccurrences(of: "  budget_allocated_idr:\n", with: "  budget_allocated_idr: 635000000\n")
    }

    @Test func theTemplateUploadsAsDownloadedWithTheDateWrittenIntoItsBlankSubmitted() async throws {
        let fixture = try ServeFixture()
        defer { fixture.delete() }
        try await fixture.withClient { client in
            let template = try await Self.template(fixture, client)
            #expect(template.contains("\nsubmitted:\n"))
            let body = Self.filled(template)
            #expect(body != template)
            let created = try await client.call(.put, Self.path, token: fixture.signatoryToken, body: body)
            #expect(created.status == .created, "\(created.text)")
            // Only that line changed, and only by the date.
            let expected = body.replacingOccurrences(of: "\nsubmitted:\n", with: "\nsubmitted: 2026-11-20\n")
            #expect(fixture.read("reports/2026-Q3/dprd-ntt.yaml") == expected)
            // The blank value is a warning in the answer, placed as in the body sent.
            let warnings = try #require(created.json["warnings"] as? [[String: Any]])
            #expect(warnings.count == 1)
            let line = body.split(separator: "\n", omittingEmptySubsequences: false)
                .firstIndex { $0 == "  complaints_resolved:" }.map { $0 + 1 }
            #expect(warnings.first?["line"] as? Int == line)
            #expect(warnings.first?["code"] as? String == "not-reported")
        }
    }

    @Test func aCRLFTemplateKeepsItsLineEndings() async throws {
        let fixture = try ServeFixture()
        defer { fixture.delete() }
        try await fixture.withClient { client in
            let body = Self.filled(try await Self.template(fixture, client)).replacingOccurrences(
                of: "\n", with: "\r\n")
            let created = try await client.call(.put, Self.path, token: fixture.signatoryToken, body: body)
            #expect(created.status == .created, "\(created.text)")
            let expected = body.replacingOccurrences(of: "\r\nsubmitted:\r\n", with: "\r\nsubmitted: 2026-11-20\r\n")
            #expect(fixture.read("reports/2026-Q3/dprd-ntt.yaml") == expected)
        }
    }

    @Test func tildeNullAndACommentAreBlankToo() async throws {
        let cases: [(written: String, stored: String)] = [
            ("submitted: ~\n", "submitted: 2026-11-20\n"),
            ("submitted: null\n", "submitted: 2026-11-20\n"),
            ("submitted: NULL   # the server writes it\n", "submitted: 2026-11-20   # the server writes it\n"),
            ("submitted:   # the server writes it\n", "submitted: 2026-11-20   # the server writes it\n"),
            ("\"submitted\": null\n", "\"submitted\": \"2026-11-20\"\n"),
        ]
        for (index, (written, stored)) in cases.enumerated() {
            let fixture = try ServeFixture()
            defer { fixture.delete() }
            try await fixture.withClient { client in
                let body = ServeFixture.body().replacingOccurrences(of: "values:\n", with: written + "values:\n")
                let created = try await client.call(.put, Self.path, token: fixture.signatoryToken, body: body)
                #expect(created.status == .created, "case \(index): \(created.text)")
                #expect(
                    fixture.read("reports/2026-Q3/dprd-ntt.yaml")
                        == body.replacingOccurrences(of: written, with: stored), "case \(index)")
            }
        }
    }

    @Test func aBlankSubmittedInAReplacementGetsTheStoredDate() async throws {
        let fixture = try ServeFixture()
        defer { fixture.delete() }
        // dprd-ntt's 2026-Q2 report is on file with submitted: 2026-07-08.
        try await fixture.withClient { client in
            let body = ServeFixture.body(quarter: "2026-Q2", budget: 640_000_000)
                .replacingOccurrences(of: "values:\n", with: "submitted:\nvalues:\n")
            let replaced = try await client.call(
                .put, "/api/v1/reports/2026-Q2/dprd-ntt", token: fixture.signatoryToken, body: body)
            #expect(replaced.status == .ok, "\(replaced.text)")
            #expect(
                fixture.read("reports/2026-Q2/dprd-ntt.yaml")
                    == body.replacingOccurrences(of: "submitted:\n", with: "submitted: 2026-07-08\n"))
        }
    }

    @Test func aBlankSubmittedInAFailingBodyIsAnsweredWhereTheClientWroteTheError() async throws {
        let fixture = try ServeFixture()
        defer { fixture.delete() }
        try await fixture.withClient { client in
            // One line: the date goes in before the error, which is answered at its column as sent.
            let body =
                "{\"signatory\": \"dprd-ntt\", \"period\": \"2026-Q3\", \"submitted\": null, "
                + "\"values\": {\"complaints_received\": 1.234}}\n"
            let refused = try await client.call(.put, Self.path, token: fixture.signatoryToken, body: body)
            #expect(refused.status == .unprocessableContent)
            #expect(refused.errorCode == "invalid_report")
            let diagnostic = try #require((refused.json["diagnostics"] as? [[String: Any]])?.first)
            #expect(diagnostic["code"] as? String == "thousands-separator")
            #expect(diagnostic["line"] as? Int == 1)
            let column = body.distance(from: body.startIndex, to: body.range(of: "1.234")!.lowerBound) + 1
            #expect(diagnostic["column"] as? Int == column)
            #expect(fixture.read("reports/2026-Q3/dprd-ntt.yaml") == nil)
        }
    }

    @Test func aBlankSubmittedWithNoSafePlaceIsAClear422() async throws {
        let fixture = try ServeFixture()
        defer { fixture.delete() }
        try await fixture.withClient { client in
            // An explicit key (`? submitted`) with nothing after it: libyaml puts the empty value at
            // the next key, on another line, where no date can go.
            let body = ServeFixture.body().replacingOccurrences(of: "values:\n", with: "? submitted\nvalues:\n")
            let refused = try await client.call(.put, Self.path, token: fixture.signatoryToken, body: body)
            #expect(refused.status == .unprocessableContent, "\(refused.text)")
            #expect(refused.errorCode == "submitted_date")
            #expect(refused.errorMessage == "add submitted: 2026-11-20 to the report; nothing was stored")
            let diagnostics = try #require(refused.json["diagnostics"] as? [[String: Any]])
            #expect(diagnostics.count == 1)
            #expect(diagnostics.first?["code"] as? String == "empty-field")
            #expect(diagnostics.first?["line"] as? Int == 5)
            #expect(diagnostics.first?["column"] as? Int == 1)
            #expect(
                diagnostics.first?["message"] as? String
                    == "the server could not write the date into this report: add submitted: 2026-11-20")
            #expect(
                diagnostics.first?["hint"] as? String
                    == "write submitted: 2026-11-20 on a line of its own after period:")
            let indonesian = try await client.call(
                .put, Self.path, token: fixture.signatoryToken, body: body, headers: [.acceptLanguage: "id"])
            #expect(indonesian.errorMessage == "tambahkan submitted: 2026-11-20 ke laporan; tidak ada yang disimpan")
            #expect(
                (indonesian.json["diagnostics"] as? [[String: Any]])?.first?["message"] as? String
                    == "server tidak dapat menuliskan tanggal ke laporan ini: tambahkan submitted: 2026-11-20")
        }
    }

    @Test func theServedTemplatesSayToUploadNotToValidate() async throws {
        try await PageRoutesTests.withPages { fixture, polda, client in
            let api = try await client.call(.get, "/api/v1/templates/2026-Q4/polda-ntt", token: polda)
            let browser = PageClient(client)
            try await browser.login(polda)
            let page = try await browser.get("/reports/2026-Q4/polda-ntt/template")
            for template in [api.text, page.text] {
                #expect(!template.contains("komitmen validate"))
                #expect(
                    template.contains("# Fill in every blank after a colon, then upload this file on the report page\n")
                )
                #expect(
                    template.contains(
                        "# Isi setiap bagian kosong setelah titik dua, lalu unggah berkas ini di halaman laporan\n"))
                #expect(template.contains("# Leave this blank: the server writes the date it receives the report;"))
            }
            #expect(api.text == page.text)
        }
    }
}
