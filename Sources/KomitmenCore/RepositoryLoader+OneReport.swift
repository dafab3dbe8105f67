import KomitmenYAML

/// One report's text checked as `validate` checks a file of the loaded repository: the same
/// parser bounds, the same declaration and signatories, the folder's quarter. What the served
/// intake asks of an uploaded body before anything is stored.
public struct ReportCheck: Sendable {
    /// The report, when the text has no error.
    public var report: Report?
    /// Every problem, sorted (warnings included).
    public var diagnostics: [Diagnostic]
    /// The parsed tree (nil when the text did not parse): the server reads `submitted:` from it.
    public var root: Node?
    public var source: SourceText

    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
}

extension RepositoryLoader {
    /// Checks `bytes` as the report file `path` in `quarter`'s folder of `repository` (loaded with
    /// this loader's registry and limits). Never throws: problems are diagnostics.
    public func checkReport(bytes: [UInt8], path: String, quarter: Quarter, in repository: Repository) -> ReportCheck {
        let source = SourceText(path: path, bytes: bytes)
        var diagnostics: [Diagnostic] = []
        var root: Node?
        if bytes.count > limits.maxFileBytes {
            diagnostics.append(
                .error(
                    .fileTooLarge, path, .fileStart,
                    CoreWords.reportTooLarge(limits.maxFileBytes)))
        } else {
            do {
                let document = try YAMLDocument.parseCollecting(source, limits: limits)
                root = document.root
                diagnostics += document.problems.map { $0.diagnostic(file: path) }
            } catch {
                diagnostics.append(error.diagnostic(file: path))
            }
        }
        var report: Report?
        if let root {
            // Only the named signatory is read from the context when it is known (the server
            // checks every filing: a context of all signatories was built for each); all of them
            // when it is not, for the unknown-signatory hint.
            let signatories: [String: Signatory]
            if let named = root["signatory"]?.scalar?.value, let known = repository.signatory(named) {
                signatories = [named: known]
            } else {
                signatories = Dictionary(repository.signatories.map { ($0.id, $0) }) { first, _ in first }
            }
            let context = ReportContext(
                declaration: repository.declaration, signatories: signatories, registry: registry,
                folderQuarter: quarter,
                today: today.date(in: repository.declaration?.timeZone ?? Declaration.defaultTimeZone))
            report = Report.decode(root, context: context, diagnostics: &diagnostics)
            // The large `sum` values against this signatory's earlier reports, as a load checks them.
            if let sums = report?.largeSums, !sums.isEmpty, let id = report?.signatory {
                let earlier = repository.reports.filter { $0.signatory == id && $0.period < quarter }
                diagnostics += Report.implausibleSums(sums, file: path, earlier: earlier)
                report?.largeSums = []
            }
        } else if diagnostics.isEmpty {
            diagnostics.append(
                .error(
                    .emptyFile, path, .fileStart, CoreWords.reportFileEmpty))
        }
        diagnostics.sort()
        return ReportCheck(
            report: diagnostics.contains { $0.severity == .error } ? nil : report,
            diagnostics: diagnostics, root: root, source: source)
    }
}

extension Repository {
    /// The path a load names `reports/<quarter>/<signatory>.yaml` by (diagnostics, `Report.file`).
    public static func reportPath(root: String, quarter: Quarter, signatory: String) -> String {
        let base = RepositoryLayout.displayRoot(root)
        let relative = "reports/\(quarter)/\(signatory).yaml"
        return base.isEmpty ? relative : base + "/" + relative
    }

    /// The path a load names `reviews/<quarter>/<signatory>.yaml` by (diagnostics, `Review.file`).
    public static func reviewPath(root: String, quarter: Quarter, signatory: String) -> String {
        let base = RepositoryLayout.displayRoot(root)
        let relative = "reviews/\(quarter)/\(signatory).yaml"
        return base.isEmpty ? relative : base + "/" + relative
    }
}
