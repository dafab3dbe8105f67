import Foundation
import Hummingbird
import HummingbirdTesting
import KomitmenHTTP

/// A browser as the page tests need one: it keeps cookies, reads each form's CSRF token from the
/// page, and posts forms url-encoded.
final class PageClient: @unchecked Sendable {
    let client: any TestClientProtocol
    var cookies: [String: String] = [:]

    init(_ client: any TestClientProtocol) { self.client = client }

    @discardableResult
    func get(_ uri: String) async throws -> TestResponse {
        try await send(.get, uri)
    }

    @discardableResult
    func post(_ uri: String, _ fields: [(String, String)], type: String = "application/x-www-form-urlencoded")
        async throws -> TestResponse
    {
        let body = fields.map { "\(Self.encode($0.0))=\(Self.encode($0.1))" }.joined(separator: "&")
        return try await send(.post, uri, body: Array(body.utf8), type: type)
    }

    func send(_ method: HTTPRequest.Method, _ uri: String, body: [UInt8]? = nil, type: String? = nil) async throws
        -> TestResponse
    {
        var headers: HTTPFields = [:]
        if !cookies.isEmpty { headers[.cookie] = cookies.map { "\($0.key)=\($0.value)" }.joined(separator: "; ") }
        if let type { headers[.contentType] = type }
        let response = try await client.execute(
            uri: uri, method: method, headers: headers, body: body.map { ByteBuffer(bytes: $0) })
        for value in response.headers[values: .setCookie] {
            let pair = value.split(separator: ";")[0].split(
                separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard pair.count == 2 else { continue }
            if value.contains("Max-Age=0") {
                cookies[String(pair[0])] = nil
            } else {
                cookies[String(pair[0])] = String(pair[1])
            }
        }
        return response
    }

    /// Signs in with `token` through the login form; the answer to the POST.
    @discardableResult
    func login(_ token: String) async throws -> TestResponse {
        let page = try await get("/login")
        return try await post("/login", [("csrf", Self.csrf(page.text) ?? ""), ("token", token)])
    }

    /// The CSRF token of the first form on a page.
    static func csrf(_ html: String) -> String? {
        guard let range = html.range(of: "name=\"csrf\" value=\"") else { return nil }
        let rest = html[range.upperBound...]
        return rest.firstIndex(of: "\"").map { String(rest[..<$0]) }
    }

    static func encode(_ text: String) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return text.addingPercentEncoding(withAllowedCharacters: allowed) ?? ""
    }
}
