import KomitmenYAML

/// Everything read from one `commitments/` folder, with every problem found in it.
public struct Repository: Sendable {
    /// The folder as the user named it.
    public var root: String
    public var declaration: Declaration?
    /// Sorted by id.
    public var signatories: [Signatory]
    /// Reports that passed every check, sorted by quarter then signatory.
    public var reports: [Report]
    /// In file, line and column order.
    public var diagnostics: [Diagnostic]
    /// The text of every file that has a diagnostic, to show the offending line.
    public var sources: [String: SourceText]
    /// How many YAML files were read.
    public var fileCount: Int
    /// Every file read (device and inode): commands refuse to write over any of them.
    public var readFiles: Set<FileIdentity> = []

    public init(root: String, declaration: Declaration?, signatories: [Signatory], reports: consuming [Report],
                diagnostics: [Diagnostic], sources: [String: SourceText] = [:], fileCount: Int = 0) {
        self.fileCount = fileCount
        self.root = root
        self.declaration = declaration
        self.signatories = signatories.sorted { $0.id < $1.id }
        // Sorted in place: the loader hands its array over, and a sorted copy retained every report.
        reports.sort { ($0.period, $0.signatory) < ($1.period, $1.signatory) }
        self.reports = reports
        self.diagnostics = diagnostics.sorted()
        self.sources = sources
    }

    public var errorCount: Int { diagnostics.filter { $0.severity == .error }.count }
    public var warningCount: Int { diagnostics.filter { $0.severity == .warning }.count }
    public var hasErrors: Bool { errorCount > 0 }

    public func signatory(_ id: String) -> Signatory? { signatories.first { $0.id == id } }

    /// A formatter that shows the offending source line under each diagnostic.
    public func formatter(_ language: Language = .en) -> DiagnosticFormatter {
        let sources = self.sources
        return DiagnosticFormatter(language: language) { file, line in sources[file]?.line(line) }
    }
}
