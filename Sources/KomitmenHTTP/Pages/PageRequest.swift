import Foundation
import HTTPTypes
import Hummingbird
import KomitmenCore
import KomitmenRender
import KomitmenState

/// What every page needs of its request: the language (`?lang=` then the `lang` cookie, else
/// Indonesian), the session of the cookie, and the cookies to set.
struct PageRequest: Sendable {
    static let sessionCookie = "komitmen_session"
    static let languageCookie = "komitmen_lang"
    static let loginCookie = "komitmen_login"

    var request: Request
    var language: Language
    var session: PageSession?
    var sessionToken: String?
    /// `Set-Cookie` values every answer to this request carries (the language chosen).
    var cookies: [String] = []
    var secure: Bool

    init(_ request: Request, services: ServeServices) {
        self.request = request
        let cookies = Self.cookies(request)
        secure = Self.isSecure(request, host: services.configuration.host)
        let asked = request.uri.queryParameters.get("lang").flatMap { Language(rawValue: $0) }
        language =
            asked ?? cookies[Self.name(Self.languageCookie, secure: secure)].flatMap { Language(rawValue: $0) } ?? .id
        if let asked {
            self.cookies.append(Self.cookie(Self.languageCookie, asked.rawValue, secure: secure, maxAge: 365 * 86400))
        }
        sessionToken = cookies[Self.name(Self.sessionCookie, secure: secure)]
        if let token = sessionToken {
            session = try? services.store.session(token, now: services.configuration.now())
        }
    }

    /// The value of this server's cookie `base` (by its name over TLS or not).
    func cookie(_ base: String) -> String? { Self.cookies(request)[Self.name(base, secure: secure)] }

    /// Over TLS every cookie is named `__Host-…`: a browser keeps such a cookie only from this
    /// very host, with `Secure` and `Path=/`, so a neighbouring subdomain cannot plant a login
    /// token of its choosing. Plain HTTP on the loopback cannot carry `Secure`, so not there.
    static func name(_ base: String, secure: Bool) -> String { secure ? "__Host-" + base : base }

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

    /// Whether a form came from this server's own pages, a second line behind the CSRF token:
    /// `Sec-Fetch-Site`, which browsers set themselves, must not say another site; without it,
    /// `Origin` must name this host (`null`, which a sandboxed or privacy-minded page sends, never
    /// does). A client that sends neither (an old browser, a script) relies on the token alone.
    var isSameOrigin: Bool {
        if let site = request.headers[HTTPField.Name("Sec-Fetch-Site")!]?.lowercased() {
            return site == "same-origin" || site == "none"
        }
        guard let origin = request.headers[.origin] else { return true }
        let lowered = origin.lowercased()
        guard let scheme = ["http://", "https://"].first(where: { lowered.hasPrefix($0) }),
            let host = request.head.authority?.lowercased(), !host.isEmpty
        else { return false }
        return lowered.dropFirst(scheme.count) == host[...]
    }

    /// `Secure` unless the server listens on the loopback and no proxy says the browser used TLS:
    /// a cookie marked Secure is never sent back over plain HTTP, so a loopback test must go without.
    static func isSecure(_ request: Request, host: String) -> Bool {
        if request.headers[HTTPField.Name("X-Forwarded-Proto")!]?.lowercased() == "https" { return true }
        return !["127.0.0.1", "::1", "localhost"].contains(host)
    }

    /// A `Set-Cookie` value: never readable by script, never sent from another site.
    static func cookie(_ base: String, _ value: String, secure: Bool, maxAge: Int? = nil) -> String {
        var text = "\(name(base, secure: secure))=\(value); Path=/; HttpOnly; SameSite=Strict"
        if let maxAge { text += "; Max-Age=\(maxAge)" }
        if secure { text += "; Secure" }
        return text
    }

    /// DESIGN: a page is at most 200 KB (the printable summary download aside).
    static let maxPageBytes = 200_000

    /// The page of `body`; past `maxPageBytes` (a report's texts quoted in a thousand messages,
    /// say) a short page that says so instead, so no answer grows with what a client sent.
    func page(_ title: Phrase, _ body: HTML, status: HTTPResponse.Status = .ok, styleHashes: [String] = [])
        -> Response
    {
        var document = PageHTML.document(title, body, self)
        if document.byteCount > Self.maxPageBytes {
            let notice = PageHTML.notice(
                PageWords.pageTooLarge(document.byteCount / 1000).text(language), kind: "note")
            document = PageHTML.document(
                title, "\(notice)<p><a href=\"/\">\(PageWords.backHome, in: language)</a></p>", self)
        }
        return PageHTML.response(document, status: status, styleHashes: styleHashes, cookies: cookies)
    }

    /// An error as a page, in the page's language.
    func errorPage(_ error: APIError, details: HTML = HTML()) -> Response {
        let notice = PageHTML.notice(error.message.text(language), kind: "error")
        var response = page(
            PageWords.problem, "\(notice)\(details)<p><a href=\"/\">\(PageWords.backHome, in: language)</a></p>",
            status: error.status)
        for field in error.headers where field.name != .wwwAuthenticate && field.name != .connection {
            response.headers.append(field)
        }
        return response
    }
}
