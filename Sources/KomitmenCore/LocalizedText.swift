import KomitmenYAML

/// Text a YAML author wrote either as one string or as a map of language codes (`id`, `en`).
public struct LocalizedText: Hashable, Sendable {
    public var byLanguage: [String: String]

    public init(_ byLanguage: [String: String]) {
        self.byLanguage = byLanguage
    }

    public init(_ text: String) {
        byLanguage = ["": text]
    }

    /// The text in a language, falling back to Indonesian, English, then any text given.
    public func text(_ language: Language) -> String {
        byLanguage[language.rawValue] ?? byLanguage[""] ?? byLanguage[Language.id.rawValue] ?? byLanguage[
            Language.en.rawValue]
            ?? byLanguage.sorted { $0.key < $1.key }.first?.value ?? ""
    }

    /// The text as a phrase of data: as written in each language, unmarked in the pseudo-language.
    public var phrase: Phrase { .data(en: text(.en), id: text(.id)) }
}
