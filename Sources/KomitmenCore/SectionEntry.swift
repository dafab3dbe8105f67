import KomitmenYAML

/// One entry of a section as read from a report: each field's typed value and where it was
/// written, for rules, derivations, breakdowns and the positions of their diagnostics.
///
/// Kept with the report for every entry of every file, so it is small: the section's field names
/// are one array shared by all its entries, and each entry holds a value and a mark per field in
/// that order (a handful of fields: searching them in order is cheaper than a table per entry).
public struct SectionEntry: Sendable {
    /// A field's value and where it was written.
    public struct Field: Sendable, Hashable {
        public var value: FieldValue
        public var mark: Mark
    }

    /// The section's field names, shared by its entries; `fields` follows their order.
    private let names: [String]
    private var fields: [Field?]
    /// The file the entry was read from, as shown in diagnostics.
    public let file: String
    /// Where the entry starts: the position of problems with the entry as a whole.
    public let mark: Mark
    /// The quarter of the report the entry is in.
    public let quarter: Quarter

    /// An entry of a section with these field names, none given yet, made with the memberwise
    /// initializer (CONTRIBUTING.md, "Code conventions").
    static func empty(names: [String], file: String, mark: Mark, quarter: Quarter) -> SectionEntry {
        SectionEntry(
            names: names, fields: Array(repeating: nil, count: names.count), file: file, mark: mark, quarter: quarter)
    }

    /// Sets the field at `index` of the section's field names (the reader goes through them in
    /// that order: no name to look up).
    mutating func set(_ field: Field, at index: Int) {
        fields[index] = field
    }

    /// A field's value and mark; nil when the entry does not give it.
    public subscript(field: String) -> Field? {
        get { names.firstIndex(of: field).flatMap { fields[$0] } }
        set { if let index = names.firstIndex(of: field) { fields[index] = newValue } }
    }

    /// A field's value; nil when the entry does not give it.
    public func value(_ field: String) -> FieldValue? { self[field]?.value }

    /// Where a field was written; nil when the entry does not give it.
    public func mark(of field: String) -> Mark? { self[field]?.mark }

    /// The text of a `.text` or `.url` field.
    public func text(_ field: String) -> String? {
        switch value(field) {
        case .text(let text), .url(let text): text
        default: nil
        }
    }

    /// The number of a `.count` field.
    public func count(_ field: String) -> Int? {
        if case .count(let number) = value(field) { return number }
        return nil
    }

    /// The amount of a `.rupiah` field.
    public func rupiah(_ field: String) -> Int? {
        if case .rupiah(let amount) = value(field) { return amount }
        return nil
    }

    /// The day of a `.dateInQuarter` field.
    public func date(_ field: String) -> CalendarDate? {
        if case .date(let date) = value(field) { return date }
        return nil
    }

    /// The word of a `.choice` field.
    public func choice(_ field: String) -> String? {
        if case .choice(let word) = value(field) { return word }
        return nil
    }

    /// The words of a `.choices` field (or of a `.choice` field, as a list of one); empty when absent.
    public func choices(_ field: String) -> [String] {
        switch value(field) {
        case .choices(let words): words
        case .choice(let word): [word]
        default: []
        }
    }

    /// An error at a field (at the entry when the field is not given), as a rule reports it.
    public func error(_ code: DiagnosticCode, at field: String, _ message: Phrase, hint: Phrase? = nil) -> Diagnostic {
        .error(code, file, mark(of: field) ?? mark, message, hint: hint)
    }

    /// A warning at a field (at the entry when the field is not given).
    public func warning(_ code: DiagnosticCode, at field: String, _ message: Phrase, hint: Phrase? = nil) -> Diagnostic
    {
        .warning(code, file, mark(of: field) ?? mark, message, hint: hint)
    }
}

// In extensions, so the structs keep their memberwise initializers (see `empty`).
extension SectionEntry {
    /// An entry with the given fields, in any order; for tests and tools that build entries
    /// without a report. Names not in `names` are left out.
    public init(
        names: [String], fields given: [String: Field], file: String = "", mark: Mark = .fileStart, quarter: Quarter
    ) {
        self = .empty(names: names, file: file, mark: mark, quarter: quarter)
        for (name, field) in given { self[name] = field }
    }
}

extension SectionEntry.Field {
    public init(_ value: FieldValue, at mark: Mark) {
        self.init(value: value, mark: mark)
    }
}
