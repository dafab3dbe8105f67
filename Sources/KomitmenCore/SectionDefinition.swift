import KomitmenYAML

/// The kind of value a section field holds; the core checks it and reports mistakes.
public enum FieldKind: Sendable, Hashable {
    case text
    /// A whole number ≥ 0.
    case count
    /// Whole rupiah ≥ 0.
    case rupiah
    /// A date that must fall inside the report's quarter.
    case dateInQuarter
    /// A web address (`http://` or `https://`).
    case url
    /// One of these words.
    case choice([Choice])
    /// A list of these words.
    case choices([Choice])

    /// The words a `.choice` or `.choices` field allows, with their labels; nil for other kinds.
    public var allowedChoices: [Choice]? {
        switch self {
        case .choice(let choices), .choices(let choices): choices
        default: nil
        }
    }
}

/// One word a choice field allows: the YAML value as written (`investigation`) and the label a
/// person sees ("Penyidikan" / "Investigation").
public struct Choice: Sendable, Hashable {
    public var value: String
    public var label: Phrase

    public init(_ value: String, _ label: Phrase) {
        self.value = value
        self.label = label
    }
}

/// One field of a section entry (`stage`, `suspects`, ...).
public struct FieldDefinition: Sendable, Hashable {
    public var name: String
    /// What a person sees instead of the YAML key (`stage` → "Tahap" / "Stage").
    public var label: Phrase
    public var kind: FieldKind
    public var required: Bool
    /// No two entries of one report may share this field's value.
    public var unique: Bool
    public var description: Phrase

    public init(
        _ name: String, _ kind: FieldKind, required: Bool = true, unique: Bool = false, label: Phrase,
        description: Phrase
    ) {
        self.name = name
        self.label = label
        self.kind = kind
        self.required = required
        self.unique = unique
        self.description = description
    }

    /// The label of the choice `value`, when this field allows it.
    public func choiceLabel(_ value: String) -> Phrase? {
        kind.allowedChoices?.first { $0.value == value }?.label
    }
}

/// How a section yields an indicator value, written as data so docs and templates can show it.
public enum Derivation: Sendable, Hashable {
    /// The number of entries.
    case countEntries
    /// The number of entries whose `field` is `value`.
    case countWhere(field: String, equals: String)
    /// The sum of a count or rupiah field over the entries.
    case sum(field: String)

    /// The formula in both languages, for messages and docs, naming `section`'s fields and
    /// choices by their labels.
    public func formula(in section: SectionDefinition) -> Phrase {
        switch self {
        case .countEntries: return CoreWords.numberOfEntries
        case .countWhere(let name, let value):
            let field = section.field(name)
            return CoreWords.numberOfEntriesWith(
                field?.label ?? Phrase(verbatim: name), value: field?.choiceLabel(value) ?? Phrase(verbatim: value))
        case .sum(let name):
            return Phrase(verbatim: "Σ ") + (section.field(name)?.label ?? Phrase(verbatim: name))
        }
    }
}

/// A plugin's own check on one section entry (its typed values, `SectionEntry`), beyond the field kinds.
public struct EntryRule: Sendable {
    public var description: Phrase
    public var check: @Sendable (SectionEntry) -> [Diagnostic]

    public init(_ description: Phrase, check: @escaping @Sendable (SectionEntry) -> [Diagnostic]) {
        self.description = description
        self.check = check
    }
}

/// A list a report may carry under a plugin-defined key (`cases`, `publications`, ...).
public struct SectionDefinition: Sendable {
    public var name: String
    /// What a person sees instead of the YAML key (`cases` → "Perkara" / "Cases").
    public var label: Phrase
    public var description: Phrase
    public var fields: [FieldDefinition] {
        didSet {
            fieldNames = fields.map(\.name)
            fieldLabels = fields.map(\.label)
        }
    }
    /// The fields' names in order, made once: every entry of every report shares this array.
    public private(set) var fieldNames: [String]
    /// The fields' labels, in the same order: what messages about an entry's fields name.
    public private(set) var fieldLabels: [Phrase]
    /// Indicator id → how the section yields it.
    public var derivations: [(indicator: String, derivation: Derivation)]
    public var rules: [EntryRule]
    /// Fields whose values the summary counts per quarter (`stage` of police cases, say).
    public var breakdowns: [String]

    public init(
        _ name: String, label: Phrase, description: Phrase, fields: [FieldDefinition],
        derivations: [(indicator: String, derivation: Derivation)] = [], rules: [EntryRule] = [],
        breakdowns: [String] = []
    ) {
        self.name = name
        self.label = label
        self.description = description
        self.fields = fields
        fieldNames = fields.map(\.name)
        fieldLabels = fields.map(\.label)
        self.derivations = derivations
        self.rules = rules
        self.breakdowns = breakdowns
    }

    public func field(_ name: String) -> FieldDefinition? {
        fields.first { $0.name == name }
    }
}
