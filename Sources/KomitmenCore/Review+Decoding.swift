import KomitmenYAML

extension Review {
    /// What a review is checked against: its report (when one was found at the same place) and today.
    struct Context {
        /// Whether a report file sits at `reports/<quarter>/<signatory>.yaml`, read or not.
        var reportExists: Bool
        /// The report, when it was read without errors: `on` must not be before its `submitted`.
        var report: Report?
        var today: CalendarDate?
    }

    /// A review from its file's root node; nil when any check found an error. `quarter` is the
    /// folder's, `signatory` the file's name.
    static func decode(
        _ root: Node, signatory: String, quarter: Quarter, context: Context,
        diagnostics: inout [Diagnostic]
    ) -> Review? {
        let start = diagnostics.count
        guard let fields = FieldReader(root, known: fields, diagnostics: &diagnostics) else { return nil }
        let state = readState(fields, &diagnostics)
        let by = fields.required("by", &diagnostics, Node.text)
        let on = fields.required("on", &diagnostics, Node.date)
        // A comment may list several things to correct, one per line, like a report's narrative.
        // A block scalar (`comment: |`) ends with a line break: not part of what was asked.
        var comment = fields.optional("comment", &diagnostics, Node.multilineText)
        while comment?.last?.isNewline == true { comment?.removeLast() }
        let commentNode = fields.optional("comment")
        let blank = comment.map { $0.allSatisfy(\.isWhitespace) } ?? false
        // At the blank comment, else at the state that needs one.
        if state == .changesRequested, commentNode == nil || blank,
            let node = blank ? commentNode : fields.optional("state")
        {
            diagnostics.append(
                node.error(
                    .reviewCommentMissing,
                    CoreWords.requestChangesNeedsComment,
                    hint: CoreWords.forExampleComment))
        }
        if !context.reportExists {
            diagnostics.append(
                .error(
                    .reviewWithoutReport, root.file, .fileStart,
                    CoreWords.noReportForReview(quarter, signatory: signatory),
                    hint: CoreWords.reviewBelongsToReport))
        }
        if let on, let node = fields.optional("on") {
            if let report = context.report, on < report.submitted {
                diagnostics.append(
                    node.error(
                        .reviewBeforeSubmitted,
                        CoreWords.reviewedBeforeSubmitted(on, submitted: report.submitted),
                        hint: CoreWords.writeTheReviewDay(report.submitted)))
            }
            if let today = context.today, on > today {
                diagnostics.append(
                    node.warning(
                        .futureReview,
                        CoreWords.reviewedAfterToday(on, today: today)))
            }
        }
        let hasErrors = diagnostics[start...].contains { $0.severity == .error }
        guard !hasErrors, let state, let by, let on else { return nil }
        return Review(
            signatory: signatory, period: quarter, state: state, by: by, on: on, comment: blank ? nil : comment,
            file: root.file)
    }

    private static func readState(_ fields: FieldReader, _ diagnostics: inout [Diagnostic]) -> ReviewState? {
        guard let text = fields.required("state", &diagnostics, Node.text), let node = fields.optional("state") else {
            return nil
        }
        let allowed = ReviewState.written.map(\.rawValue)
        guard let state = ReviewState(rawValue: text), ReviewState.written.contains(state) else {
            let list = Suggestion.listing(allowed)
            diagnostics.append(
                node.error(
                    .unknownChoice,
                    CoreWords.invalidState(text, list: list),
                    hint: Suggestion.hint(for: text, in: allowed)))
            return nil
        }
        return state
    }
}
