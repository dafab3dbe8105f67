/// The languages of komitmen's user-facing text. Adding one is adding a case here and its text
/// in each catalog; `PhraseCatalogTests` lists every phrase that still lacks it.
public enum Language: String, Sendable, CaseIterable, Codable {
    case en
    case id

    /// How many languages there are.
    public static let count = allCases.count

    /// The place of the language in `allCases`, where `Phrase` keeps its text.
    var index: Int {
        switch self {
        case .en: 0
        case .id: 1
        }
    }
}
