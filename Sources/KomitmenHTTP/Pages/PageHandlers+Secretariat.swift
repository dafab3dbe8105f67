import Foundation
import Hummingbird
import KomitmenApp
import KomitmenCore
import KomitmenIntake
import KomitmenRender
import KomitmenState

/// The secretariat's pages: the status grid, the HTML summary of a chosen quarter (live, by
/// KomitmenRender's renderer), and whom to chase with `mailto:` and `wa.me` links.
extension PageHandlers {
    static let gridRows = 50
    static let gridQuarters = 8

    /// Signatories `gridRows` at a time, quarters `gridQuarters` at a time (`?end=Q`, the last
    /// shown; the latest by default), so the grid stays small however long the declaration runs.
    @Sendable func grid(_ request: Request, _ context: ServerContext, _ page: PageRequest) async throws -> Response {
        _ = try secretariat(page)
        let l = page.language
        let summary = try APIRoutes.summary(services.summaries, await services.workspace(), quarter: nil, asOf: nil)
        let all = summary.quarters
        let asked: String? = request.uri.queryParameters.get("end")
        let found = asked.flatMap { text in all.lastIndex { "\($0)" == text } }
        let end = found ?? (all.count - 1)
        let window = max(0, end - Self.gridQuarters + 1)..<(end + 1)
        let paging = Paging(request, count: summary.signatories.count, size: Self.gridRows)
        var head: HTML = "<tr><th>\(PageWords.signatoryWord, in: l)</th>"
        for index in window where index < all.count { head += "<th>\(all[index])</th>" }
        head += "</tr>"
        var rows = HTML()
        for signatory in summary.signatories[paging.range] {
            let id = signatory.id
            rows += "<tr><th scope=\"row\"><a href=\"/signatories/\(id)\">\(signatory.name)</a></th>"
            for index in window where index < all.count {
                let state = signatory.filing(atQuarter: index)
                let cell: HTML =
                    "<span class=\"badge \(state.rawValue)\">\(state.symbol)<span class=\"sr\"> \(state.label, in: l)</span></span>"
                let link = state == .onTime || state == .late
                rows +=
                    link ? "<td><a href=\"/reports/\(all[index])/\(id)/review\">\(cell)</a></td>" : "<td>\(cell)</td>"
            }
            rows += "</tr>\n"
        }
        let legend = FilingState.displayOrder.map { state -> HTML in
            "<span class=\"badge \(state.rawValue)\">\(state.symbol)</span> \(state.label, in: l)"
        }.joined(separator: " · ")
        let options = all.reversed().map { quarter -> HTML in "<option>\(quarter)</option>" }.joined()
        let pageQuery = [("page", String(paging.page))]
        var shift: [HTML] = []
        if window.lowerBound > 0 {
            shift.append(Self.gridLink(pageQuery, end: all[window.lowerBound - 1], "‹ " + PageWords.earlier.text(l)))
        }
        if end + 1 < all.count {
            shift.append(
                Self.gridLink(
                    pageQuery, end: all[min(end + Self.gridQuarters, all.count - 1)], PageWords.later.text(l) + " ›"))
        }
        let shifts: HTML = shift.isEmpty ? "" : "<p>\(shift.joined(separator: " · "))</p>"
        let body: HTML = """
            <nav class="actions"><a class="button" href="/secretariat/reviews">\(PageWords.reviewQueue, in: l)</a>
            <a class="button" href="/secretariat/chase">\(PageWords.chase, in: l)</a></nav>
            <form method="get" action="/secretariat/summary" class="inline-form">
            <label for="quarter">\(PageWords.summaryOf, in: l)</label>
            <select id="quarter" name="quarter">\(options)</select>
            <button type="submit">\(PageWords.show, in: l)</button></form>
            <p>\(PageWords.asOf, in: l) \(summary.asOf) · \(legend)</p>
            \(shifts)
            <div class="scroll"><table class="grid"><thead>\(head)</thead><tbody>
            \(rows)</tbody></table></div>
            \(paging.links("/secretariat", query: found.map { [("end", "\(all[$0])")] } ?? [], l))
            """
        return page.page(PageWords.statusTitle, body)
    }

    static func gridLink(_ query: [(String, String)], end: Quarter, _ label: String) -> HTML {
        let text = (query + [("end", "\(end)")]).map { "\($0.0)=\(percent($0.1))" }.joined(separator: "&")
        return "<a href=\"/secretariat?\(text)\">\(label)</a>"
    }

    static let chaseItems = 20
    /// The lines stop once the page holds this much; one line is at most ~30 KB (`ChaseItem.shortened`).
    static let chaseBytes = 60_000

    /// Whom to chase, every quarter with something open (`Workspace.openReminders`), newest
    /// first under each quarter's heading: each contact with a `mailto:` link (subject and body
    /// of the reminder, in the contact's language, linking to the form at the server's public
    /// address) and a `wa.me` link when it has a phone; a signatory without contacts is named.
    @Sendable func chase(_ request: Request, _ context: ServerContext, _ page: PageRequest) async throws -> Response {
        _ = try secretariat(page)
        let l = page.language
        let workspace = await services.workspace()
        let plans: [ReminderPlan]
        switch workspace.openReminders(baseURL: services.configuration.publicAddress) {
        case .success(let found): plans = found
        case .failure(let failure):
            return page.page(PageWords.chase, PageHTML.notice(failure.message.text(l), kind: "note"))
        }
        guard plans.contains(where: { !$0.reminders.isEmpty || !$0.withoutContacts.isEmpty }) else {
            return page.page(
                PageWords.chase, PageHTML.notice(PageWords.nothingToChase(workspace.today).text(l), kind: "note"))
        }
        // Each plan's reminders, then its signatories without contacts, as one list to page through.
        let items = plans.flatMap { plan in
            plan.reminders.map { ChaseItem.reminder($0, plan) }
                + plan.withoutContacts.map { ChaseItem.noContact($0, plan) }
        }
        // Up to 20 lines from `?from=N`, fewer when their links (each carrying its whole message)
        // fill the page's budget first; the next page starts where this one stopped.
        let asked = request.uri.queryParameters.get("from").flatMap { Int($0.prefix(9)) } ?? 0
        let start = min(max(asked, 0), max(items.count - 1, 0))
        var body = HTML()
        var shown: Quarter?
        var next = start
        while next < items.count, next - start < Self.chaseItems, body.byteCount < Self.chaseBytes {
            let item = items[next]
            let plan = item.plan
            if shown != plan.quarter {
                if shown != nil { body += "</ul>\n" }
                body += "<h2>\(plan.heading(l))</h2><ul class=\"list\">\n"
                shown = plan.quarter
            }
            body += Self.chaseLine(item, workspace, l)
            next += 1
        }
        body += "</ul>\n<nav class=\"pages\">\(PageWords.linesOf(start + 1, next, items.count), in: l)"
        if start > 0 { body += " · <a href=\"/secretariat/chase\">\(PageWords.firstPage, in: l)</a>" }
        if next < items.count {
            body += " · <a href=\"/secretariat/chase?from=\(next)\" rel=\"next\">\(PageWords.next, in: l) ›</a>"
        }
        body += "</nav>\n"
        return page.page(PageWords.chase, body)
    }

    /// One line of the chase list.
    static func chaseLine(_ item: ChaseItem, _ workspace: Workspace, _ l: Language) -> HTML {
        switch item {
        case .reminder(let whole, _):
            let reminder = ChaseItem.shortened(whole)
            var links: [HTML] = []
            if let email = reminder.contact.email {
                let href =
                    "mailto:\(Self.percent(email, keep: "@"))?subject=\(Self.percent(reminder.subject))&body=\(Self.percent(reminder.body))"
                links.append("<a class=\"button\" href=\"\(href)\">\(PageWords.email, in: l)</a>")
            }
            if let whatsapp = reminder.whatsappLink {
                links.append(
                    "<a class=\"button\" href=\"\(whatsapp)\" rel=\"noreferrer\">\(PageWords.whatsapp, in: l)</a>")
            }
            return
                "<li><strong>\(reminder.signatoryName)</strong> — \(reminder.contact.name) <small>(\(reminder.reason.label, in: l))</small><br>\(links.joined(separator: " "))</li>\n"
        case .noContact(let id, _):
            let name = workspace.repository.signatory(id)?.name ?? id
            return "<li><strong>\(name)</strong> — \(PageWords.noContact, in: l) \(id)</li>\n"
        }
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
