import Foundation
import Hummingbird
import KomitmenApp
import KomitmenCore
import KomitmenIntake
import KomitmenRender
import KomitmenState

/// The summary of a chosen quarter, live, in pages that stay under 100 KB however many
/// signatories there are: the overview (filing, reviews, roll-ups, goal trends, totals) with a
/// compact table of signatories, `signatoriesPerPage` at a time; each signatory's card on its
/// own page; and the whole printable document as a download, the bytes `summary --format html`
/// writes.
extension PageHandlers {
    static let signatoriesPerPage = 50

    @Sendable func summary(_ request: Request, _ context: ServerContext, _ page: PageRequest) async throws -> Response {
        _ = try secretariat(page)
        let l = page.language
        let summary = try await chosenSummary(request)
        let renderer = HTMLRenderer(language: l)
        let quarter = "\(summary.quarter)"
        let filter = request.uri.queryParameters.get("filing").flatMap { FilingState(rawValue: $0) }
        let shown = summary.signatories.filter { filter == nil || $0.filing == filter }
        let paging = Paging(request, count: shown.count, size: Self.signatoriesPerPage)
        var filters = [
            Self.filterLink(quarter, nil, "\(PageWords.all.text(l)) \(summary.signatories.count)", filter == nil)
        ]
        for state in FilingState.displayOrder {
            let count = summary.signatories.count { $0.filing == state }
            guard count > 0 else { continue }
            filters.append(
                Self.filterLink(quarter, state, "\(state.symbol) \(state.label.text(l)) \(count)", filter == state))
        }
        var rows = ""
        for signatory in shown[paging.range] { rows += Self.summaryRow(signatory, summary, quarter, l) }
        let query = [("quarter", quarter)] + (filter.map { [("filing", $0.rawValue)] } ?? [])
        let body =
            summaryTools(summary, page) + renderer.overview(summary)
            + "<section class=\"signatories\" id=\"signatories\">\n<h2>\(PageHTML.h(PageWords.signatories.text(l)))</h2>\n"
            + "<div class=\"legend\">\(filters.joined(separator: " "))</div>\n"
            + "<table><thead><tr><th>\(PageHTML.h(PageWords.signatoryWord.text(l)))</th>"
            + "<th>\(PageHTML.h(PageWords.stakeholder.text(l)))</th><th>\(PageHTML.h(PageWords.state.text(l)))</th>"
            + "<th>\(PageHTML.h(PageWords.review.text(l)))</th><th>\(PageHTML.h(PageWords.indicators.text(l)))</th>"
            + "</tr></thead>\n<tbody>\n\(rows)</tbody></table>\n"
            + paging.links("/secretariat/summary", query: query, l) + "</section>\n"
        return Self.summaryPage(summary.heading(l), body, page)
    }

    /// One signatory's card for the chosen quarter, as the whole summary shows it.
    @Sendable func summarySignatory(_ request: Request, _ context: ServerContext, _ page: PageRequest) async throws
        -> Response
    {
        let account = try secretariat(page)
        let l = page.language
        let id = context.parameters.get("signatory") ?? ""
        guard Receipt.isValidSignatoryID(id) else { throw APIError.badSignatoryID(id) }
        _ = try services.signatory(id, for: account, in: await services.workspace())
        let summary = try await chosenSummary(request)
        guard let signatory = summary.signatories.first(where: { $0.id == id }) else { throw APIError.notFound }
        let quarter = "\(summary.quarter)"
        var links = [
            "<a href=\"/secretariat/summary?quarter=\(quarter)\">\(PageHTML.h(PageWords.backToSummary.text(l)))</a>",
            "<a href=\"/signatories/\(PageHTML.h(id))\">\(PageHTML.h(PageWords.signatoryHome.text(l)))</a>",
        ]
        if signatory.filing == .onTime || signatory.filing == .late {
            links.append(
                "<a href=\"/reports/\(quarter)/\(PageHTML.h(id))/review\">\(PageHTML.h(PageWords.review.text(l)))</a>")
        }
        let body =
            "<div class=\"tools\">\(links.joined(separator: " · "))</div>\n"
            + "<header class=\"top\"><p class=\"eyebrow\">\(PageHTML.h(summary.heading(l)))</p>"
            + "<h1>\(PageHTML.h(signatory.name))</h1></header>\n"
            + HTMLRenderer(language: l).signatoryCard(signatory, in: summary)
        return Self.summaryPage(signatory.name + " · " + summary.heading(l), body, page)
    }

    /// The whole summary, to save and print: not a page (it grows with the signatories), so it
    /// comes as an attachment, byte for byte what `komitmen summary --format html` writes.
    @Sendable func summaryDownload(_ request: Request, _ context: ServerContext, _ page: PageRequest) async throws
        -> Response
    {
        _ = try secretariat(page)
        let summary = try await chosenSummary(request)
        let document = RenderedDocument.render(summary, format: .html, language: page.language)
        let html = String(decoding: document.bytes, as: UTF8.self)
        // Only the renderer's own style sheet is admitted, never a `<style>` found in the answer.
        var response = PageHTML.response(html, styleHashes: [Self.downloadStyleHash], cookies: page.cookies)
        response.headers[.contentDisposition] =
            "attachment; filename=\"summary-\(summary.quarter)-\(page.language.rawValue).html\""
        return response
    }

    /// The summary of `?quarter=` (400 when it is not one, or beyond four quarters after today's),
    /// else of the quarter `summary` chooses.
    func chosenSummary(_ request: Request) async throws -> Summary {
        let workspace = await services.workspace()
        var quarter: Quarter?
        if let text = request.uri.queryParameters.get("quarter"), !text.isEmpty {
            quarter = try QueryBounds(today: workspace.today).quarter(text)
        }
        return try APIRoutes.summary(services.summaries, workspace, quarter: quarter, asOf: nil)
    }

    /// The links above a summary: the grid, another quarter, the download.
    func summaryTools(_ summary: Summary, _ page: PageRequest) -> String {
        let l = page.language
        let options = summary.quarters.reversed().map {
            "<option\($0 == summary.quarter ? " selected" : "")>\($0)</option>"
        }.joined()
        return """
            <div class="tools"><a href="/secretariat">\(PageHTML.h(PageWords.statusGrid.text(l)))</a>
            <form method="get" action="/secretariat/summary"><label for="quarter">\(PageHTML.h(PageWords.summaryOf.text(l)))</label>
            <select id="quarter" name="quarter">\(options)</select>
            <button type="submit">\(PageHTML.h(PageWords.show.text(l)))</button></form>
            <a href="/secretariat/summary.html?quarter=\(summary.quarter)" download>\(PageHTML.h(PageWords.download.text(l)))</a></div>

            """
    }

    static func filterLink(_ quarter: String, _ state: FilingState?, _ label: String, _ current: Bool) -> String {
        let href =
            "/secretariat/summary?quarter=\(quarter)" + (state.map { "&filing=\($0.rawValue)" } ?? "") + "#signatories"
        let swatch = state.map { "<i class=\"swatch f-\($0.rawValue)\"></i>" } ?? ""
        return current
            ? "<span><strong>\(swatch)\(PageHTML.h(label))</strong></span>"
            : "<span><a href=\"\(PageHTML.h(href))\">\(swatch)\(PageHTML.h(label))</a></span>"
    }

    /// A signatory's row: its card's link, kind, filing, review and indicator statuses counted.
    static func summaryRow(_ signatory: SignatorySummary, _ summary: Summary, _ quarter: String, _ l: Language)
        -> String
    {
        let id = PageHTML.h(signatory.id)
        var statuses = ""
        for status in IndicatorStatus.allCases {
            let count = signatory.indicators.count { $0.status == status }
            guard count > 0 else { continue }
            statuses +=
                "<span class=\"badge s-\(status.rawValue)\" title=\"\(PageHTML.h(status.label.text(l)))\">\(count)</span> "
        }
        let review =
            signatory.review.map {
                "<span class=\"badge r-\($0.state.rawValue)\">\(PageHTML.h($0.state.label.text(l)))</span>"
            } ?? ""
        return
            "<tr><td><a href=\"/secretariat/summary/\(id)?quarter=\(quarter)\">\(PageHTML.h(signatory.name))</a></td>"
            + "<td class=\"small\">\(PageHTML.h(summary.stakeholderName(signatory.stakeholder).text(l)))</td>"
            + "<td><span class=\"badge f-\(signatory.filing.rawValue)\">\(PageHTML.h(signatory.filingText(l)))</span></td>"
            + "<td>\(review)</td><td>\(statuses)</td></tr>\n"
    }
}
