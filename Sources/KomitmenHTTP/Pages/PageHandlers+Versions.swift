import Foundation
import Hummingbird
import KomitmenApp
import KomitmenCore
import KomitmenIntake
import KomitmenRender
import KomitmenState

/// Reading versions: what a stored version says (the check page's view of its bytes), its file,
/// and who filed each version by name.
extension PageHandlers {
    /// The page's view of a version's bytes: the report in the plugin's words, or (when the bytes
    /// no longer pass today's checks, e.g. after a plugin changed) the file as stored.
    func versionView(
        _ bytes: [UInt8], _ quarter: Quarter, _ signatory: Signatory, _ workspace: Workspace, _ l: Language
    )
        -> HTML
    {
        let check = workspace.checkReport(bytes: bytes, quarter: quarter, signatory: signatory.id)
        var out: HTML = "<h2>\(PageWords.versionSays, in: l)</h2>\n"
        if let report = check.report {
            let warnings = check.diagnostics.filter { $0.severity == .warning }
            return out
                + ReportView(
                    report: report, signatory: signatory, plugin: workspace.registry.plugin(signatory.stakeholder),
                    language: l, warnings: warnings
                ).render()
        }
        out += PageHTML.notice(PageWords.versionUnreadable.text(l), kind: "note")
        let text = String(decoding: bytes.prefix(Self.diffBytes), as: UTF8.self)
        return out + "<pre class=\"diff\">\(text)</pre>\n"
    }

    /// `account:N` → the name a person knows: the signatory's name, or the secretariat account's
    /// name marked as the secretariat's (a filing on a signatory's behalf).
    func accountNames(_ workspace: Workspace) throws -> [String: String] {
        var names: [String: String] = [:]
        for account in try services.store.accounts() {
            switch account.kind {
            case .signatory:
                names[account.actor] = workspace.repository.signatory(account.who)?.name ?? account.who
            case .secretariat:
                names[account.actor] = account.who
            }
        }
        return names
    }

    /// The bytes of one version, to download.
    @Sendable func versionFile(_ request: Request, _ context: ServerContext, _ page: PageRequest) async throws
        -> Response
    {
        let (_, quarter, signatory, _) = try await target(context, page)
        let number = try Self.versionNumber(context)
        guard let version = try services.store.version(number, signatory: signatory.id, quarter: quarter) else {
            throw APIError.noVersion(number)
        }
        var response = APIRoutes.yaml(version.bytes)
        response.headers[.contentDisposition] =
            "attachment; filename=\"\(signatory.id)-\(quarter)-v\(number).yaml\""
        return response
    }

    static func versionNumber(_ context: ServerContext) throws -> Int {
        let text = context.parameters.get("number") ?? ""
        guard text.utf8.count <= 9, let number = Int(text), number >= 1 else { throw APIError.noVersion(0) }
        return number
    }
}
