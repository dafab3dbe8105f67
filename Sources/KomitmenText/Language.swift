/// The languages of komitmen's user-facing text. Adding one is adding a case here, its
/// conventions in `Language+Conventions.swift`, and a parameter to `Phrase(en:id:)`: the
/// compiler then lists every phrase in the catalogs that still lacks its text (CONTRIBUTING.md,
/// "Languages").
public enum Language: String, Sendable, CaseIterable, Codable {
    case en
    case id
    /// The pseudo-language for translators and tests (ISO 639's private-use range): every
    /// phrase's English text, marked `⟦…⟧`, so text that bypassed the catalogs shows unmarked.
    /// `--lang qps` speaks it; it is never offered to people (`allCases` leaves it out).
    case qps

    /// The languages people are offered: the command line's list, the pages' language switch,
    /// the generated docs' columns, the codes a repository may use. Not the pseudo-language.
    public static let allCases: [Language] = [.en, .id]

    /// How many languages people are offered.
    public static let count = allCases.count

    /// The language a repository's text names by `code` (`en`, `id`); nil for any other code,
    /// the pseudo-language's too: it is for checking komitmen's own text, not for data.
    public init?(spokenCode code: String) {
        guard let language = Language(rawValue: code), language != .qps else { return nil }
        self = language
    }

    /// The spoken codes, Indonesian first as everywhere ("id or en"), joined by `separator`.
    public static func codes(joinedBy separator: String) -> String {
        allCases.map(\.rawValue).sorted(by: >).joined(separator: separator)
    }
}
