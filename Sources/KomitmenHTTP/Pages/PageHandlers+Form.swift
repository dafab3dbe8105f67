import Foundation
import HTTPTypes
import Hummingbird
import KomitmenApp
import KomitmenCore
import KomitmenIntake
import KomitmenRender
import KomitmenState

/// The report form: shown (from the report on file, or blank), a row added, filed through
/// `ServeServices.file` as the API files, or a YAML file uploaded instead; the blank template.
extension PageHandlers {
    @Sendable func form(_ request: Request, _ context: ServerContext, _ page: PageRequest) async throws -> Response {
        let (_, quarter, signatory, workspace) = try await target(context, page)
        let plugin = workspace.registry.plugin(signatory.stakeholder)
        let form =
            workspace.report(signatory: signatory.id, quarter: quarter).map { ReportForm($0, plugin: plugin) }
            ?? ReportForm()
        return try formPage(page, quarter, signatory, workspace, view: { _ in }, form: form)
    }

    func formPage(
        _ page: PageRequest, _ quarter: Quarter, _ signatory: Signatory, _ workspace: Workspace,
        view configure: (inout ReportFormView) -> Void, form: ReportForm, status: HTTPResponse.Status = .ok
    ) throws -> Response {
        guard let declaration = workspace.repository.declaration else { throw IntakeFailure.repositoryHasErrors(1) }
        guard let session = page.session else { throw IntakeFailure.unauthenticated }
        let plugin = workspace.registry.plugin(signatory.stakeholder)
        // A locked report is shown, not offered as a form (nor the upload).
        if ReviewLock.isApproved(root: services.root, quarter, signatory.id),
            let report = workspace.report(signatory: signatory.id, quarter: quarter)
        {
            let l = page.language
            var body: HTML = "<p>\(signatory.name) · \(PageWords.dueDate, in: l) \(declaration.dueDate(quarter))</p>\n"
            body += PageHTML.notice(PageWords.lockedShown.text(l), kind: "note")
            if let note = ReviewLock.note(root: services.root, quarter, signatory.id), let comment = note.comment {
                body += "<blockquote>\(comment)</blockquote>\n"
            }
            body += ReportView(report: report, signatory: signatory, plugin: plugin, language: l).render()
            body += "<p><a href=\"/signatories/\(signatory.id)\">\(PageWords.backHome, in: l)</a></p>\n"
            return page.page(PageWords.formTitle(quarter), body, status: status == .ok ? .ok : .conflict)
        }
        var view = ReportFormView(
            signatory: signatory, quarter: quarter, due: declaration.dueDate(quarter),
            plugin: plugin, form: form, csrf: session.csrf, language: page.language)
        view.review = ReviewLock.note(root: services.root, quarter, signatory.id)
        configure(&view)
        return page.page(PageWords.formTitle(quarter), view.render(), status: status)
    }

    /// The form posted: a row added or removed (shown again), *check* (the default, and what Enter
    /// in any field does: the check page, nothing stored), *file* (only the check page has that
    /// button) or *edit* (back from the check page to the form as typed).
    @Sendable func submitForm(_ request: Request, _ context: ServerContext, _ page: PageRequest) async throws
        -> Response
    {
        let body = try await form(request, page)
        let (account, quarter, signatory, workspace) = try await target(context, page)
        let plugin = workspace.registry.plugin(signatory.stakeholder)
        let indicators = ReportFormView.indicators(signatory, plugin)
        var form = ReportForm(body, indicators: indicators.map { $0.target.indicator }, plugin: plugin)
        let action = body["action"] ?? "check"
        if action.hasPrefix("add:") {
            form.addRow(String(action.dropFirst(4)))
            return try formPage(page, quarter, signatory, workspace, view: { _ in }, form: form)
        }
        if action.hasPrefix("remove:") {
            if let removal = ReportForm.removal(action) { form.removeRow(removal.section, removal.row) }
            return try formPage(page, quarter, signatory, workspace, view: { _ in }, form: form)
        }
        if action == "edit" { return try formPage(page, quarter, signatory, workspace, view: { _ in }, form: form) }
        let built = form.yaml(
            signatory: signatory.id, quarter: quarter,
            indicators: indicators.map { ($0.target.indicator, $0.unit) }, plugin: plugin)
        do {
            guard action == "file" else {
                let checked = try await services.check(
                    Array(built.text.utf8), quarter: quarter, signatory: signatory.id, by: account)
                return try checkPage(page, quarter, signatory, workspace, checked: checked, form: form)
            }
            let filed = try await services.file(
                Array(built.text.utf8), quarter: quarter, signatory: signatory.id, by: account)
            return PageHTML.redirect(
                "/reports/\(quarter)/\(signatory.id)/versions/\(filed.receipt.version)", cookies: page.cookies)
        } catch let failure as IntakeFailure where failure.isAboutTheFiling {
            let error = APIError(failure)
            let diagnostics = error.diagnostics ?? []
            return try formPage(
                page, quarter, signatory, workspace,
                view: { view in
                    view.headline = error.message.text(page.language)
                    for diagnostic in diagnostics {
                        let field = built.fields[diagnostic.mark.line]
                        if let field { view.fieldErrors[field, default: []].append(diagnostic) }
                        view.topErrors.append((field, diagnostic))
                    }
                }, form: form, status: error.status)
        }
    }

    /// The check page: the report as it will be stored, in the plugin's words, with every blank
    /// as "not reported" and every warning; its first button files, the other goes back.
    func checkPage(
        _ page: PageRequest, _ quarter: Quarter, _ signatory: Signatory, _ workspace: Workspace,
        checked: Checked, form: ReportForm
    ) throws -> Response {
        guard let session = page.session else { throw IntakeFailure.unauthenticated }
        let l = page.language
        let plugin = workspace.registry.plugin(signatory.stakeholder)
        let indicators = ReportFormView.indicators(signatory, plugin).map { $0.target.indicator }
        var body: HTML = "<p>\(signatory.name) · \(PageWords.quarter, in: l) \(quarter)</p>\n"
        body += PageHTML.notice(PageWords.checkHelp.text(l), kind: "note")
        body +=
            ReportView(
                report: checked.report, signatory: signatory, plugin: plugin, language: l, warnings: checked.warnings
            ).render()
        body += """
            <form method="post" action="/reports/\(quarter)/\(signatory.id)" class="check">\(PageHTML.csrfField(session.csrf))
            \(form.hiddenFields(indicators: indicators, plugin: plugin))<p><button type="submit" name="action" value="file" class="primary">\(PageWords.fileIt, in: l)</button>
            <button type="submit" name="action" value="edit">\(PageWords.change, in: l)</button></p>
            </form>

            """
        // A form too large for a page was offered as a file to download and upload instead: a
        // check page as large (a hand-made post) is answered the same way.
        guard body.byteCount <= ReportFormView.formBudget else {
            return try formPage(page, quarter, signatory, workspace, view: { _ in }, form: form)
        }
        return page.page(PageWords.checkTitle, body)
    }

    @Sendable func upload(_ request: Request, _ context: ServerContext, _ page: PageRequest) async throws -> Response {
        let body = try await form(request, page)
        let (account, quarter, signatory, workspace) = try await target(context, page)
        // A failed upload leaves what is stored as it was, and the form below shows it.
        let plugin = workspace.registry.plugin(signatory.stakeholder)
        let stored = workspace.report(signatory: signatory.id, quarter: quarter)
        let storedForm = stored.map { ReportForm($0, plugin: plugin) } ?? ReportForm()
        let storedNote = stored == nil ? "" : " " + PageWords.storedShown.text(page.language)
        guard let bytes = body.files["file"], !bytes.isEmpty else {
            return try formPage(
                page, quarter, signatory, workspace,
                view: { $0.headline = PageWords.noFile.text(page.language) + storedNote },
                form: storedForm, status: .unprocessableContent)
        }
        do {
            let filed = try await services.file(bytes, quarter: quarter, signatory: signatory.id, by: account)
            return PageHTML.redirect(
                "/reports/\(quarter)/\(signatory.id)/versions/\(filed.receipt.version)", cookies: page.cookies)
        } catch let failure as IntakeFailure where failure.isAboutTheFiling {
            let error = APIError(failure)
            // The file's own lines: the list names them (the form below is what is stored).
            return try formPage(
                page, quarter, signatory, workspace,
                view: { view in
                    view.headline =
                        error.message.text(page.language) + " (" + PageWords.uploadedFile.text(page.language) + ")"
                        + storedNote
                    view.topErrors = (error.diagnostics ?? []).map { (nil, $0) }
                }, form: storedForm, status: error.status)
        }
    }

    @Sendable func template(_ request: Request, _ context: ServerContext, _ page: PageRequest) async throws -> Response
    {
        let (_, quarter, signatory, workspace) = try await target(context, page)
        switch workspace.reportDraft(signatory: signatory.id, quarter: quarter, for: .served) {
        case .success(let draft):
            var response = APIRoutes.yaml(Array(draft.text.utf8))
            response.headers[.contentDisposition] = "attachment; filename=\"\(signatory.id)-\(quarter).yaml\""
            return response
        case .failure(let failure):
            throw APIError(.unprocessableContent, "no_template", failure.message)
        }
    }

    /// The report as filed, to download (what a form too large for a page offers instead).
    @Sendable func reportFile(_ request: Request, _ context: ServerContext, _ page: PageRequest) async throws
        -> Response
    {
        let (_, quarter, signatory, _) = try await target(context, page)
        let relative = "reports/\(quarter)/\(signatory.id).yaml"
        guard case .bytes(let bytes) = RootFile.read(root: services.root, relative) else {
            throw IntakeFailure.noReport(quarter, signatory: signatory.id)
        }
        var response = APIRoutes.yaml(bytes)
        response.headers[.contentDisposition] = "attachment; filename=\"\(signatory.id)-\(quarter).yaml\""
        return response
    }

    /// The receipt of one version: receipt id, version, sha256, received, on time or late.
    @Sendable func receipt(_ request: Request, _ context: ServerContext, _ page: PageRequest) async throws -> Response {
        let (account, quarter, signatory, workspace) = try await target(context, page)
        let number = try Self.versionNumber(context)
        guard let version = try services.store.version(number, signatory: signatory.id, quarter: quarter) else {
            throw APIError.noVersion(number)
        }
        let receipt = version.receipt
        let l = page.language
        let filing = receipt.filing == Receipt.Filing.onTime ? PageWords.onTime : PageWords.late
        func row(_ label: Phrase, _ value: HTML) -> HTML {
            "<tr><th scope=\"row\">\(label, in: l)</th><td>\(value)</td></tr>\n"
        }
        let lateCorrection: HTML = receipt.lateCorrection ? " \(PageHTML.lateCorrectionBadge(l))" : ""
        let filingBadge: HTML =
            "<span class=\"badge \(receipt.filing.rawValue)\" id=\"filing\">\(filing, in: l)</span>\(lateCorrection)"
        // Where the filing sits in the audit chain: what the signatory can later hold the chain to.
        let audit =
            receipt.audit.map {
                row(PageWords.auditEntry, "\($0.sequence) · <code class=\"hash\">\($0.hash)</code>")
                    + row(PageWords.chainHead, "<code class=\"hash\" id=\"audit-head\">\($0.head)</code>")
            } ?? HTML()
        // The clerk who filed is told it is stored; the secretariat reading versions compares them.
        let stored = account.kind == .secretariat ? HTML() : PageHTML.notice(PageWords.stored.text(l), kind: "ok")
        let comparing: HTML =
            account.kind == .secretariat && number > 1
            ? "<p><a href=\"/reports/\(quarter)/\(signatory.id)/review?from=\(number - 1)&amp;to=\(number)\">\(PageWords.compareWithPrevious(number - 1), in: l)</a></p>\n"
            : HTML()
        let body: HTML = """
            \(stored)<table class="receipt">
            \(row(PageWords.receipt, "<code id=\"receipt-id\">\(receipt.receipt)</code>"))\
            \(row(PageWords.signatoryWord, HTML(text: signatory.name)))\
            \(row(PageWords.quarter, HTML(text: receipt.quarter)))\
            \(row(PageWords.version, "\(receipt.version)"))\
            \(row(PageWords.sha256, "<code class=\"hash\">\(receipt.sha256)</code>"))\
            \(row(PageWords.received2, HTML(text: PageHTML.localTime(receipt, workspace.zone))))\
            \(row(PageWords.filedBy, HTML(text: try accountNames(workspace)[receipt.filedBy] ?? receipt.filedBy)))\
            \(row(PageWords.filing, filingBadge))\
            \(audit)\
            </table>
            \(versionView(version.bytes, quarter, signatory, workspace, l))\
            <p><a href="/reports/\(quarter)/\(signatory.id)/versions/\(number)/file">\(PageWords.downloadVersion, in: l)</a></p>
            \(comparing)<p><a href="/signatories/\(signatory.id)">\(PageWords.backHome, in: l)</a></p>
            """
        let title =
            account.kind == .secretariat
            ? PageWords.versionTitle(number, signatory.name, quarter) : PageWords.receiptTitle
        return page.page(title, body)
    }
}
