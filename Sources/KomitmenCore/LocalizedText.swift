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
        byLanguage[language.rawValue] ?? byLanguage[""] ?? byLanguage["id"] ?? byLanguage["en"]
            ?? byLanguage.sorted { $0.key < $1.key }.first?.value ?? ""
    }
}
