import KomitmenYAML

/// Checks a plugin section's entries against the plugin's field definitions and rules, and
/// computes the indicator values the section derives.
struct SectionReader {
    let section: SectionDefinition
    let quarter: Quarter

    /// The entries that passed every check.
    func entries(_ node: Node, _ diagnostics: inout [Diagnostic]) -> [SectionEntry] {
        guard let items = read(&diagnostics, node.items) else { return [] }
        var entries: [SectionEntry] = []
        var firstLines: [String: [String: Int]] = [:]
        let names = section.fields.map(\.name)
        for item in items {
            let before = diagnostics.count
            guard let fields = FieldReader(item, known: names, diagnostics: &diagnostics) else { continue }
            // Sized once: entries are kept with the report, and growing the table copied it.
            var values: [String: Node] = Dictionary(minimumCapacity: section.fields.count)
            for field in section.fields {
                let node = field.required ? fields.required(field.name, &diagnostics) : fields.optional(field.name)
                guard let node else { continue }
                guard check(node, as: field, &diagnostics) else { continue }
                values[field.name] = node
                if field.unique, let text = node.scalar?.value {
                    if let line = firstLines[field.name]?[text] {
                        diagnostics.append(node.error(Phrase(en: "duplicate \(field.name) '\(text)' (first used on line \(line))",
                                                             id: "\(field.name) '\(text)' ganda (pertama dipakai di baris \(line))")))
                    } else {
                        firstLines[field.name, default: [:]][text] = node.mark.line
                    }
                }
            }
            let entry = SectionEntry(node: item, fields: values, quarter: quarter)
            guard diagnostics.count == before else { continue }
            for rule in section.rules { diagnostics.append(contentsOf: rule.check(entry)) }
            guard diagnostics.count == before else { continue }
            // Kept with the report: its fields and position, not the whole mapping it was read from
            // (keys, pairs), which the rules have now seen. At village scale that is a quarter of memory.
            entries.append(SectionEntry(node: Node(.mapping([]), tag: item.tag, fileID: item.fileID, mark: item.mark),
                                        fields: values, quarter: quarter))
        }
        return entries
    }

    /// Whether a field's value has the field's kind; reports it when not.
    private func check(_ node: Node, as field: FieldDefinition, _ diagnostics: inout [Diagnostic]) -> Bool {
        switch field.kind {
        case .text:
            return read(&diagnostics, node.text) != nil
        case .count:
            return read(&diagnostics, node.count) != nil
        case .rupiah:
            return read(&diagnostics) { () throws(Diagnostic) in try node.indicatorValue(.rupiah) } != nil
        case .dateInQuarter:
            guard let date = read(&diagnostics, node.date) else { return false }
            guard quarter.contains(date) else {
                diagnostics.append(node.error(Phrase(
                    en: "\(date) is outside the report's quarter \(quarter) (\(quarter.firstDay) to \(quarter.lastDay))",
                    id: "\(date) berada di luar triwulan laporan \(quarter) (\(quarter.firstDay) sampai \(quarter.lastDay))")))
                return false
            }
            return true
        case .url:
            guard let text = read(&diagnostics, node.text) else { return false }
            guard text.hasPrefix("https://") || text.hasPrefix("http://") else {
                diagnostics.append(node.error(Phrase(en: "expected a web address starting with http:// or https://, found '\(text)'",
                                                     id: "seharusnya alamat web yang diawali http:// atau https://, tertulis '\(text)'")))
                return false
            }
            return true
        case .choice(let allowed):
            return checkChoice(node, field: field.name, allowed: allowed, &diagnostics)
        case .choices(let allowed):
            let list = node.scalar != nil ? [node] : (read(&diagnostics, node.items) ?? [])
            guard node.scalar != nil || node.sequence != nil else { return false }
            var valid = true
            for item in list where !checkChoice(item, field: field.name, allowed: allowed, &diagnostics) { valid = false }
            return valid
        }
    }

    private func checkChoice(_ node: Node, field: String, allowed: [String], _ diagnostics: inout [Diagnostic]) -> Bool {
        guard let text = read(&diagnostics, node.text) else { return false }
        guard allowed.contains(text) else {
            let list = Suggestion.listing(allowed)
            diagnostics.append(node.error(Phrase(en: "'\(text)' is not a valid \(field); expected one of: \(list.en)",
                                                 id: "'\(text)' bukan \(field) yang sah; pilih salah satu: \(list.id)"),
                                          hint: Suggestion.hint(for: text, in: allowed)))
            return false
        }
        return true
    }
}

extension SectionDefinition {
    /// The value a derivation gives over a section's entries.
    func derive(_ derivation: Derivation, from entries: [SectionEntry]) -> Double {
        switch derivation {
        case .countEntries:
            return Double(entries.count)
        case .countWhere(let field, let value):
            return Double(entries.filter { entry in
                guard let node = entry.fields[field] else { return false }
                if let items = node.sequence { return items.contains { $0.scalar?.value == value } }
                return node.scalar?.value == value
            }.count)
        case .sum(let field):
            return entries.reduce(0) { $0 + Double(CoreSchema.wholeNumber($1.text(field) ?? "") ?? 0) }
        }
    }
}
