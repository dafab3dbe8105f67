import Foundation
import Hummingbird
import KomitmenApp
import KomitmenCore
import KomitmenIntake
import KomitmenRender
import KomitmenState

/// The secretariat's review (issue 12): the queue of filings not yet reviewed, one filing's
/// versions with a line diff between any two, and approve / request changes with a comment,
/// written by `ServeServices.setReview` as the API writes it.
extension PageHandlers {
    static let queuePerPage = 100
    /// The review page lists this many versions (the latest) and this much of a diff.
    static let versionsListed = 20
    static let diffBytes = 48_000

    @Sendable func reviewQueue(_ request: Request, _ context: ServerContext, _ page: PageRequest) async throws
        -> Response
    {
        _ = try secretariat(page)
        let l = page.language
        let workspace = await services.workspace()
        var items = HTML()
        // Newest quarters first; a report on file with no review file is waiting.
        let waiting = workspace.repository.reports.sorted(by: { ($0.period, $0.signatory) > ($1.period, $1.signatory) })
            .compactMap { report in
                let note = ReviewLock.note(root: services.root, report.period, report.signatory)
                return note == nil || note?.state == .changesRequested ? (report, note) : nil
            }
        let paging = Paging(request, count: waiting.count, size: Self.queuePerPage)
        for (report, note) in waiting[paging.range] {
            let name = workspace.repository.signatory(report.signatory)?.name ?? report.signatory
            let state = note.map { PageWords.reviewState($0.state) } ?? PageWords.received
            let badge = note?.state.rawValue ?? "received"
            items +=
                "<li><a href=\"/reports/\(report.period)/\(report.signatory)/review\">\(report.period) · \(name)</a> <span class=\"badge \(badge)\">\(state, in: l)</span> <small>\(PageWords.submittedOn, in: l) \(report.submitted)</small></li>\n"
        }
        let body: HTML =
            items.isEmpty
            ? PageHTML.notice(PageWords.queueEmpty.text(l), kind: "ok")
            : "<ul class=\"list\">\n\(items)</ul>\(paging.links("/secretariat/reviews", query: [], l))"
        return page.page(PageWords.reviewQueue, body)
    }

    @Sendable func reviewPage(_ request: Request, _ context: ServerContext, _ page: PageRequest) async throws
        -> Response
    {
        _ = try secretariat(page)
        let (_, quarter, signatory, workspace) = try await target(context, page)
        return try renderReview(request, page, quarter, signatory, workspace: workspace, message: nil)
    }

    func renderReview(
        _ request: Request, _ page: PageRequest, _ quarter: Quarter, _ signatory: Signatory, workspace: Workspace,
        message: String?
    ) throws -> Response {
        let l = page.language
        let zone = workspace.zone
        let names = try accountNames(workspace)
        let versions = try services.store.versions(signatory: signatory.id, quarter: quarter)
        func number(_ name: String, _ fallback: Int) -> Int {
            let given = request.uri.queryParameters.get(name).flatMap { Int($0) } ?? fallback
            return min(max(given, 1), max(versions.count, 1))
        }
        let to = number("to", versions.count)
        let from = number("from", max(1, to - 1))
        var out = message.map { PageHTML.notice($0, kind: "ok") } ?? HTML()
        if let note = ReviewLock.note(root: services.root, quarter, signatory.id) {
            let comment = note.comment.map { comment -> HTML in " <blockquote>\(comment)</blockquote>" } ?? HTML()
            out +=
                "<div><span class=\"badge \(note.state.rawValue)\">\(PageWords.reviewState(note.state), in: l)</span>\(comment)</div>"
        }
        out += "<h2>\(PageWords.versions, in: l)</h2><ul class=\"list\">"
        if versions.count > Self.versionsListed {
            out += "<li>… \(PageWords.olderVersions(versions.count - Self.versionsListed), in: l)</li>"
        }
        for receipt in versions.suffix(Self.versionsListed) {
            let lateCorrection: HTML = receipt.lateCorrection ? " \(PageHTML.lateCorrectionBadge(l))" : ""
            out +=
                "<li><a href=\"/reports/\(quarter)/\(signatory.id)/versions/\(receipt.version)\">v\(receipt.version)</a> · \(PageHTML.localTime(receipt, zone)) · <code>\(receipt.sha256.prefix(12))</code> · \(names[receipt.filedBy] ?? receipt.filedBy)\(lateCorrection)</li>"
        }
        out += "</ul>"
        if versions.isEmpty { out += PageHTML.notice(PageWords.noVersions.text(l), kind: "note") }
        if let old = try services.store.version(from, signatory: signatory.id, quarter: quarter),
            let new = try services.store.version(to, signatory: signatory.id, quarter: quarter)
        {
            let choice = { (name: String, selected: Int) -> HTML in
                "<input type=\"number\" id=\"\(name)\" name=\"\(name)\" min=\"1\" max=\"\(versions.count)\" value=\"\(selected)\" class=\"version\">"
            }
            out += """
                <form method="get" class="inline-form"><label for="from">\(PageWords.versionFrom, in: l)</label>
                \(choice("from", from)) <label for="to">\(PageWords.versionTo, in: l)</label> \(choice("to", to))
                <button type="submit">\(PageWords.show, in: l)</button></form>
                <p class="help">\(PageWords.diffHelp, in: l)</p>
                <pre class="diff">
                """
            let start = out.byteCount
            // One element per line, each a block: no line break between them, or every line
            // would be followed by an empty one.
            for line in LineDiff.diff(LineDiff.lines(old.bytes), LineDiff.lines(new.bytes)) {
                if out.byteCount - start > Self.diffBytes {
                    out += "</pre>\(PageHTML.notice(PageWords.diffCut.text(l), kind: "note"))<pre class=\"diff\">"
                    break
                }
                switch line {
                case .same(let text): out += "<span>  \(text)</span>"
                case .removed(let text): out += "<del>− \(text)</del>"
                case .added(let text): out += "<ins>+ \(text)</ins>"
                }
            }
            out += "</pre>"
        }
        if let session = page.session {
            out += """
                <form method="post" class="card">\(PageHTML.csrfField(session.csrf))
                <label for="comment">\(PageWords.comment, in: l)</label>
                <textarea id="comment" name="comment" rows="4" maxlength="4000"></textarea>
                <p><button type="submit" name="state" value="approved">\(PageWords.approve, in: l)</button>
                <button type="submit" name="state" value="changes-requested">\(PageWords.requestChanges, in: l)</button>
                <button type="submit" name="state" value="reopen">\(PageWords.reopen, in: l)</button></p>
                </form>
                """
        }
        return page.page(PageWords.reviewTitle(quarter, signatory.name), out)
    }

    @Sendable func submitReview(_ request: Request, _ context: ServerContext, _ page: PageRequest) async throws
        -> Response
    {
        let body = try await form(request, page)
        let account = try secretariat(page)
        let (_, quarter, signatory, _) = try await target(context, page)
        let comment = (body["comment"] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        guard comment.count <= 4000 else {
            throw IntakeFailure.invalidReview(IntakeWords.commentTooLong)
        }
        switch body["state"] {
        case "approved", "changes-requested":
            _ = try await services.setReview(
                approved: body["state"] == "approved", comment: comment.isEmpty ? nil : comment,
                quarter: quarter, signatory: signatory.id, by: account)
        case "reopen":
            _ = try await services.removeReview(quarter: quarter, signatory: signatory.id, by: account)
        default:
            throw IntakeFailure.invalidReview(PageWords.chooseReview)
        }
        return PageHTML.redirect("/reports/\(quarter)/\(signatory.id)/review", cookies: page.cookies)
    }
}
