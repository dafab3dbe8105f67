import Foundation
import KomitmenCore
import KomitmenYAML

/// The YAML a form files: one value per line, so each line maps back to the form field it came
/// from and a diagnostic can be shown beside that field. Text is always double-quoted (no value
/// can add a key or a document); numbers and dates are written plain only when they look like
/// one, so `1.234` reaches the checks as the number the clerk typed and gets `validate`'s words.
extension ReportForm {
    struct Built {
        var text: String
        /// YAML line number (1-based) → the form field on that line.
        var fields: [Int: String]
    }

    func yaml(
        signatory: String, quarter: Quarter, indicators: [(id: String, unit: IndicatorUnit)],
        plugin: StakeholderPlugin?
    ) -> Built {
        var lines: [String] = []
        var fields: [Int: String] = [:]
        func add(_ line: String, field: String? = nil) {
            lines.append(line)
            if let field { fields[lines.count] = field }
        }
        add("signatory: \(YAMLQuoting.doubleQuoted(signatory))")
        add("period: \(quarter)")
        let written = indicators.filter { !(values[$0.id] ?? "").trimmingCharacters(in: .whitespaces).isEmpty }
        add(written.isEmpty ? "values: {}" : "values:")
        for (id, unit) in written {
            let text = (values[id] ?? "").trimmingCharacters(in: .whitespaces)
            add(
                "  \(YAMLQuoting.doubleQuoted(id)): \(unit == .boolean ? Self.boolean(text) : Self.number(text))",
                field: Self.valueName(id))
        }
        for section in plugin?.sections ?? [] {
            let filled = filledRows(section.name)
            guard !filled.isEmpty else { continue }
            add("\(YAMLQuoting.doubleQuoted(section.name)):")
            for (index, row) in filled {
                var first = true
                for field in section.fields {
                    let given = (row[field.name] ?? []).map { $0.trimmingCharacters(in: .whitespaces) }.filter {
                        !$0.isEmpty
                    }
                    guard !given.isEmpty else { continue }
                    let value: String
                    switch field.kind {
                    case .count, .rupiah: value = Self.number(given[0])
                    case .dateInQuarter: value = Self.date(given[0])
                    case .choices: value = "[" + given.map(YAMLQuoting.doubleQuoted).joined(separator: ", ") + "]"
                    case .text, .url, .choice: value = YAMLQuoting.doubleQuoted(given[0])
                    }
                    add(
                        "\(first ? "  - " : "    ")\(YAMLQuoting.doubleQuoted(field.name)): \(value)",
                        field: Self.fieldName(section.name, index, field.name))
                    first = false
                }
            }
        }
        let narrativeText = narrative.trimmingCharacters(in: .whitespacesAndNewlines)
        if !narrativeText.isEmpty { add("narrative: \(YAMLQuoting.doubleQuoted(narrativeText))", field: "narrative") }
        let links = evidence.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.filter {
            !$0.isEmpty
        }
        if links.isEmpty {
            add("evidence: []")
        } else {
            add("evidence:")
            for link in links.prefix(Self.maxRows) { add("  - \(YAMLQuoting.doubleQuoted(link))", field: "evidence") }
        }
        return Built(text: lines.joined(separator: "\n") + "\n", fields: fields)
    }

    /// Plain when it is made of digits with at most a sign and `.`/`,` inside (so `1.234` and
    /// `12,5` reach the checks as typed); anything else double-quoted (and refused as text).
    static func number(_ text: String) -> String {
        let scalars = Array(text.unicodeScalars)
        guard !scalars.isEmpty, scalars.count <= 40 else { return YAMLQuoting.doubleQuoted(text) }
        let body = scalars.first == "-" || scalars.first == "+" ? Array(scalars.dropFirst()) : scalars
        guard let first = body.first, ("0"..."9").contains(first),
            body.allSatisfy({ ("0"..."9").contains($0) || $0 == "." || $0 == "," })
        else { return YAMLQuoting.doubleQuoted(text) }
        return text
    }

    static func date(_ text: String) -> String {
        text.utf8.count == 10 && text.utf8.allSatisfy({ ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2D })
            ? text : YAMLQuoting.doubleQuoted(text)
    }

    static func boolean(_ text: String) -> String {
        ["true", "false"].contains(text) ? text : YAMLQuoting.doubleQuoted(text)
    }
}
