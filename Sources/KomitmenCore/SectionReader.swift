import KomitmenYAML

/// Checks a plugin section's entries against the plugin's field definitions and rules, and
/// computes the indicator values the section derives.
struct SectionReader {
    let section: SectionDefinition
    let quarter: Quarter

    /// A unique field's value, as the duplicate check looks it up.
    private struct UniqueValue: Hashable {
        var field: String
        var text: String
    }

    /// The entries that passed every check.
    func entries(_ node: Node, _ diagnostics: inout [Diagnostic]) -> [SectionEntry] {
        guard let items = read(&diagnostics, node, Node.items) else { return [] }
        var entries: [SectionEntry] = []
        // One table for every unique field of the section, keyed by field and text: a table per
        // field inside a table cost two lookups (and the inner table's allocation) per value.
        var firstLines: [UniqueValue: Int] = [:]
        let names = section.fieldNames
        // Looked up once for the section: every entry of it is in the same file.
        let file = node.file
        for item in items {
            let before = diagnostics.count
            let fields = FieldReader(
                reading: item, known: names, labels: section.fieldLabels, diagnostics: &diagnostics)
            guard fields.isMapping else { continue }
            // Kept with the report: values and marks only, not the mapping they were read from.
            var entry = SectionEntry.empty(names: names, file: file, mark: item.mark, quarter: quarter)
            // `fieldNames` are `fields`' names in order: a field is set by its index.
            for (index, field) in section.fields.enumerated() {
                let node = field.required ? fields.required(field.name, &diagnostics) : fields.optional(field.name)
                guard let node else { continue }
                guard let value = value(of: node, as: field, &diagnostics) else { continue }
                entry.set(SectionEntry.Field(value: value, mark: node.mark), at: index)
                if field.unique, let text = node.scalar?.value {
                    let unique = UniqueValue(field: field.name, text: text)
                    if let line = firstLines[unique] {
                        diagnostics.append(
                            node.error(
                                .duplicateEntry,
                                CoreWords.duplicateEntry(field, text: text, line: line)))
                    } else {
                        firstLines[unique] = node.mark.line
                    }
                }
            }
            guard diagnostics.count == before else { continue }
            for rule in section.rules { diagnostics.append(contentsOf: rule.check(entry)) }
            guard diagnostics.count == before else { continue }
            entries.append(entry)
        }
        return entries
    }

    /// A field's value read in the field's kind, once; nil (with a diagnostic) when it is not of that kind.
    private func value(of node: Node, as field: FieldDefinition, _ diagnostics: inout [Diagnostic]) -> FieldValue? {
        switch field.kind {
        case .text:
            return read(&diagnostics, node, Node.text).map(FieldValue.text)
        case .count:
            return read(&diagnostics, node, Node.count).map(FieldValue.count)
        case .rupiah:
            return read(&diagnostics, node, Node.rupiah).map(FieldValue.rupiah)
        case .dateInQuarter:
            guard let date = read(&diagnostics, node, Node.date) else { return nil }
            guard quarter.contains(date) else {
                diagnostics.append(
                    node.error(
                        .dateOutsideQuarter,
                        CoreWords.dateOutsideQuarter(
                            date, quarter: quarter, firstDay: quarter.firstDay, lastDay: quarter.lastDay)))
                return nil
            }
            return .date(date)
        case .url:
            guard let text = read(&diagnostics, node, Node.text) else { return nil }
            guard text.hasPrefix("https://") || text.hasPrefix("http://") else {
                diagnostics.append(
                    node.error(
                        .invalidURL,
                        CoreWords.expectedAWebAddress(text)))
                return nil
            }
            return .url(text)
        case .choice(let allowed):
            return choice(node, field: field, allowed: allowed, &diagnostics).map(FieldValue.choice)
        case .choices(let allowed):
            // One word written alone is a list of one.
            if node.scalar != nil {
                return choice(node, field: field, allowed: allowed, &diagnostics).map { .choices([$0]) }
            }
            guard let list = read(&diagnostics, node, Node.items) else { return nil }
            var words: [String] = []
            words.reserveCapacity(list.count)
            var valid = true
            for item in list {
                if let word = choice(item, field: field, allowed: allowed, &diagnostics) {
                    words.append(word)
                } else {
                    valid = false
                }
            }
            return valid ? .choices(words) : nil
        }
    }

    /// The word of a choice, when it is one of `allowed`.
    private func choice(
        _ node: Node, field: FieldDefinition, allowed: [Choice], _ diagnostics: inout [Diagnostic]
    ) -> String? {
        guard let text = read(&diagnostics, node, Node.text) else { return nil }
        guard allowed.contains(where: { $0.value == text }) else {
            diagnostics.append(
                node.error(
                    .unknownChoice,
                    CoreWords.invalidChoice(text, field: field, allowed: allowed),
                    hint: Suggestion.hint(for: text, in: allowed.map(\.value))))
            return nil
        }
        return text
    }
}

extension SectionDefinition {
    /// The value a derivation gives over a section's entries.
    func derive(_ derivation: Derivation, from entries: [SectionEntry]) -> Double {
        switch derivation {
        case .countEntries:
            return Double(entries.count)
        case .countWhere(let field, let value):
            return Double(entries.filter { $0.value(field)?.holds(value) == true }.count)
        case .sum(let field):
            return entries.reduce(0) { total, entry in
                switch entry.value(field) {
                case .count(let number), .rupiah(let number): total + Double(number)
                default: total
                }
            }
        }
    }
}
