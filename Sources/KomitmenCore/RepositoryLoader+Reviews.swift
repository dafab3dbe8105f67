import KomitmenYAML

extension RepositoryLoader {
    /// Reads `reviews/`: each review checked against the report at the same place (a report file
    /// there, read or not; its `submitted` when it was read without errors).
    func loadReviews(
        _ layout: RepositoryLayout, reports: [Report], today: CalendarDate?,
        files: FileTable, folders: FolderHandles
    ) -> (reviews: [Review], parsed: [Parsed]) {
        guard !layout.reviews.isEmpty else { return ([], []) }
        // Report files by "quarter/stem", whatever their content: a report with errors has its
        // own diagnostics, and its review is not also called orphaned.
        let reportFiles = Set(layout.reports.compactMap { file in file.quarter.map { "\($0)/\(fileStem(file.path))" } })
        let read = Dictionary(
            reports.map { ("\($0.period)/\($0.signatory)", $0) }, uniquingKeysWith: { first, _ in first })
        let outcomes = layout.reviews.parallelMap { file -> (Review?, Parsed) in
            var parsed = self.parse(file, files: files, folders: folders)
            var review: Review?
            if let node = parsed.root {
                // A review in a folder that is not a quarter has no report: the folder's error says why.
                if let quarter = file.quarter {
                    let stem = fileStem(file.path)
                    let key = "\(quarter)/\(stem)"
                    let context = Review.Context(
                        reportExists: reportFiles.contains(key), report: read[key], today: today)
                    review = Review.decode(
                        node, signatory: stem, quarter: quarter, context: context, diagnostics: &parsed.diagnostics)
                }
            } else if parsed.diagnostics.isEmpty {
                parsed.diagnostics.append(
                    .error(
                        .emptyFile, file.path, .fileStart,
                        CoreWords.reviewFileEmpty))
            }
            parsed.root = nil
            return (review, parsed)
        }
        let reviews = outcomes.compactMap(\.0).sorted { ($0.period, $0.signatory) < ($1.period, $1.signatory) }
        return (reviews, outcomes.map(\.1))
    }
}
