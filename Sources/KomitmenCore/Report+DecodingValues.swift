import KomitmenYAML

extension Report {
    /// The values a report writes under `values:`, each checked against its signatory's plugin
    /// and pledges, then completed by what the plugin's sections derive.
    struct WrittenValues {
        /// The values written and where, in file order, for a plugin with a section that derives a
        /// value (empty for any other: nothing asks). A list, not a second table beside `values`:
        /// the table was copied into `values` for every report.
        private var written: [(indicator: String, value: Double, mark: Mark)] = []
        /// Indicator id → the quarter's value: written, or derived from a section.
        var values: [String: Double] = [:]
        /// By index into the plugin's indicators: given a value (written or derived), kept or not.
        var reported: [Bool] = []
        /// Whether any value at all was written (an unknown or unpledged indicator's included).
        var writesAnyValue = false
        /// Indicators written blank (`id:` with nothing after it, as a template leaves them): not
        /// reported, and the warning points at that line.
        var blanks: [(index: Int, mark: Mark)] = []
        /// How many section entries the report has.
        var entryCount = 0
        /// `sum` values that may exceed ten times an earlier quarter's largest (see `Report.largeSums`).
        var largeSums: [Report.LargeSum] = []

        /// `keepingValues`: false when the report keeps no values (they are checked all the same).
        init(
            _ fields: borrowing FieldReader, entry: ReportContext.SignatoryEntry?, keepingValues: Bool = true,
            _ diagnostics: inout [Diagnostic]
        ) {
            reported = Array(repeating: false, count: entry?.pledges.count ?? 0)
            guard let node = fields.optional("values"), let pairs = read(&diagnostics, node, Node.pairs) else { return }
            // Room for every value from the start: growing the table rehashed every key so far.
            // Made with its capacity rather than `reserveCapacity`, which ran unspecialized.
            if keepingValues { values = Dictionary(minimumCapacity: pairs.count) }
            let reportPlugin = entry?.plugin
            let keepsMarks = reportPlugin?.derives ?? false
            // By index: a `for pair in pairs` copied (and released) both nodes of every pair.
            for position in pairs.indices {
                guard case .scalar(let scalar) = pairs[position].key.content else { continue }
                let key = scalar.value
                // Blank is not zero: a key left empty is an indicator not reported, not a value.
                if pairs[position].value.isNull, let index = entry?.plugin?.indicatorIndex(key) {
                    blanks.append((index, pairs[position].value.mark))
                    continue
                }
                writesAnyValue = true
                guard let entry, let reportPlugin else {
                    // No plugin to give the unit (an unknown signatory or kind, reported elsewhere): whole numbers only.
                    if keepingValues,
                        let value = pairs[position].value.scalar.flatMap({ CoreSchema.wholeNumber($0.value) })
                    {
                        values[key] = Double(value)
                    }
                    continue
                }
                // By index: the pledge is a flag at the indicator's index.
                guard let index = reportPlugin.indicatorIndex(key) else {
                    diagnostics.append(unknownIndicator(key, at: pairs[position].key, plugin: reportPlugin.plugin))
                    continue
                }
                let unit = reportPlugin.plugin.indicators[index].unit
                // Written is not blank, even when the value has an error (that error says enough).
                reported[index] = true
                if !entry.pledged[index] {
                    let signatory = entry.signatory
                    diagnostics.append(
                        pairs[position].key.warning(
                            .unpledgedIndicator,
                            CoreWords.notPledged(key, signatory: signatory.id))
                    )
                }
                if let value = read(
                    &diagnostics, { () throws(Diagnostic) in try pairs[position].value.indicatorValue(unit) })
                {
                    // Keyed by the plugin's own id (the same text): every report then shares one
                    // string instead of holding its file's copy, and a summary's lookups with
                    // that id find it equal without comparing the bytes.
                    let id = reportPlugin.plugin.indicators[index].id
                    if keepingValues || Self.isComparedLater(value, entry.pledges[index]) { values[id] = value }
                    if keepsMarks { written.append((id, value, pairs[position].value.mark)) }
                    checkPlausibility(
                        value, of: id, label: reportPlugin.plugin.indicators[index].label, pledge: entry.pledges[index],
                        at: pairs[position].value, &diagnostics)
                }
            }
        }

        /// Whether a value not otherwise kept is kept all the same: a `sum` value later quarters'
        /// values are compared with (`Report.implausibleSums`).
        static func isComparedLater(_ value: Double, _ pledge: PledgedIndicator?) -> Bool {
            pledge?.sums == true && value >= PledgedIndicator.smallestPrevious
        }

        /// The value written for an indicator and where; the last one when a key was given twice
        /// (as the table it replaces kept it).
        func writtenValue(_ indicator: String) -> (value: Double, mark: Mark)? {
            for index in written.indices.reversed() where written[index].indicator == indicator {
                return (written[index].value, written[index].mark)
            }
            return nil
        }
    }
}
