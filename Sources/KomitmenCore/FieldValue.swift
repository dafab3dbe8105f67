import KomitmenYAML

/// The value of one section field, read once from the report in the field's `FieldKind`: rules,
/// derivations and breakdowns use it as it is and never parse the text again.
public enum FieldValue: Sendable, Hashable {
    case text(String)
    /// A whole number ≥ 0.
    case count(Int)
    /// Whole rupiah ≥ 0.
    case rupiah(Int)
    /// A date inside the report's quarter.
    case date(CalendarDate)
    /// A web address starting with `http://` or `https://`.
    case url(String)
    /// One of the field's words.
    case choice(String)
    /// Some of the field's words, in the order written (one word written alone is a list of one).
    case choices([String])

    /// The value as words, for counting entries per value: a list gives each of its words.
    public var words: [String] {
        switch self {
        case .text(let text), .url(let text), .choice(let text): [text]
        case .count(let number), .rupiah(let number): [String(number)]
        case .date(let date): [date.description]
        case .choices(let words): words
        }
    }

    /// Whether the value is `word`, or a list holding it.
    public func holds(_ word: String) -> Bool {
        switch self {
        case .text(let text), .url(let text), .choice(let text): text == word
        case .choices(let words): words.contains(word)
        case .count, .rupiah, .date: words == [word]
        }
    }
}
