import KomitmenCore

/// The report form as a browser posts it: apart from `ReportForm` because `FormBody` is read
/// from an HTTP request, and the pipeline fuzzer compiles the form without HTTP.
extension ReportForm {
    /// The form as posted, for `plugin`'s sections and `indicators` (nothing else is read).
    init(_ body: FormBody, indicators: [String], plugin: StakeholderPlugin?) {
        for indicator in indicators {
            if let text = body[Self.valueName(indicator)] { values[indicator] = text }
        }
        for section in plugin?.sections ?? [] {
            let count = min(Self.maxRows, max(0, Int(body["rows.\(section.name)"] ?? "") ?? 0))
            rows[section.name] = (0..<count).map { row in
                var fields: [String: [String]] = [:]
                for field in section.fields {
                    let given = body.all(Self.fieldName(section.name, row, field.name))
                    if !given.isEmpty { fields[field.name] = given }
                }
                return fields
            }
        }
        narrative = body["narrative"] ?? ""
        evidence = body["evidence"] ?? ""
    }
}
