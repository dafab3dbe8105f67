import KomitmenYAML

extension Report {
    /// The values a report writes under `values:`, each checked against its signatory's plugin
    /// and pledges, then completed by what the plugin's sections derive.
    struct WrittenValues {
        /// Indicator id → the value written and where, for a section that derives another.
        var written: [String: (value: Double, mark: Mark)] = [:]
        /// Indicator id → the quarter's value: written, or derived from a section.
        var values: [String: Double] = [:]

        init(
            _ fields: FieldReader, signatory: Signatory?, plugin: StakeholderPlugin?, pledged: [String],
            _ diagnostics: inout [Diagnostic]
        ) {
            guard let node = fields.optional("values"), let pairs = read(&diagnostics, node.pairs) else { return }
            for pair in pairs {
                guard let key = pair.key.scalar?.value else { continue }
                guard let plugin else {
                    // No plugin to give the unit (an unknown signatory or kind, reported elsewhere): whole numbers only.
                    if let value = pair.value.scalar.flatMap({ CoreSchema.wholeNumber($0.value) }) {
                        written[key] = (Double(value), pair.value.mark)
                    }
                    continue
                }
                guard let definition = plugin.indicator(key) else {
                    diagnostics.append(unknownIndicator(key, at: pair.key, plugin: plugin))
                    continue
                }
                if let signatory, !pledged.contains(key) {
                    diagnostics.append(
                        pair.key.warning(
                            .unpledgedIndicator,
                            Phrase(
                                en: "'\(key)' is not among \(signatory.id)'s pledged indicators; it is not counted",
                                id: "'\(key)' tidak termasuk indikator janji \(signatory.id); nilainya tidak dihitung"))
                    )
                }
                if let value = read(
                    &diagnostics, { () throws(Diagnostic) in try pair.value.indicatorValue(definition.unit) })
                {
                    written[key] = (value, pair.value.mark)
                }
            }
            values = written.mapValues(\.value)
        }
    }
}
