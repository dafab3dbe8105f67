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
    case choice([String])
    /// A list of these words.
    case choices([String])
}

/// One field of a section entry (`stage`, `suspects`, ...).
public struct FieldDefinition: Sendable, Hashable {
    public var name: String
    public var kind: FieldKind
    public var required: Bool
    /// No two entries of one report may share this field's value.
    public var unique: Bool
    public var description: Phrase

    public init(_ name: String, _ kind: FieldKind, required: Bool = true, unique: Bool = false, description: Phrase) {
        self.name = name
        self.kind = kind
        self.required = required
        self.unique = unique
        self.description = description
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

    /// The formula in both languages, for messages.
    public var formulaPhrase: Phrase {
        switch self {
        case .countEntries: CoreWords.numberOfEntries
        case .countWhere(let field, let value):
            CoreWords.numberOfEntriesWith(field, value: value)
        case .sum(let field): Phrase(verbatim: "Σ \(field)")
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
    public var description: Phrase
    public var fields: [FieldDefinition] { didSet { fieldNames = fields.map(\.name) } }
    /// The fields' names in order, made once: every entry of every report shares this array.
    public private(set) var fieldNames: [String]
    /// Indicator id → how the section yields it.
    public var derivations: [(indicator: String, derivation: Derivation)]
    public var rules: [EntryRule]
    /// Fields whose values the summary counts per quarter (`stage` of police cases, say).
    public var breakdowns: [String]

    public init(
        _ name: String, description: Phrase, fields: [FieldDefinition],
        derivations: [(indicator: String, derivation: Derivation)] = [], rules: [EntryRule] = [],
        breakdowns: [String] = []
    ) {
        self.name = name
        self.description = description
        self.fields = fields
        fieldNames = fields.map(\.name)
        self.derivations = derivations
        self.rules = rules
        self.breakdowns = breakdowns
    }
}
