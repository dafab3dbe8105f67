import Foundation
import HTTPTypes
import Hummingbird
import KomitmenCore
import KomitmenServer

/// What every page needs of its request: the language (`?lang=` then the `lang` cookie, else
/// Indonesian), the session of the cookie, and the path (for the language switch).
struct PageRequest: Sendable {
    static let sessionCookie = "komitmen_session"
    static let languageCookie = "komitmen_lang"
    static let loginCookie = "komitmen_login"

    var request: Request
    var language: Language
    var session: PageSession?
    var sessionToken: String?
    var path: String
    /// `Set-Cookie` values every answer to this request carries (the language chosen).
    var cookies: [String] = []
    var secure: Bool

    init(_ request: Request, services: ServeServices) {
        self.request = request
        let cookies = Self.cookies(request)
        path = request.uri.path
        secure = Self.isSecure(request, host: services.configuration.host)
        let asked = request.uri.queryParameters.get("lang").flatMap { Language(rawValue: $0) }
        language = asked ?? cookies[Self.languageCookie].flatMap { Language(rawValue: $0) } ?? .id
        if let asked {
            self.cookies.append(Self.cookie(Self.languageCookie, asked.rawValue, secure: secure, maxAge: 365 * 86400))
        }
        sessionToken = cookies[Self.sessionCookie]
        if let token = sessionToken {
            session = try? services.store.session(token, now: services.configuration.now())
        }
    }

    func cookie(_ name: String) -> String? { Self.cookies(request)[name] }

    /// The request's cookies by name (the first of each name; at most 64 looked at).
    static func cookies(_ request: Request) -> [String: String] {
        var found: [String: String] = [:]
        for header in request.headers[values: .cookie].prefix(8) {
            for part in header.split(separator: ";").prefix(64) {
                let pair = part.split(separator: "=", maxSplits: 1)
                guard pair.count == 2 else { continue }
                let name = pair[0].trimmingCharacters(in: .whitespaces)
                if found[name] == nil { found[name] = pair[1].trimmingCharacters(in: .whitespaces) }
            }
        }
        return found
    }

    /// `Secure` unless the server listens on the loopback and no proxy says the browser used TLS:
    /// a cookie marked Secure is never sent back over plain HTTP, so a loopback test must go without.
    static func isSecure(_ request: Request, host: String) -> Bool {
        if request.headers[HTTPField.Name("X-Forwarded-Proto")!]?.lowercased() == "https" { return true }
        return !["127.0.0.1", "::1", "localhost"].contains(host)
    }

    /// A `Set-Cookie` value: never readable by script, never sent from another site.
    static func cookie(_ name: String, _ value: String, secure: Bool, maxAge: Int? = nil) -> String {
        var text = "\(name)=\(value); Path=/; HttpOnly; SameSite=Strict"
        if let maxAge { text += "; Max-Age=\(maxAge)" }
        if secure { text += "; Secure" }
        return text
    }

    func page(_ title: Phrase, _ body: String, status: HTTPResponse.Status = .ok, styleHashes: [String] = [])
        -> Response
    {
        PageHTML.response(
            PageHTML.document(title, body, self), status: status, styleHashes: styleHashes, cookies: cookies)
    }

    /// An error as a page, in the page's language.
    func errorPage(_ error: APIError) -> Response {
        var response = page(
            PageWords.problem,
            PageHTML.notice(error.message.text(language), kind: "error")
                + "<p><a href=\"/\">\(PageHTML.h(PageWords.backHome.text(language)))</a></p>", status: error.status)
        for field in error.headers where field.name != .wwwAuthenticate && field.name != .connection {
            response.headers.append(field)
        }
        return response
    }
}
