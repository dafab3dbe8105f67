import KomitmenYAML

extension Report {
    /// A report's first three fields, each checked against the file's place and its signatory;
    /// nil where the field is missing or unreadable (the diagnostic says why).
    struct Header {
        var signatory: String?
        var period: Quarter?
        var submitted: CalendarDate?

        init(
            _ fields: borrowing FieldReader, entry: ReportContext.SignatoryEntry?, context: ReportContext,
            _ diagnostics: inout [Diagnostic]
        ) {
            signatory = Self.readSignatory(fields, known: entry != nil, context: context, &diagnostics)
            period = Self.readPeriod(fields, entry: entry, context: context, &diagnostics)
            submitted = Self.readSubmitted(fields, period: period, today: context.today, &diagnostics)
        }

        /// The signatory's id: a known signatory, and the file's name.
        private static func readSignatory(
            _ fields: FieldReader, known: Bool, context: ReportContext,
            _ diagnostics: inout [Diagnostic]
        ) -> String? {
            // The value's node only where a problem is reported at it: a `Node?` taken for every
            // report was copied and destroyed through the runtime's generic code.
            guard let id = fields.required("signatory", &diagnostics, Node.text) else { return nil }
            if !known, let node = fields.optional("signatory") {
                // The keys as they are: sorting them for every such report cost (reports × signatories × log).
                diagnostics.append(
                    node.error(
                        .unknownSignatory,
                        CoreWords.unknownSignatory(id),
                        hint: Suggestion.hint(for: id, in: context.signatories.keys)
                            ?? CoreWords.signatoriesAreFiles))
            }
            if !fileStem(of: fields.node.file, is: id), let node = fields.optional("signatory") {
                let stem = fileStem(fields.node.file)
                diagnostics.append(
                    node.error(
                        .fileNameMismatch,
                        CoreWords.signatoryNotFileName(id, stem: stem),
                        hint: CoreWords.reportIsNamedAfter(id)))
            }
            return id
        }

        /// The quarter: the folder's, and not before the signatory's first quarter.
        private static func readPeriod(
            _ fields: borrowing FieldReader, entry: ReportContext.SignatoryEntry?, context: ReportContext,
            _ diagnostics: inout [Diagnostic]
        ) -> Quarter? {
            guard let period = fields.required("period", &diagnostics, Node.quarter) else { return nil }
            if let folder = context.folderQuarter, folder != period, let node = fields.optional("period") {
                diagnostics.append(
                    node.error(
                        .periodMismatch,
                        CoreWords.periodNotFolder(period, folder: folder),
                        hint: CoreWords.moveTheFile(period)))
            }
            if let entry, let first = entry.firstQuarter, period < first, let node = fields.optional("period") {
                let signatory = entry.signatory
                diagnostics.append(
                    node.error(
                        .beforeFirstQuarter,
                        CoreWords.doesNotReportFor(signatory.id, period: period, first: first)))
            }
            return period
        }

        /// The day it was submitted: not before the quarter began, and (a warning) not after today.
        private static func readSubmitted(
            _ fields: FieldReader, period: Quarter?, today: CalendarDate?,
            _ diagnostics: inout [Diagnostic]
        ) -> CalendarDate? {
            guard let submitted = fields.required("submitted", &diagnostics, Node.date) else { return nil }
            if let period, submitted < period.firstDay, let node = fields.optional("submitted") {
                diagnostics.append(
                    node.error(
                        .submittedBeforeQuarter,
                        CoreWords.submittedBeforeQuarter(submitted, period: period, firstDay: period.firstDay)))
            }
            // A mistyped year (2062) would otherwise drop the report from every summary in silence,
            // since a summary leaves out reports submitted after its as-of date. A warning, as
            // DESIGN.md says: the file itself is well formed.
            if let today, submitted > today, let node = fields.optional("submitted") {
                diagnostics.append(
                    node.warning(
                        .futureSubmitted,
                        CoreWords.submittedAfterToday(submitted, today: today),
                        hint: CoreWords.checkTheSubmittedDate))
            }
            return submitted
        }
    }
}
