import Foundation
import Hummingbird
import KomitmenApp
import KomitmenCore
import KomitmenRender
import KomitmenServer

/// The secretariat's pages: the status grid, the HTML summary of a chosen quarter (live, by
/// KomitmenRender's renderer), and whom to chase with `mailto:` and `wa.me` links.
extension PageHandlers {
    @Sendable func grid(_ request: Request, _ context: ServerContext, _ page: PageRequest) async throws -> Response {
        _ = try secretariat(page)
        let l = page.language
        let summary = try APIRoutes.summary(await services.workspace(), quarter: nil, asOf: nil)
        var head = "<tr><th>\(PageHTML.h(PageWords.signatoryWord.text(l)))</th>"
        for quarter in summary.quarters { head += "<th>\(quarter)</th>" }
        head += "</tr>"
        var rows = ""
        for signatory in summary.signatories {
            rows +=
                "<tr><th scope=\"row\"><a href=\"/signatories/\(PageHTML.h(signatory.id))\">\(PageHTML.h(signatory.name))</a></th>"
            for (index, quarter) in summary.quarters.enumerated() {
                let state = signatory.filing(atQuarter: index)
                let cell =
                    "<span class=\"badge \(state.rawValue)\" title=\"\(PageHTML.h(state.label.text(l)))\">\(state.symbol)"
                    + "<span class=\"sr\"> \(PageHTML.h(state.label.text(l)))</span></span>"
                let link = state == .onTime || state == .late
                rows +=
                    "<td>"
                    + (link ? "<a href=\"/reports/\(quarter)/\(PageHTML.h(signatory.id))/review\">\(cell)</a>" : cell)
                    + "</td>"
            }
            rows += "</tr>\n"
        }
        let legend = FilingState.displayOrder.map {
            "<span class=\"badge \($0.rawValue)\">\($0.symbol)</span> \(PageHTML.h($0.label.text(l)))"
        }.joined(separator: " · ")
        let options = summary.quarters.reversed().map { "<option>\($0)</option>" }.joined()
        let body = """
            <nav class="actions"><a class="button" href="/secretariat/reviews">\(PageHTML.h(PageWords.reviewQueue.text(l)))</a>
            <a class="button" href="/secretariat/chase">\(PageHTML.h(PageWords.chase.text(l)))</a></nav>
            <form method="get" action="/secretariat/summary" class="inline-form">
            <label for="quarter">\(PageHTML.h(PageWords.summaryOf.text(l)))</label>
            <select id="quarter" name="quarter">\(options)</select>
            <button type="submit">\(PageHTML.h(PageWords.show.text(l)))</button></form>
            <p>\(PageHTML.h(PageWords.asOf.text(l))) \(summary.asOf) · \(legend)</p>
            <div class="scroll"><table class="grid"><thead>\(head)</thead><tbody>
            \(rows)</tbody></table></div>
            """
        return page.page(PageWords.statusTitle, body)
    }

    /// The HTML summary as `summary --format html` writes it, sent as it is; its one `<style>`
    /// is admitted by hash, so the page keeps the strict policy.
    @Sendable func summary(_ request: Request, _ context: ServerContext, _ page: PageRequest) async throws -> Response {
        _ = try secretariat(page)
        var quarter: Quarter?
        if let text = request.uri.queryParameters.get("quarter"), !text.isEmpty {
            guard let parsed = APIRoutes.quarter(text) else { throw APIError.badQuarter(text) }
            quarter = parsed
        }
        let summary = try APIRoutes.summary(await services.workspace(), quarter: quarter, asOf: nil)
        let document = RenderedDocument.render(summary, format: .html, language: page.language)
        let html = String(decoding: document.bytes, as: UTF8.self)
        return PageHTML.response(
            html, styleHashes: Self.styles(in: html).map(PageHTML.styleHash), cookies: page.cookies)
    }

    /// The text of each `<style>` element.
    static func styles(in html: String) -> [String] {
        var found: [String] = []
        var rest = html[...]
        while let open = rest.range(of: "<style>"),
            let close = rest.range(of: "</style>", range: open.upperBound..<rest.endIndex)
        {
            found.append(String(rest[open.upperBound..<close.lowerBound]))
            rest = rest[close.upperBound...]
        }
        return found
    }

    /// Whom to chase for the quarter `remind` would choose: each contact with a `mailto:` link
    /// (subject and body of the reminder) and a `wa.me` link when it has a phone.
    @Sendable func chase(_ request: Request, _ context: ServerContext, _ page: PageRequest) async throws -> Response {
        _ = try secretariat(page)
        let l = page.language
        let workspace = await services.workspace()
        let plan: ReminderPlan
        switch workspace.reminders() {
        case .success(let found): plan = found
        case .failure(let failure):
            return page.page(PageWords.chase, PageHTML.notice(failure.message.text(l), kind: "note"))
        }
        var items = ""
        for reminder in plan.reminders {
            var links: [String] = []
            if let email = reminder.contact.email {
                let href =
                    "mailto:\(Self.percent(email, keep: "@"))?subject=\(Self.percent(reminder.subject))&body=\(Self.percent(reminder.body))"
                links.append(
                    "<a class=\"button\" href=\"\(PageHTML.h(href))\">\(PageHTML.h(PageWords.email.text(l)))</a>")
            }
            if let whatsapp = reminder.whatsappLink {
                links.append("<a class=\"button\" href=\"\(PageHTML.h(whatsapp))\" rel=\"noreferrer\">WhatsApp</a>")
            }
            items +=
                "<li><strong>\(PageHTML.h(reminder.signatoryName))</strong> — \(PageHTML.h(reminder.contact.name))"
                + " <small>(\(PageHTML.h(reminder.reason.code)))</small><br>\(links.joined(separator: " "))</li>\n"
        }
        var body = "<p>\(PageHTML.h(plan.heading(l)))</p><ul class=\"list\">\n\(items)</ul>"
        if !plan.withoutContacts.isEmpty {
            body +=
                "<p>\(PageHTML.h(PageWords.noContact.text(l))) \(PageHTML.h(plan.withoutContacts.joined(separator: ", ")))</p>"
        }
        return page.page(PageWords.chase, body)
    }

    /// Percent-encodes all but RFC 3986's unreserved bytes (and `keep`).
    static func percent(_ text: String, keep: String = "") -> String {
        var out = ""
        let kept = Set(keep.utf8)
        for byte in text.utf8 {
            let unreserved =
                (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
                || byte == 0x2D || byte == 0x2E || byte == 0x5F || byte == 0x7E || kept.contains(byte)
            out += unreserved ? String(UnicodeScalar(byte)) : String(format: "%%%02X", byte)
        }
        return out
    }
}
