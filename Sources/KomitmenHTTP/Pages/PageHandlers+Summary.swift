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
        var rows = HTML()
        for signatory in shown[paging.range] { rows += Self.summaryRow(signatory, summary, quarter, l) }
        let query = [("quarter", quarter)] + (filter.map { [("filing", $0.rawValue)] } ?? [])
        var body = summaryTools(summary, page)
        body += renderer.overview(summary)
        body += """
            <section class="signatories" id="signatories">
            <h2>\(PageWords.signatories, in: l)</h2>
            <div class="legend">\(filters.joined(separator: " "))</div>
            <div class="table-scroll"><table><thead><tr><th>\(PageWords.signatoryWord, in: l)</th>\
            <th>\(PageWords.stakeholder, in: l)</th><th>\(PageWords.state, in: l)</th>\
            <th>\(PageWords.review, in: l)</th><th>\(PageWords.indicators, in: l)</th>\
            </tr></thead>
            <tbody>
            \(rows)</tbody></table></div>
            \(paging.links("/secretariat/summary", query: query, l))</section>

            """
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
        var links: [HTML] = [
            "<a href=\"/secretariat/summary?quarter=\(quarter)\">\(PageWords.backToSummary, in: l)</a>",
            "<a href=\"/signatories/\(id)\">\(PageWords.signatoryHome, in: l)</a>",
        ]
        if signatory.filing == .onTime || signatory.filing == .late {
            links.append("<a href=\"/reports/\(quarter)/\(id)/review\">\(PageWords.review, in: l)</a>")
        }
        let body: HTML = """
            <div class="tools">\(links.joined(separator: " · "))</div>
            <header class="top"><p class="eyebrow">\(summary.heading(l))</p><h1>\(signatory.name)</h1></header>
            \(HTMLRenderer(language: l).signatoryCard(signatory, in: summary))
            """
        return Self.summaryPage(signatory.name + " · " + summary.heading(l), body, page)
    }

    /// The whole summary, to save and print: not a page (it grows with the signatories), so it
    /// comes as an attachment, byte for byte what `komitmen summary --format html` writes.
    @Sendable func summaryDownload(_ request: Request, _ context: ServerContext, _ page: PageRequest) async throws
        -> Response
    {
        _ = try secretariat(page)
        let summary = try await chosenSummary(request)
        let document = HTMLRenderer(language: page.language).document(summary)
        // Only the renderer's own style sheet is admitted, never a `<style>` found in the answer.
        var response = PageHTML.response(document, styleHashes: [Self.downloadStyleHash], cookies: page.cookies)
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
    func summaryTools(_ summary: Summary, _ page: PageRequest) -> HTML {
        let l = page.language
        let options = summary.quarters.reversed().map { quarter -> HTML in
            let selected: HTML = quarter == summary.quarter ? " selected" : ""
            return "<option\(selected)>\(quarter)</option>"
        }.joined()
        return """
            <div class="tools"><a href="/secretariat">\(PageWords.statusGrid, in: l)</a>
            <form method="get" action="/secretariat/summary"><label for="quarter">\(PageWords.summaryOf, in: l)</label>
            <select id="quarter" name="quarter">\(options)</select>
            <button type="submit">\(PageWords.show, in: l)</button></form>
            <a href="/secretariat/summary.html?quarter=\(summary.quarter)" download>\(PageWords.download, in: l)</a></div>

            """
    }

    static func filterLink(_ quarter: String, _ state: FilingState?, _ label: String, _ current: Bool) -> HTML {
        let href =
            "/secretariat/summary?quarter=\(quarter)" + (state.map { "&filing=\($0.rawValue)" } ?? "") + "#signatories"
        let swatch = state.map { state -> HTML in "<i class=\"swatch f-\(state.rawValue)\"></i>" } ?? HTML()
        return current
            ? "<span><strong>\(swatch)\(label)</strong></span>"
            : "<span><a href=\"\(href)\">\(swatch)\(label)</a></span>"
    }

    /// A signatory's row: its card's link, kind, filing, review and indicator statuses counted.
    static func summaryRow(_ signatory: SignatorySummary, _ summary: Summary, _ quarter: String, _ l: Language)
        -> HTML
    {
        let id = signatory.id
        var statuses = HTML()
        for status in IndicatorStatus.allCases {
            let count = signatory.indicators.count { $0.status == status }
            guard count > 0 else { continue }
            statuses += "<span class=\"badge s-\(status.rawValue)\" title=\"\(status.label, in: l)\">\(count)</span> "
        }
        let review =
            signatory.review.map { review -> HTML in
                "<span class=\"badge r-\(review.state.rawValue)\">\(review.state.label, in: l)</span>"
            } ?? HTML()
        return """
            <tr><td><a href="/secretariat/summary/\(id)?quarter=\(quarter)">\(signatory.name)</a></td>\
            <td class="small">\(summary.stakeholderName(signatory.stakeholder), in: l)</td>\
            <td><span class="badge f-\(signatory.filing.rawValue)">\(signatory.filingText(l))</span></td>\
            <td>\(review)</td><td>\(statuses)</td></tr>

            """
    }
}
