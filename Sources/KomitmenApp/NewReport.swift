import Foundation
import KomitmenCore
import KomitmenFiles
import KomitmenYAML

/// A ready-to-fill report for one signatory and quarter, and where it belongs in the repository.
public struct ReportDraft: Sendable, Equatable {
    public var signatory: String
    public var quarter: Quarter
    /// `ROOT/reports/YYYY-Qn/<signatory>.yaml`.
    public var path: String
    public var text: String
}

extension Workspace {
    /// The template of `signatory`'s report for `quarter`, after the checks `new-report` makes: a
    /// usable declaration, a known signatory, a quarter it reports for. Its comments are in
    /// `languages` (default: every offered one, the signatory's first) and say what `audience`
    /// does with it (validate it, or upload it to the server).
    public func reportDraft(
        signatory id: String, quarter: Quarter, languages: [Language]? = nil, for audience: ReportTemplate.Audience
    ) -> Result<ReportDraft, NewReportFailure> {
        guard let declaration = repository.declaration else { return .failure(.declarationHasErrors(validate())) }
        guard let signatory = repository.signatory(id) else {
            let match = Suggestion.closest(to: id, in: repository.signatories.map(\.id))
            return .failure(.unknownSignatory(id, suggestion: match, validate()))
        }
        // A template from a signatory file with errors would leave out what did not read.
        let validation = validate()
        if validation.diagnostics.contains(where: { $0.severity == .error && $0.file == signatory.file }) {
            return .failure(.signatoryHasErrors(id, validation))
        }
        let first = signatory.firstQuarter(declaration)
        guard quarter >= first else {
            return .failure(.beforeFirstQuarter(signatory: id, quarter: quarter, first: first))
        }
        let text = ReportTemplate(
            declaration: declaration, signatory: signatory,
            plugin: registry.plugin(signatory.stakeholder), quarter: quarter, languages: languages,
            audience: audience
        ).text()
        let folder = ((repository.root as NSString).appendingPathComponent("reports") as NSString)
            .appendingPathComponent("\(quarter)")
        let path = (folder as NSString).appendingPathComponent("\(signatory.id).yaml")
        return .success(ReportDraft(signatory: signatory.id, quarter: quarter, path: path, text: text))
    }

    /// Writes a draft into the repository: `reports/` and its quarter folder made when missing
    /// (never through a link, never over a file), the report written whole and never over an
    /// existing one. Returns the path written.
    public func write(_ draft: ReportDraft, guarding: (any TemporaryFileGuarding)? = nil) -> Result<
        String, NewReportFailure
    > {
        let reports = (repository.root as NSString).appendingPathComponent("reports")
        let folder = (reports as NSString).appendingPathComponent("\(draft.quarter)")
        for place in [reports, folder] {
            if let problem = ReportFolder.prepare(place) { return .failure(.folder(problem)) }
        }
        do {
            try AtomicFile.write(Array(draft.text.utf8), to: draft.path, replacing: false, guarding: guarding)
            return .success(draft.path)
        } catch is AtomicFile.Exists {
            return .failure(.exists(draft.path))
        } catch let error as AtomicFile.WriteFailed {
            return .failure(.writeFailed(draft.path, error.reason))
        } catch {
            return .failure(.writeFailed(draft.path, Phrase(verbatim: error.localizedDescription)))
        }
    }
}
