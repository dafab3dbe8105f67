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
        var view = ReportFormView(
            signatory: signatory, quarter: quarter, due: declaration.dueDate(quarter),
            plugin: workspace.registry.plugin(signatory.stakeholder), form: form,
            csrf: session.csrf, language: page.language)
        view.review = ReviewLock.note(root: services.root, quarter, signatory.id)
        configure(&view)
        return page.page(PageWords.formTitle(quarter), view.render(), status: status)
    }

    @Sendable func submitForm(_ request: Request, _ context: ServerContext, _ page: PageRequest) async throws
        -> Response
    {
        let body = try await form(request, page)
        let (account, quarter, signatory, workspace) = try await target(context, page)
        let plugin = workspace.registry.plugin(signatory.stakeholder)
        let indicators = ReportFormView.indicators(signatory, plugin)
        var form = ReportForm(body, indicators: indicators.map { $0.target.indicator }, plugin: plugin)
        let action = body["action"] ?? "save"
        if action.hasPrefix("add:") {
            form.addRow(String(action.dropFirst(4)))
            return try formPage(page, quarter, signatory, workspace, view: { _ in }, form: form)
        }
        if action.hasPrefix("remove:") {
            if let removal = ReportForm.removal(action) { form.removeRow(removal.section, removal.row) }
            return try formPage(page, quarter, signatory, workspace, view: { _ in }, form: form)
        }
        let built = form.yaml(
            signatory: signatory.id, quarter: quarter,
            indicators: indicators.map { ($0.target.indicator, $0.unit) }, plugin: plugin)
        do {
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

    @Sendable func upload(_ request: Request, _ context: ServerContext, _ page: PageRequest) async throws -> Response {
        let body = try await form(request, page)
        let (account, quarter, signatory, workspace) = try await target(context, page)
        guard let bytes = body.files["file"], !bytes.isEmpty else {
            return try formPage(
                page, quarter, signatory, workspace, view: { $0.headline = PageWords.noFile.text(page.language) },
                form: ReportForm(), status: .unprocessableContent)
        }
        do {
            let filed = try await services.file(bytes, quarter: quarter, signatory: signatory.id, by: account)
            return PageHTML.redirect(
                "/reports/\(quarter)/\(signatory.id)/versions/\(filed.receipt.version)", cookies: page.cookies)
        } catch let failure as IntakeFailure where failure.isAboutTheFiling {
            let error = APIError(failure)
            // The file's own lines: the list names them (the form is not the file, so it starts blank).
            return try formPage(
                page, quarter, signatory, workspace,
                view: { view in
                    view.headline =
                        error.message.text(page.language) + " (" + PageWords.uploadedFile.text(page.language) + ")"
                    view.topErrors = (error.diagnostics ?? []).map { (nil, $0) }
                }, form: ReportForm(), status: error.status)
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
        let (_, quarter, signatory, workspace) = try await target(context, page)
        let text = context.parameters.get("number") ?? ""
        guard text.utf8.count <= 9, let number = Int(text), number >= 1 else { throw APIError.noVersion(0) }
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
        let body: HTML = """
            \(PageHTML.notice(PageWords.stored.text(l), kind: "ok"))<table class="receipt">
            \(row(PageWords.receipt, "<code id=\"receipt-id\">\(receipt.receipt)</code>"))\
            \(row(PageWords.signatoryWord, HTML(text: signatory.name)))\
            \(row(PageWords.quarter, HTML(text: receipt.quarter)))\
            \(row(PageWords.version, "\(receipt.version)"))\
            \(row(PageWords.sha256, "<code class=\"hash\">\(receipt.sha256)</code>"))\
            \(row(PageWords.received2, HTML(text: PageHTML.localTime(receipt, workspace.zone))))\
            \(row(PageWords.filing, filingBadge))\
            \(audit)\
            </table>
            <p><a href="/signatories/\(signatory.id)">\(PageWords.backHome, in: l)</a></p>
            """
        return page.page(PageWords.receiptTitle, body)
    }
}
