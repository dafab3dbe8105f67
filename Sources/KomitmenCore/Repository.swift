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
    /// Reviews that passed every check, sorted by quarter then signatory.
    public var reviews: [Review] = []
    /// In file, line and column order; at most `maxDiagnosticsPerFile` of each file (the rest are
    /// counted in `omitted`), so a file with 80,000 errors does not hold 80,000 messages.
    public var diagnostics: [Diagnostic]
    /// Per file, the diagnostics past the first `maxDiagnosticsPerFile`: counted, not kept.
    public var omitted: [String: OmittedDiagnostics]
    /// The text of every file that has a diagnostic, to show the offending line.
    public var sources: [String: SourceText]
    /// How many YAML files were read.
    public var fileCount: Int
    /// Every file read (device and inode): commands refuse to write over any of them.
    public var readFiles: Set<FileIdentity> = []
    /// The names of the files of this load (every node read holds its own): this repository's
    /// alone, released with it.
    public var files = FileTable()

    public init(
        root: String, declaration: Declaration?, signatories: [Signatory], reports: consuming [Report],
        diagnostics: consuming [Diagnostic], sources: [String: SourceText] = [:], fileCount: Int = 0
    ) {
        self.fileCount = fileCount
        self.root = root
        self.declaration = declaration
        self.signatories = signatories.sorted { $0.id < $1.id }
        // Sorted in place: the loader hands its array over, and a sorted copy retained every report.
        reports.sort { ($0.period, $0.signatory) < ($1.period, $1.signatory) }
        self.reports = reports
        // Sorted in place and capped without a copy when no file has too many: at 600,000
        // diagnostics every copy of the array is tens of megabytes.
        diagnostics.sort()
        (self.diagnostics, self.omitted) = Self.capped(consume diagnostics, perFile: Self.maxDiagnosticsPerFile)
        self.sources = sources
    }

    /// At most this many diagnostics of one file are kept and printed (DESIGN: "Cost is bounded").
    public static let maxDiagnosticsPerFile = 100

    /// Every error, including those not kept.
    public var errorCount: Int {
        diagnostics.count { $0.severity == .error } + omitted.values.reduce(0) { $0 + $1.errors }
    }

    /// Every warning, including those not kept.
    public var warningCount: Int {
        diagnostics.count { $0.severity == .warning } + omitted.values.reduce(0) { $0 + $1.warnings }
    }
    public var hasErrors: Bool { errorCount > 0 }

    public func signatory(_ id: String) -> Signatory? { signatories.first { $0.id == id } }

    /// The review of a signatory's report for a quarter, when one was read without errors.
    public func review(_ signatory: String, _ quarter: Quarter) -> Review? {
        reviews.first { $0.signatory == signatory && $0.period == quarter }
    }

    /// A formatter that shows the offending source line under each diagnostic.
    ///
    /// Lines are found through one line index per file, built when the file's first diagnostic
    /// is formatted: format diagnostics in file order (as they are kept) and each file is read
    /// once, however many problems it has. The formatter is for one thread.
    public func formatter(_ language: Language = .en) -> DiagnosticFormatter {
        let lookup = SourceLineLookup(sources: sources)
        return DiagnosticFormatter(language: language) { file, line in lookup.line(file: file, number: line) }
    }
}

/// How many diagnostics of one file were counted but not kept.
public struct OmittedDiagnostics: Sendable, Hashable {
    public var errors = 0
    public var warnings = 0
    public var total: Int { errors + warnings }

    public init(errors: Int = 0, warnings: Int = 0) {
        self.errors = errors
        self.warnings = warnings
    }
}

extension Repository {
    /// The first `limit` diagnostics of each file of a sorted list, and counts of the rest.
    static func capped(_ sorted: consuming [Diagnostic], perFile limit: Int) -> (
        [Diagnostic], [String: OmittedDiagnostics]
    ) {
        guard Self.fewEnoughPerFile(sorted, limit) else { return Self.cut(sorted, limit) }
        return (sorted, [:])
    }

    private static func fewEnoughPerFile(_ sorted: [Diagnostic], _ limit: Int) -> Bool {
        guard sorted.count > limit else { return true }
        var runStart = 0
        for index in sorted.indices {
            if sorted[index].file != sorted[runStart].file { runStart = index }
            if index - runStart >= limit { return false }
        }
        return true
    }

    private static func cut(_ sorted: [Diagnostic], _ limit: Int) -> ([Diagnostic], [String: OmittedDiagnostics]) {
        var kept: [Diagnostic] = []
        var omitted: [String: OmittedDiagnostics] = [:]
        var start = 0
        while start < sorted.count {
            let file = sorted[start].file
            var end = start
            while end < sorted.count && sorted[end].file == file { end += 1 }
            let keep = min(end, start + limit)
            kept.append(contentsOf: sorted[start..<keep])
            if keep < end {
                let errors = sorted[keep..<end].count { $0.severity == .error }
                omitted[file] = OmittedDiagnostics(errors: errors, warnings: end - keep - errors)
            }
            start = end
        }
        return (kept, omitted)
    }
}
