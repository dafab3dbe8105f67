import Foundation
import HTTPTypes
import Hummingbird
import KomitmenCore
import KomitmenRender
import KomitmenState

/// The pages' answers (headers, policy, redirects) and their frame (the navigation and the page
/// around a body): what needs HTTP.
extension PageHTML {
    /// The pages' policy: nothing but this server's stylesheet, no script at all, forms only back
    /// here, never framed. `styleHashes` admit a document's own `<style>` (the HTML summary).
    static func securityPolicy(styleHashes: [String] = []) -> String {
        let styles = (["'self'"] + styleHashes.map { "'sha256-\($0)'" }).joined(separator: " ")
        return "default-src 'none'; style-src \(styles); img-src 'self' data:; form-action 'self'; "
            + "frame-ancestors 'none'; base-uri 'none'"
    }

    /// An HTML answer with the pages' headers.
    static func response(
        _ html: HTML, status: HTTPResponse.Status = .ok, styleHashes: [String] = [],
        cookies: [String] = []
    ) -> Response {
        var headers: HTTPFields = [
            .contentType: "text/html; charset=utf-8",
            .contentSecurityPolicy: securityPolicy(styleHashes: styleHashes),
            .xContentTypeOptions: "nosniff",
            .cacheControl: "no-store",
            HTTPField.Name("X-Frame-Options")!: "DENY",
            // Not `no-referrer`: under it a browser sends `Origin: null` with this server's own
            // forms, and the pages' Origin check could not tell them from another site's.
            HTTPField.Name("Referrer-Policy")!: "same-origin",
        ]
        for cookie in cookies { headers.append(HTTPField(name: .setCookie, value: cookie)) }
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(string: html.markup)))
    }

    /// A 303 to `location` (a path on this server), after a POST.
    static func redirect(_ location: String, cookies: [String] = []) -> Response {
        var headers: HTTPFields = [.location: location, .cacheControl: "no-store"]
        for cookie in cookies { headers.append(HTTPField(name: .setCookie, value: cookie)) }
        return Response(status: .seeOther, headers: headers)
    }

    /// A whole page: the language switch, the signed-in account with its logout form, and `body`.
    static func document(_ title: Phrase, _ body: HTML, _ page: PageRequest) -> HTML {
        let language = page.language
        let nav = navigation(page)
        return """
            <!DOCTYPE html>
            <html lang="\(language.rawValue)">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(title, in: language) · komitmen</title>
            <link rel="stylesheet" href="/assets/pages.css">
            </head>
            <body>
            <header><nav>\(nav)</nav></header>
            <main>
            <h1>\(title, in: language)</h1>
            \(body)
            </main>
            </body>
            </html>

            """
    }

    /// Home, the signed-in account with its logout form, and the language switch (which keeps
    /// the rest of the query, so a summary stays on its quarter and page).
    static func navigation(_ page: PageRequest) -> HTML {
        let language = page.language
        var nav: HTML = "<a href=\"/\">\(PageWords.home, in: language)</a>"
        if let session = page.session {
            nav += "<span class=\"who\">\(session.account.who)</span>"
            nav +=
                "<form method=\"post\" action=\"/logout\" class=\"inline\">\(csrfField(session.csrf))<button type=\"submit\">\(PageWords.logout, in: language)</button></form>"
        }
        var query = ""
        for (key, value) in page.request.uri.queryParameters.prefix(8) where key != "lang" {
            query += "\(PageHandlers.percent(String(key)))=\(PageHandlers.percent(String(value)))&"
        }
        // A query alone keeps the page's own path: the path as asked (`//login`) would be a link
        // to another host.
        for other in Language.allCases where other != language {
            nav += "<a href=\"?\(query)lang=\(other.rawValue)\" lang=\"\(other.rawValue)\">\(other.endonym)</a>"
        }
        return nav
    }

    /// The base64 SHA-256 of a `<style>` element's text, for `style-src`.
    static func styleHash(_ css: String) -> String {
        let hex = sha256Hex(Array(css.utf8))
        var bytes: [UInt8] = []
        var index = hex.startIndex
        while index < hex.endIndex {
            let next = hex.index(index, offsetBy: 2)
            bytes.append(UInt8(hex[index..<next], radix: 16) ?? 0)
            index = next
        }
        return Data(bytes).base64EncodedString()
    }
}
