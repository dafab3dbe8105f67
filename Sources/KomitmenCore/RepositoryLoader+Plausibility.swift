import KomitmenYAML

extension RepositoryLoader {
    /// The large `sum` values of every report, against the same signatory's earlier reports: known
    /// only once every report is read. Few reports have any, so only their signatories' reports
    /// are gathered.
    static func checkLargeSums(_ outcomes: inout [(report: Report?, parsed: Parsed)]) {
        let suspects = outcomes.indices.filter { outcomes[$0].report?.largeSums.isEmpty == false }
        guard !suspects.isEmpty else { return }
        let signatories = Set(suspects.compactMap { outcomes[$0].report?.signatory })
        var bySignatory: [String: [Report]] = [:]
        for outcome in outcomes {
            guard let report = outcome.report, signatories.contains(report.signatory) else { continue }
            bySignatory[report.signatory, default: []].append(report)
        }
        for index in suspects {
            guard let report = outcomes[index].report else { continue }
            let earlier = bySignatory[report.signatory, default: []].filter { $0.period < report.period }
            outcomes[index].parsed.diagnostics += Report.implausibleSums(
                report.largeSums, file: report.file, earlier: earlier)
            outcomes[index].report?.largeSums = []
        }
    }
}
