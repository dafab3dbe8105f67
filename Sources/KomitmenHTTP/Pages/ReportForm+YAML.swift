import Foundation
import KomitmenCore
import KomitmenYAML

/// The YAML a form files: one value per line, so each line maps back to the form field it came
/// from and a diagnostic can be shown beside that field; keys, ids and choice words plain, in
/// the template's order, so a form's version and an uploaded template differ only where their
/// values do. Text is always double-quoted (no value can add a key or a document); numbers and dates are written plain only when they look like
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
        add("signatory: \(Self.key(signatory))")
        add("period: \(quarter)")
        // Every pledged indicator has its line, a blank one left empty as the template leaves it
        // (not reported), so two versions differ only on the lines whose values changed.
        add(indicators.isEmpty ? "values: {}" : "values:")
        for (id, unit) in indicators {
            let text = (values[id] ?? "").trimmingCharacters(in: .whitespaces)
            let value = text.isEmpty ? "" : " " + (unit == .boolean ? Self.boolean(text) : Self.number(text))
            add("  \(Self.key(id)):\(value)", field: Self.valueName(id))
        }
        for section in plugin?.sections ?? [] {
            let filled = filledRows(section.name)
            guard !filled.isEmpty else { continue }
            add("\(Self.key(section.name)):")
            for (index, row) in filled {
                // Every field of a row, a blank one left empty: a required field's "no value"
                // then points at its own line, so the form shows it beside that field.
                for (position, field) in section.fields.enumerated() {
                    let given = (row[field.name] ?? []).map { $0.trimmingCharacters(in: .whitespaces) }.filter {
                        !$0.isEmpty
                    }
                    var value = ""
                    if !given.isEmpty {
                        switch field.kind {
                        case .count, .rupiah: value = " " + Self.number(given[0])
                        case .dateInQuarter: value = " " + Self.date(given[0])
                        case .choices: value = " [" + given.map(Self.word).joined(separator: ", ") + "]"
                        case .choice: value = " " + Self.word(given[0])
                        case .text, .url: value = " " + YAMLQuoting.doubleQuoted(given[0])
                        }
                    }
                    add(
                        "\(position == 0 ? "  - " : "    ")\(Self.key(field.name)):\(value)",
                        field: Self.fieldName(section.name, index, field.name))
                }
            }
        }
        let narrativeText = narrative.trimmingCharacters(in: .whitespacesAndNewlines)
        add(
            narrativeText.isEmpty ? "narrative:" : "narrative: \(YAMLQuoting.doubleQuoted(narrativeText))",
            field: "narrative")
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

    /// A key or an id written plain, as the template writes it, when it is lowercase letters,
    /// digits, `_` and `-` starting with a letter and not one of YAML's words for null or true
    /// and false; anything else double-quoted.
    static func key(_ text: String) -> String {
        let bytes = Array(text.utf8)
        guard let first = bytes.first, (0x61...0x7A).contains(first), bytes.count <= 200,
            bytes.allSatisfy({ (0x61...0x7A).contains($0) || (0x30...0x39).contains($0) || $0 == 0x5F || $0 == 0x2D }),
            !["null", "true", "false", "yes", "no", "on", "off", "y", "n", "nan", "inf"].contains(text)
        else { return YAMLQuoting.doubleQuoted(text) }
        return text
    }

    /// A choice's word: plain when it is a plain key, as the template's list of words shows it.
    static func word(_ text: String) -> String { key(text) }

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
