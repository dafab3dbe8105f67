import KomitmenCore
import KomitmenRender

extension ReportForm {
    /// The form as hidden fields, under the names the form uses: the check page carries what was
    /// typed to *file* (or back to the form to change it) without a server-side draft.
    func hiddenFields(indicators: [String], plugin: StakeholderPlugin?) -> HTML {
        var out = HTML()
        func field(_ name: String, _ value: String) {
            out += "<input type=\"hidden\" name=\"\(name)\" value=\"\(value)\">\n"
        }
        for indicator in indicators { field(Self.valueName(indicator), values[indicator] ?? "") }
        for section in plugin?.sections ?? [] {
            let rows = rows[section.name] ?? []
            field("rows.\(section.name)", String(rows.count))
            for (index, row) in rows.enumerated() {
                for definition in section.fields {
                    for value in row[definition.name] ?? [] {
                        field(Self.fieldName(section.name, index, definition.name), value)
                    }
                }
            }
        }
        field("narrative", narrative)
        field("evidence", evidence)
        return out
    }
}
