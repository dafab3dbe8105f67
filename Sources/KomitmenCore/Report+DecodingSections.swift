import KomitmenYAML

extension Report.WrittenValues {
    /// Section name → its entries, read once into typed values; each section that read without
    /// errors sets the values it derives, and a written value that differs from one is an error.
    /// `keepingEntries`: false when the report keeps neither sections nor values (every entry and
    /// derivation is checked all the same).
    mutating func readSections(
        of plugin: ReportPlugin, from fields: FieldReader, quarter: Quarter, keepingEntries: Bool = true,
        pledges: [PledgedIndicator?] = [], _ diagnostics: inout [Diagnostic]
    ) -> [String: [SectionEntry]] {
        var sections: [String: [SectionEntry]] = [:]
        for section in plugin.plugin.sections {
            guard let node = fields.optional(section.name) else { continue }
            let before = diagnostics.count
            let entries = SectionReader(section: section, quarter: quarter).entries(node, &diagnostics)
            if keepingEntries { sections[section.name] = entries }
            // Entries written count, read or not (one with an error is an error, not nothing).
            entryCount += node.sequence?.count ?? entries.count
            guard diagnostics.count == before else { continue }
            for (indicator, derivation) in section.derivations {
                let derived = section.derive(derivation, from: entries)
                if let given = writtenValue(indicator), given.value != derived {
                    // A derivation names one of the plugin's indicators (PluginTests checks it).
                    let definition =
                        plugin.plugin.indicator(indicator)
                        ?? IndicatorDefinition(
                            indicator, label: Phrase(verbatim: indicator), description: Phrase(verbatim: ""))
                    diagnostics.append(
                        .error(
                            .derivedMismatch, fields.node.file, given.mark,
                            CoreWords.derivedMismatch(
                                definition, given: formatNumber(given.value), section: section,
                                derived: formatNumber(derived), formula: derivation.formula(in: section)),
                            hint: CoreWords.correctOrLetKomitmenCount(section)))
                }
                if keepingEntries { values[indicator] = derived }
                if let index = plugin.indicatorIndex(indicator), reported.indices.contains(index) {
                    reported[index] = true
                    if !keepingEntries, pledges.indices.contains(index), Self.isComparedLater(derived, pledges[index]) {
                        values[indicator] = derived
                    }
                    if writtenValue(indicator) == nil, pledges.indices.contains(index), let pledge = pledges[index] {
                        checkPlausibility(
                            derived, of: indicator, label: plugin.plugin.indicators[index].label, pledge: pledge,
                            at: node, &diagnostics)
                    }
                }
            }
        }
        return sections
    }
}
