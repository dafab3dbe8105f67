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
                    Phrase(
                        en: "a review that requests changes says which: write a comment",
                        id: "tinjauan yang meminta perbaikan menyebut apa yang diperbaiki: tulis comment"),
                    hint: Phrase(
                        en: "for example  comment: The number of victims differs from the police report",
                        id: "misalnya  comment: Jumlah korban berbeda dengan laporan polres")))
        }
        if !context.reportExists {
            diagnostics.append(
                .error(
                    .reviewWithoutReport, root.file, .fileStart,
                    Phrase(
                        en: "there is no report reports/\(quarter)/\(signatory).yaml for this review",
                        id: "tidak ada laporan reports/\(quarter)/\(signatory).yaml untuk tinjauan ini"),
                    hint: Phrase(
                        en: "a review belongs to a report: check the file name and its folder",
                        id: "tinjauan milik sebuah laporan: periksa nama berkas dan foldernya")))
        }
        if let on, let node = fields.optional("on") {
            if let report = context.report, on < report.submitted {
                diagnostics.append(
                    node.error(
                        .reviewBeforeSubmitted,
                        Phrase(
                            en: "reviewed on \(on), before the report was submitted (\(report.submitted))",
                            id: "ditinjau pada \(on), sebelum laporan diserahkan (\(report.submitted))"),
                        hint: Phrase(
                            en: "write the day of the review: \(report.submitted) or later",
                            id: "tulis tanggal tinjauan: \(report.submitted) atau sesudahnya")))
            }
            if let today = context.today, on > today {
                diagnostics.append(
                    node.warning(
                        .futureReview,
                        Phrase(
                            en:
                                "reviewed on \(on), after today (\(today)); summaries show the report as received until then",
                            id:
                                "ditinjau pada \(on), lebih lambat dari hari ini (\(today)); ringkasan menampilkan laporan sebagai diterima sampai tanggal itu"
                        )))
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
                    Phrase(
                        en: "'\(text)' is not a valid state; expected one of: \(list.en)",
                        id: "'\(text)' bukan state yang sah; pilih salah satu: \(list.id)"),
                    hint: Suggestion.hint(for: text, in: allowed)))
            return nil
        }
        return state
    }
}
