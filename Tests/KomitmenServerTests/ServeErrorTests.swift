import Foundation
import Hummingbird
import HummingbirdTesting
import KomitmenHTTP
import Testing

/// Every error of DESIGN's list: the exact status, code and headers, and the JSON shape.
@Suite struct ServeErrorTests {
    @Test(arguments: [
        ("/api/v1/reports/2026-Q5/dprd-ntt", "invalid_quarter"),
        ("/api/v1/reports/2026-q1/dprd-ntt", "invalid_quarter"),
        ("/api/v1/reports/26-Q1/dprd-ntt", "invalid_quarter"),
        ("/api/v1/reports/2026-Q1/DPRD-NTT", "invalid_signatory"),
        ("/api/v1/reports/2026-Q1/dprd_ntt", "invalid_signatory"),
        ("/api/v1/reports/2026-Q1/%2e%2e", "invalid_signatory"),
        ("/api/v1/reports/2026-Q1/..%2F..%2Fdeclaration", "invalid_signatory"),
        ("/api/v1/reports/%2e%2e%2f/dprd-ntt", "invalid_quarter"),
        ("/api/v1/templates/..%2F/dprd-ntt", "invalid_quarter"),
    ])
    func malformedPathsAre400(path: String, code: String) async throws {
        let fixture = try ServeFixture()
        defer { fixture.delete() }
        try await fixture.withClient { client in
            let response = try await client.call(.get, path, token: fixture.secretariatToken)
            #expect(response.status == .badRequest)
            #expect(response.errorCode == code)
            #expect(response.headers[.contentType] == "application/json; charset=utf-8")
        }
    }

    /// Traversal never reaches a file outside ROOT: 400 or 404, and the answer holds nothing of it.
    @Test(arguments: [
        "/api/v1/reports/2026-Q1/../../../etc/passwd",
        "/api/v1/reports/../../declaration.yaml",
        "/api/v1/reports/2026-Q1/%2e%2e%2f%2e%2e%2fdeclaration",
        "/api/v1/reports/2026-Q1/..%2F..%2F..%2Fetc%2Fpasswd/versions",
        "/api/v1/reports/2026-Q1/dprd-ntt%00.yaml",
        "/api/v1/reports/2026-Q1/%252e%252e%252f",
        "/api/v1/../../etc/passwd",
    ])
    func traversalIsRefused(path: String) async throws {
        let fixture = try ServeFixture()
        defer { fixture.delete() }
        try await fixture.withClient { client in
            let response = try await client.call(.get, path, token: fixture.secretariatToken)
            #expect([.badRequest, .notFound].contains(response.status), "\(path): \(response.status)")
            #expect(!response.text.contains("root:") && !response.text.contains("declaration:"))
        }
    }

    @Test func missingUnknownAndRevokedTokensAre401() async throws {
        let fixture = try ServeFixture()
        defer { fixture.delete() }
        try await fixture.withClient { client in
            let path = "/api/v1/reports/2026-Q2/dprd-ntt"
            let none = try await client.call(.get, path)
            #expect(none.status == .unauthorized)
            #expect(none.errorCode == "unauthenticated")
            #expect(none.headers[.wwwAuthenticate]?.hasPrefix("Bearer") == true)
            for token in ["kmt_wrong", fixture.revokedToken] {
                let response = try await client.call(.get, path, token: token)
                #expect(response.status == .unauthorized)
                #expect(response.errorCode == "invalid_token")
                #expect(response.headers[.wwwAuthenticate]?.hasPrefix("Bearer") == true)
            }
            let basic = try await client.call(.get, path, headers: [.authorization: "Basic abc"])
            #expect(basic.status == .unauthorized)
        }
    }

    @Test func otherSignatoryAndNonSecretariatAre403() async throws {
        let fixture = try ServeFixture()
        defer { fixture.delete() }
        try await fixture.withClient { client in
            let other = try await client.call(
                .put, "/api/v1/reports/2026-Q3/dprd-ntt", token: fixture.otherToken, body: ServeFixture.body())
            #expect(other.status == .forbidden)
            #expect(other.errorCode == "forbidden")
            #expect(fixture.read("reports/2026-Q3/dprd-ntt.yaml") == nil)
            for path in ["/api/v1/status", "/api/v1/summary", "/api/v1/audit"] {
                let response = try await client.call(.get, path, token: fixture.signatoryToken)
                #expect(response.status == .forbidden)
                #expect(response.errorCode == "secretariat_only")
            }
            // A signatory learns nothing of other ids: 403 for an unknown one too.
            #expect(
                try await client.call(.get, "/api/v1/reports/2026-Q2/nobody", token: fixture.signatoryToken).status
                    == .forbidden)
        }
    }

    @Test func unknownSignatoryIs404WithASuggestion() async throws {
        let fixture = try ServeFixture()
        defer { fixture.delete() }
        try await fixture.withClient { client in
            let response = try await client.call(
                .get, "/api/v1/reports/2026-Q2/dprd-nt", token: fixture.secretariatToken)
            #expect(response.status == .notFound)
            #expect(response.errorCode == "unknown_signatory")
            #expect(response.errorMessage == "unknown signatory 'dprd-nt' (did you mean 'dprd-ntt'?)")
            let indonesian = try await client.call(
                .get, "/api/v1/reports/2026-Q2/dprd-nt", token: fixture.secretariatToken,
                headers: [.acceptLanguage: "id"])
            #expect(indonesian.errorMessage == "penanda tangan 'dprd-nt' tidak dikenal (maksud Anda 'dprd-ntt'?)")
            let route = try await client.call(.get, "/api/v1/nothing", token: fixture.secretariatToken)
            #expect(route.status == .notFound)
            #expect(route.errorCode == "not_found")
        }
    }

    @Test func declaredLargeBodyIs413BeforeReading() async throws {
        let fixture = try ServeFixture()
        defer { fixture.delete() }
        try await fixture.withClient { client in
            // 500 MiB declared, nothing sent: the answer comes from the header alone.
            let declared = try await client.execute(
                uri: "/api/v1/reports/2026-Q3/dprd-ntt", method: .put,
                headers: [
                    .authorization: "Bearer \(fixture.signatoryToken)",
                    .contentType: "application/yaml", .contentLength: "524288000",
                ])
            #expect(declared.status == .contentTooLarge)
            #expect(declared.errorCode == "body_too_large")
            #expect(declared.headers[.connection] == "close")
            // Sent, over the bound by one byte.
            let body =
                ServeFixture.body() + "#" + String(repeating: "x", count: (1 << 20) - ServeFixture.body().utf8.count)
            let sent = try await client.call(
                .put, "/api/v1/reports/2026-Q3/dprd-ntt", token: fixture.signatoryToken, body: body)
            #expect(sent.status == .contentTooLarge)
            #expect(fixture.read("reports/2026-Q3/dprd-ntt.yaml") == nil)
        }
    }

    @Test(arguments: [nil, "application/json", "text/plain", "application/yamlx", "multipart/form-data"] as [String?])
    func wrongContentTypeIs415(type: String?) async throws {
        let fixture = try ServeFixture()
        defer { fixture.delete() }
        try await fixture.withClient { client in
            var headers: HTTPFields = [.authorization: "Bearer \(fixture.signatoryToken)"]
            if let type { headers[.contentType] = type }
            let response = try await client.execute(
                uri: "/api/v1/reports/2026-Q3/dprd-ntt", method: .put, headers: headers,
                body: ByteBuffer(string: ServeFixture.body()))
            #expect(response.status == .unsupportedMediaType)
            #expect(response.errorCode == "unsupported_media_type")
        }
    }

    @Test(arguments: ["application/yaml", "application/x-yaml", "text/yaml", "Application/YAML; charset=utf-8"])
    func yamlTypesAreAccepted(type: String) async throws {
        let fixture = try ServeFixture()
        defer { fixture.delete() }
        try await fixture.withClient { client in
            let response = try await client.call(
                .put, "/api/v1/reports/2026-Q3/dprd-ntt", token: fixture.signatoryToken,
                body: ServeFixture.body(), type: type)
            #expect(response.status == .created)
        }
    }

    @Test func tenFailuresThen429WithRetryAfterButAValidTokenPasses() async throws {
        let fixture = try ServeFixture()
        defer { fixture.delete() }
        try await fixture.withClient { client in
            for _ in 0..<10 {
                #expect(try await client.call(.get, "/api/v1/status", token: "kmt_guess").status == .unauthorized)
            }
            // Now a wrong token, or none, waits.
            for token in ["kmt_guess", nil] {
                let refused = try await client.call(.get, "/api/v1/status", token: token)
                #expect(refused.status == .tooManyRequests)
                #expect(refused.errorCode == "too_many_failed_authentications")
                let wait = try #require(refused.headers[.retryAfter].flatMap { Int($0) })
                #expect(wait >= 1 && wait <= 60)
            }
            // Behind a proxy every clerk shares the address: the right token is never refused.
            let valid = try await client.call(.get, "/api/v1/status", token: fixture.secretariatToken)
            #expect(valid.status == .ok)
        }
    }

    @Test func anAliasBombIs422Quickly() async throws {
        let fixture = try ServeFixture()
        defer { fixture.delete() }
        var bomb = "a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n"
        for level in 1..<10 {
            let previous = String(UnicodeScalar(UInt8(96 + level)))
            let name = String(UnicodeScalar(UInt8(97 + level)))
            bomb += "\(name): &\(name) [" + Array(repeating: "*\(previous)", count: 9).joined(separator: ",") + "]\n"
        }
        let body = bomb
        try await fixture.withClient { client in
            // A first request (the router's and the state's first use), so the time measured is the bomb's.
            _ = try await client.call(
                .put, "/api/v1/reports/2026-Q3/dprd-ntt", token: fixture.signatoryToken, body: "signatory: [")
            let start = ContinuousClock.now
            let response = try await client.call(
                .put, "/api/v1/reports/2026-Q3/dprd-ntt", token: fixture.signatoryToken, body: body)
            #expect(response.status == .unprocessableContent)
            #expect(response.errorCode == "invalid_report")
            // What keeps it quick is the composer's bound on alias expansion: the answer must say
            // that bound stopped it. (Alone it answers in milliseconds; the time bound below only
            // catches a hang, with room for a loaded test run on two shared cores.)
            let diagnostics = try #require(response.json["diagnostics"] as? [[String: Any]])
            #expect(diagnostics.map { $0["code"] as? String } == ["alias-expansion"])
            #expect(ContinuousClock.now - start < .seconds(60))
            #expect(fixture.read("reports/2026-Q3/dprd-ntt.yaml") == nil)
        }
    }

    @Test func invalidReportIs422WithValidateDiagnostics() async throws {
        let fixture = try ServeFixture()
        defer { fixture.delete() }
        try await fixture.withClient { client in
            let body = ServeFixture.body().replacingOccurrences(
                of: "complaints_received: 16", with: "complaints_received: 1.234")
            let response = try await client.call(
                .put, "/api/v1/reports/2026-Q3/dprd-ntt", token: fixture.signatoryToken, body: body)
            #expect(response.status == .unprocessableContent)
            #expect(response.errorCode == "invalid_report")
            let diagnostics = try #require(response.json["diagnostics"] as? [[String: Any]])
            let first = try #require(diagnostics.first)
            #expect(first["file"] as? String == "reports/2026-Q3/dprd-ntt.yaml")
            #expect(first["severity"] as? String == "error")
            #expect(first["line"] as? Int == 5)
            #expect(first["message"] is String && first["column"] is Int)
            #expect(fixture.read("reports/2026-Q3/dprd-ntt.yaml") == nil)
            // The wrong signatory or period for the URL.
            let wrongPeriod = try await client.call(
                .put, "/api/v1/reports/2026-Q3/dprd-ntt", token: fixture.signatoryToken,
                body: ServeFixture.body(quarter: "2026-Q2", submitted: "2026-11-20"))
            #expect(wrongPeriod.status == .unprocessableContent)
            let wrongSignatory = try await client.call(
                .put, "/api/v1/reports/2026-Q3/dprd-ntt", token: fixture.secretariatToken,
                body: ServeFixture.body(signatory: "mui-ntt"))
            #expect(wrongSignatory.status == .unprocessableContent)
        }
    }
}
