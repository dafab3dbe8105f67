import KomitmenYAML

extension StakeholderPlugin {
    /// Every section, field and choice whose label is blank in some language, as
    /// `section`, `section.field` or `section.field=value` with the languages missing
    /// (`cases.stage=verdict: id`): the types make a label required, this finds the empty ones.
    public var blankLabels: [String] {
        var blanks: [String] = []
        func check(_ label: Phrase, _ place: String) {
            let missing = label.blankLanguages.filter { $0 != .qps }
            if !missing.isEmpty { blanks.append("\(place): " + missing.map(\.rawValue).joined(separator: ", ")) }
        }
        for section in sections {
            check(section.label, section.name)
            for field in section.fields {
                check(field.label, "\(section.name).\(field.name)")
                for choice in field.kind.allowedChoices ?? [] {
                    check(choice.label, "\(section.name).\(field.name)=\(choice.value)")
                }
            }
        }
        return blanks
    }
}
