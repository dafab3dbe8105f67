import Foundation
import Hummingbird
import HummingbirdTesting
import KomitmenHTTP
import KomitmenState
import Testing

/// Methods a route does not answer get 405 with `Allow` (found by schemathesis: they were 404),
/// and every GET answers HEAD too.
@Suite struct ServeMethodTests {
    /// One concrete path per route, with the `Allow` value the 405 must carry.
    static let routes: [(path: String, allow: String)] = [
        ("/healthz", "GET, HEAD"),
        ("/api/v1/reports/2026-Q2/dprd-ntt", "GET, HEAD, PUT"),
        ("/api/v1/reports/2026-Q2/dprd-ntt/versions", "GET, HEAD"),
        ("/api/v1/reports/2026-Q2/dprd-ntt/versions/1", "GET, HEAD"),
        ("/api/v1/templates/2026-Q2/dprd-ntt", "GET, HEAD"),
        ("/api/v1/status", "GET, HEAD"),
        ("/api/v1/summary", "GET, HEAD"),
        ("/api/v1/audit", "GET, HEAD"),
        ("/api/v1/reviews/2026-Q2/dprd-ntt", "PUT, DELETE"),
    ]

    @Test(arguments: routes)
    func otherMethodsAre405WithAllow(path: String, allow: String) async throws {
        let fixture = try ServeFixture()
        defer { fixture.delete() }
        try await fixture.withClient { client in
            let named = Set(allow.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) })
            for method in [HTTPRequest.Method.get, .head, .put, .delete, .post, .patch, .options, .trace] {
                let response = try await client.call(method, path, token: fixture.secretariatToken, body: nil)
                if named.contains(method.rawValue) {
                    // Answered by the route itself: never the router's 404 or 405.
                    #expect(response.status != .methodNotAllowed, "\(method) \(path)")
                    #expect(response.errorCode != "not_found", "\(method) \(path)")
                } else {
                    #expect(response.status == .methodNotAllowed, "\(method) \(path)")
                    #expect(response.headers[.allow] == allow, "\(method) \(path)")
                    #expect(response.errorCode == "method_not_allowed", "\(method) \(path)")
                }
            }
        }
    }

    @Test func headIsGetWithoutABody() async throws {
        let fixture = try ServeFixture()
        defer { fixture.delete() }
        try await fixture.withClient { client in
            let response = try await client.call(
                .head, "/api/v1/reports/2026-Q2/dprd-ntt", token: fixture.signatoryToken)
            #expect(response.status == .ok)
            #expect(response.headers[.contentType] == "application/yaml; charset=utf-8")
            #expect(response.body.readableBytes == 0)
        }
    }

    @Test(arguments: [
        "/api/v1/nothing", "/api/v1/reports/2026-Q2", "/api/v1/reports/2026-Q2/dprd-ntt/x", "/api/v1/reports//dprd-ntt",
    ])
    func unknownPathsStay404(path: String) async throws {
        let fixture = try ServeFixture()
        defer { fixture.delete() }
        try await fixture.withClient { client in
            let response = try await client.call(.post, path, token: fixture.secretariatToken)
            #expect(response.status == .notFound)
            #expect(response.errorCode == "not_found")
        }
    }
}
