/// A piece of user-facing text in every language komitmen speaks.
///
/// Every message komitmen shows a person is written in all languages at the place it is made
/// (`Phrase(en:id:)`), so no text can exist in one language only. The texts are kept one per
/// `Language` case, in an array indexed by the language: a phrase is made for each diagnostic, so
/// it stays two strings and an array, with no dictionary hashing.
public struct Phrase: Hashable, Sendable {
    // `Language.allCases` order; nil where no text was given (a language added later).
    private var texts: [String?]

    public init(en: String, id: String) {
        var texts: [String?] = [en, id]
        if Language.count > 2 { texts += Array(repeating: nil, count: Language.count - 2) }
        self.texts = texts
    }

    /// A phrase from a text per language; a language left out falls back to English (`text(_:)`)
    /// and is listed by `missingLanguages`.
    public init(_ texts: [Language: String]) {
        self.texts = Language.allCases.map { texts[$0] }
    }

    /// The same text in every language: names, numbers, code.
    public init(verbatim: String) {
        texts = Array(repeating: verbatim, count: Language.count)
    }

    /// The text in `language`; English when the phrase has none in it.
    public func text(_ language: Language) -> String {
        texts[language.index] ?? texts[Language.en.index] ?? ""
    }

    public var en: String { text(.en) }
    public var id: String { text(.id) }

    /// The languages this phrase has no text in (none given, or only blanks): a catalog test
    /// lists them, so adding a language shows every phrase still to translate.
    public var missingLanguages: [Language] {
        Language.allCases.filter { language in
            texts[language.index]?.contains { !$0.isWhitespace } != true
        }
    }

    /// Joins phrases language by language (a language either lacks stays missing).
    public static func + (lhs: Phrase, rhs: Phrase) -> Phrase {
        var joined = lhs
        for index in joined.texts.indices {
            joined.texts[index] = lhs.texts[index].flatMap { left in rhs.texts[index].map { left + $0 } }
        }
        return joined
    }
}
