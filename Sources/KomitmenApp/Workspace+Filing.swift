import Foundation
import KomitmenCore
import KomitmenYAML

extension Workspace {
    /// Checks an uploaded report by exactly the rules of `komitmen validate`, as the file
    /// `reports/<quarter>/<signatory>.yaml` of this repository (the name diagnostics give it):
    /// the same bounds, declaration, signatories and plugins; `signatory:` must be the file's
    /// and `period:` the folder's.
    public func checkReport(bytes: [UInt8], quarter: Quarter, signatory: String) -> ReportCheck {
        var loader = RepositoryLoader(registry: registry, limits: options.limits)
        loader.today = options.today
        return loader.checkReport(
            bytes: bytes, path: "reports/\(quarter)/\(signatory).yaml", quarter: quarter, in: repository)
    }

    /// The report this repository holds for `signatory` in `quarter`, when it passed every check.
    public func report(signatory: String, quarter: Quarter) -> Report? {
        repository.reports.first { $0.signatory == signatory && $0.period == quarter }
    }

    /// This workspace with one report file replaced by `report` (checked, as just written), without
    /// reading anything again: the old report and every diagnostic of that file go, and its
    /// check's `warnings` (a report with an error is never filed) take their place.
    public func replacingReport(
        _ report: Report, warnings: [Diagnostic] = [], quarter: Quarter, signatory: String
    ) -> Workspace {
        let path = Repository.reportPath(root: repository.root, quarter: quarter, signatory: signatory)
        var repository = self.repository
        var report = report
        report.file = path
        let before = repository.reports.count
        repository.reports.removeAll { $0.signatory == signatory && $0.period == quarter }
        let hadFile =
            before != repository.reports.count || repository.diagnostics.contains { $0.file == path }
            || repository.omitted[path] != nil
        let index =
            repository.reports.firstIndex { ($0.period, $0.signatory) > (quarter, signatory) }
            ?? repository.reports.endIndex
        repository.reports.insert(report, at: index)
        repository.diagnostics.removeAll { $0.file == path }
        if !warnings.isEmpty {
            repository.diagnostics += warnings.map { warning in
                var warning = warning
                warning.file = path
                return warning
            }
            repository.diagnostics.sort()
        }
        repository.omitted[path] = nil
        repository.sources[path] = nil
        if !hadFile { repository.fileCount += 1 }
        if let identity = FileIdentity(
            path: (self.repository.root as NSString).appendingPathComponent("reports/\(quarter)/\(signatory).yaml"))
        {
            repository.readFiles.insert(identity)
        }
        return Workspace(repository: repository, options: options, revision: revision.changing(signatory))
    }
}
