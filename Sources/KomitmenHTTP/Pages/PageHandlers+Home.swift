import Foundation
import Hummingbird
import KomitmenApp
import KomitmenCore
import KomitmenIntake
import KomitmenRender
import KomitmenState

/// A signatory's home: each quarter it reports for, its filing state and due date, the latest
/// receipt, and the secretariat's review.
extension PageHandlers {
    /// At most this many quarters are listed, the latest first.
    static let homeQuarters = 12

    @Sendable func home(_ request: Request, _ context: ServerContext, _ page: PageRequest) async throws -> Response {
        guard let account = page.session?.account else { throw IntakeFailure.unauthenticated }
        let id = context.parameters.get("signatory") ?? ""
        guard Receipt.isValidSignatoryID(id) else { throw APIError.badSignatoryID(id) }
        let workspace = await services.workspace()
        let signatory = try services.signatory(id, for: account, in: workspace)
        guard let declaration = workspace.repository.declaration else { throw IntakeFailure.repositoryHasErrors(1) }
        let l = page.language
        let today = workspace.today
        let first = signatory.firstQuarter(declaration)
        let current = Quarter(containing: today)
        let quarters = first <= current ? Array(first.through(current).reversed().prefix(Self.homeQuarters)) : []
        var rows = HTML()
        for quarter in quarters {
            let due = declaration.dueDate(quarter)
            let state = Self.state(workspace, signatory: id, quarter: quarter, due: due, today: today)
            let versions = try services.store.versions(signatory: id, quarter: quarter)
            var receipt: HTML = "—"
            if let latest = versions.last {
                receipt =
                    "<a href=\"/reports/\(quarter)/\(id)/versions/\(latest.version)\">\(latest.receipt)</a><br><small>v\(latest.version) · \(PageHTML.localTime(latest, workspace.zone).prefix(10)) · <code>\(latest.sha256.prefix(12))…</code></small>"
            }
            var review = HTML()
            if let note = ReviewLock.note(root: services.root, quarter, id) {
                review =
                    "<span class=\"badge \(note.state.rawValue)\">\(PageWords.reviewState(note.state), in: l)</span>"
                if let comment = note.comment { review += "<blockquote>\(comment)</blockquote>" }
            }
            let locked = ReviewLock.isApproved(root: services.root, quarter, id)
            let fill =
                versions.isEmpty && workspace.report(signatory: id, quarter: quarter) == nil
                ? PageWords.fillIn : PageWords.correct
            let action: HTML =
                locked
                ? "\(PageWords.locked, in: l)"
                : "<a class=\"button\" href=\"/reports/\(quarter)/\(id)\">\(fill, in: l)</a>"
            rows += """
                <tr><th scope="row">\(quarter)</th><td data-label="\(PageWords.dueDate, in: l)">\(due)</td>
                <td data-label="\(PageWords.state, in: l)"><span class="badge \(state.css)">\(state.label, in: l)</span></td>
                <td data-label="\(PageWords.receipt, in: l)">\(receipt)</td>
                <td data-label="\(PageWords.review, in: l)">\(review)</td><td>\(action)</td></tr>

                """
        }
        let body: HTML = """
            <p>\(signatory.name) · \(PageWords.today, in: l) \(today)</p>
            <div class="scroll"><table class="stack">
            <thead><tr><th>\(PageWords.quarter, in: l)</th><th>\(PageWords.dueDate, in: l)</th>
            <th>\(PageWords.state, in: l)</th><th>\(PageWords.receipt, in: l)</th>
            <th>\(PageWords.review, in: l)</th><th></th></tr></thead>
            <tbody>
            \(rows)</tbody></table></div>
            """
        // The signatory's own clerk reads "your reports"; the secretariat, whose reports they are.
        let title = account.kind == .secretariat ? PageWords.reportsOf(signatory.name) : PageWords.homeTitle
        return page.page(title, body)
    }

    /// A quarter's state as the home page shows it.
    enum HomeState {
        case filing(FilingState)
        case hasErrors

        var label: Phrase {
            switch self {
            case .filing(let state): state.label
            case .hasErrors: PageWords.hasErrors
            }
        }

        var css: String {
            switch self {
            case .filing(let state): state.rawValue
            case .hasErrors: "missing"
            }
        }
    }

    static func state(
        _ workspace: Workspace, signatory: String, quarter: Quarter, due: CalendarDate, today: CalendarDate
    ) -> HomeState {
        if let report = workspace.report(signatory: signatory, quarter: quarter) {
            return .filing(report.submitted <= due ? .onTime : .late)
        }
        let path = Repository.reportPath(root: workspace.repository.root, quarter: quarter, signatory: signatory)
        if workspace.repository.diagnostics.contains(where: { $0.file == path && $0.severity == .error }) {
            return .hasErrors
        }
        return .filing(today > due ? .missing : .notDue)
    }
}
