/// A piece of user-facing text in English and Indonesian.
///
/// Every message komitmen shows a person is written in both languages at the place it is made,
/// so no text can exist in one language only.
public struct Phrase: Hashable, Sendable {
    public var en: String
    public var id: String

    public init(en: String, id: String) {
        self.en = en
        self.id = id
    }

    /// The same text in both languages: names, numbers, code.
    public init(verbatim: String) {
        self.en = verbatim
        self.id = verbatim
    }

    public func text(_ language: Language) -> String {
        language == .id ? id : en
    }

    /// Joins phrases language by language.
    public static func + (lhs: Phrase, rhs: Phrase) -> Phrase {
        Phrase(en: lhs.en + rhs.en, id: lhs.id + rhs.id)
    }
}

/// The two languages of komitmen's user-facing text.
public enum Language: String, Sendable, CaseIterable, Codable {
    case en
    case id
}
