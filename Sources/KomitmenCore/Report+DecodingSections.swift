import KomitmenYAML

extension Report.WrittenValues {
    /// Section name → its entries, read once into typed values; each section that read without
    /// errors sets the values it derives, and a written value that differs from one is an error.
    /// `keepingEntries`: false when the report keeps neither sections nor values (every entry and
    /// derivation is checked all the same).
    mutating func readSections(
        of plugin: ReportPlugin, from fields: FieldReader, quarter: Quarter, keepingEntries: Bool = true,
        _ diagnostics: inout [Diagnostic]
    ) -> [String: [SectionEntry]] {
        var sections: [String: [SectionEntry]] = [:]
        for section in plugin.plugin.sections {
            guard let node = fields.optional(section.name) else { continue }
            let before = diagnostics.count
            let entries = SectionReader(section: section, quarter: quarter).entries(node, &diagnostics)
            if keepingEntries { sections[section.name] = entries }
            guard diagnostics.count == before else { continue }
            for (indicator, derivation) in section.derivations {
                let derived = section.derive(derivation, from: entries)
                if let given = writtenValue(indicator), given.value != derived {
                    diagnostics.append(
                        .error(
                            .derivedMismatch, fields.node.file, given.mark,
                            Phrase(
                                en:
                                    "\(indicator) is \(formatNumber(given.value)) but the \(section.name) give \(formatNumber(derived)) (\(derivation.formula))",
                                id:
                                    "\(indicator) tertulis \(formatNumber(given.value)) tetapi \(section.name) menghasilkan \(formatNumber(derived)) (\(derivation.formulaPhrase.id))"
                            ),
                            hint: Phrase(
                                en: "correct the number, or leave it out and let komitmen count the \(section.name)",
                                id:
                                    "perbaiki angkanya, atau hapus saja dan biarkan komitmen menghitung dari \(section.name)"
                            )))
                }
                if keepingEntries { values[indicator] = derived }
            }
        }
        return sections
    }
}
