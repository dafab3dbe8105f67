import KomitmenCore
import KomitmenYAML

/// The outcome of checking a repository: every diagnostic kept (at most
/// `Repository.maxDiagnosticsPerFile` a file, in file, line and column order), the counts of all
/// of them, and the text of the files they point into. Nothing is printed: `listing` and `json`
/// write it out within the bounds a front end asks for.
public struct Validation: Sendable {
    public let root: String
    public let diagnostics: [Diagnostic]
    /// Per file, the diagnostics past the first `maxDiagnosticsPerFile`: counted, not kept.
    public let omitted: [String: OmittedDiagnostics]
    public let errorCount: Int
    public let warningCount: Int
    public let fileCount: Int
    private let sources: [String: SourceText]

    public init(_ repository: Repository) {
        root = repository.root
        diagnostics = repository.diagnostics
        omitted = repository.omitted
        errorCount = repository.errorCount
        warningCount = repository.warningCount
        fileCount = repository.fileCount
        sources = repository.sources
    }

    public var hasErrors: Bool { errorCount > 0 }

    /// A formatter that shows the offending source line under each diagnostic (for one thread;
    /// format diagnostics in file order and each file's lines are indexed once).
    public func formatter(_ language: Language) -> DiagnosticFormatter {
        let lookup = SourceLineLookup(sources: sources)
        return DiagnosticFormatter(language: language) { file, line in lookup.line(file: file, number: line) }
    }

    /// "2 errors, 0 warnings in 12 files".
    public func countLine(_ language: Language) -> String {
        let errors = errorCount
        let warnings = warningCount
        let files = fileCount
        return AppWords.counts(errors, warnings: warnings, files: files).text(language)
    }
}
