/// A piece of user-facing text in every language komitmen speaks.
///
/// Phrases live in the catalogs (`*Words.swift`, Render's `Labels.swift`, the diagnostic code
/// tables, each plugin's `*Stakeholder.swift`), one text per language. `Phrase(en:id:)` has a
/// parameter per language and no defaults, so a third language is one more parameter and the
/// compiler lists every phrase that still lacks it (CONTRIBUTING.md, "Languages").
///
/// The texts are stored properties, not an array or a dictionary: a phrase is made for each
/// diagnostic, so making one allocates nothing beyond its strings, and `text(_:)` is a switch.
public struct Phrase: Hashable, Sendable {
    private var english: String
    private var indonesian: String
    /// False for `Phrase(verbatim:)` (data): the pseudo-language shows it as it is, unmarked.
    private var marked: Bool

    public init(en: String, id: String) {
        english = en
        indonesian = id
        marked = true
    }

    /// The same text in every language: names, numbers, code; never words (those go in a
    /// catalog).
    public init(verbatim: String) {
        english = verbatim
        indonesian = verbatim
        marked = false
    }

    /// Text a repository's author wrote in each language (a goal's title): data, shown as
    /// written, unmarked in the pseudo-language.
    public static func data(en: String, id: String) -> Phrase {
        Phrase(english: en, indonesian: id, marked: false)
    }

    /// The text in `language`; in the pseudo-language, the English text marked `⟦…⟧`
    /// (`Language.qps`), built only when asked for.
    public func text(_ language: Language) -> String {
        switch language {
        case .en: english
        case .id: indonesian
        case .qps: marked ? "⟦" + english + "⟧" : english
        }
    }

    public var en: String { english }
    public var id: String { indonesian }

    /// The languages whose text is blank: a catalog test lists them.
    public var blankLanguages: [Language] {
        Language.allCases.filter { language in !text(language).contains { !$0.isWhitespace } }
    }

    /// Joins phrases language by language; marked in the pseudo-language when either part is.
    public static func + (lhs: Phrase, rhs: Phrase) -> Phrase {
        Phrase(
            english: lhs.english + rhs.english, indonesian: lhs.indonesian + rhs.indonesian,
            marked: lhs.marked || rhs.marked)
    }

    private init(english: String, indonesian: String, marked: Bool) {
        self.english = english
        self.indonesian = indonesian
        self.marked = marked
    }
}
