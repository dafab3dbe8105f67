import KomitmenCore
import KomitmenYAML

/// A test plugin with one field of every kind, every derivation and a rule whose messages can be
/// broken on purpose: for tests of typed entries and of example checking, without real plugins.
enum Probe {
    static let section = SectionDefinition(
        "items", label: Phrase(en: "Items", id: "Butir"),
        description: Phrase(en: "Items of the probe.", id: "Butir uji."),
        fields: [
            FieldDefinition(
                "name", .text, unique: true, label: Phrase(en: "Name", id: "Nama"),
                description: Phrase(en: "A name.", id: "Nama.")),
            FieldDefinition(
                "n", .count, label: Phrase(en: "Count", id: "Jumlah"),
                description: Phrase(en: "A count.", id: "Jumlah.")),
            FieldDefinition(
                "amount", .rupiah, required: false, label: Phrase(en: "Amount", id: "Nilai"),
                description: Phrase(en: "Rupiah.", id: "Rupiah.")),
            FieldDefinition(
                "day", .dateInQuarter, required: false, label: Phrase(en: "Day", id: "Hari"),
                description: Phrase(en: "A day.", id: "Hari.")),
            FieldDefinition(
                "link", .url, required: false, label: Phrase(en: "Link", id: "Tautan"),
                description: Phrase(en: "A link.", id: "Tautan.")),
            FieldDefinition(
                "kind", .choice([Choice("a", Phrase(en: "A", id: "A")), Choice("b", Phrase(en: "B", id: "B"))]),
                label: Phrase(en: "Kind", id: "Jenis"), description: Phrase(en: "A kind.", id: "Jenis.")),
            FieldDefinition(
                "tags",
                .choices([
                    Choice("x", Phrase(en: "X", id: "X")), Choice("y", Phrase(en: "Y", id: "Y")),
                    Choice("z", Phrase(en: "Z", id: "Z")),
                ]), required: false, label: Phrase(en: "Tags", id: "Label"),
                description: Phrase(en: "Tags.", id: "Label.")),
        ],
        derivations: [
            (indicator: "items_listed", derivation: .countEntries),
            (indicator: "items_a", derivation: .countWhere(field: "kind", equals: "a")),
            (indicator: "items_x", derivation: .countWhere(field: "tags", equals: "x")),
            (indicator: "n_total", derivation: .sum(field: "n")),
            (indicator: "amount_total", derivation: .sum(field: "amount")),
        ],
        rules: [rule],
        breakdowns: ["kind", "tags"])

    /// Names that make the rule speak: `big` an error at `n` when n > 100, `untranslated` an error
    /// with no Indonesian, `same` one whose Indonesian is the English,
    /// `hinted` and `hinted-same` the same for a hint, `odd` a warning at the entry.
    static let rule = EntryRule(Phrase(en: "Probe rule.", id: "Aturan uji.")) { entry in
        switch entry.text("name") {
        case "big" where (entry.count("n") ?? 0) > 100:
            return [
                entry.error(
                    .wrongType, at: "n", Phrase(en: "n \(entry.count("n") ?? 0) is too big", id: "n terlalu besar"))
            ]
        case "untranslated":
            return [entry.error(.wrongType, at: "name", Phrase(en: "not translated", id: ""))]
        case "same":
            return [entry.error(.wrongType, at: "name", Phrase(en: "the same words", id: "the same words"))]
        case "hinted":
            return [
                entry.error(
                    .wrongType, at: "name", Phrase(en: "a hinted error", id: "galat bersaran"),
                    hint: Phrase(en: "a hint in English only", id: ""))
            ]
        case "hinted-same":
            return [
                entry.error(
                    .wrongType, at: "name", Phrase(en: "a hinted error", id: "galat bersaran"),
                    hint: Phrase(en: "the same hint", id: "the same hint"))
            ]
        case "odd":
            return [entry.warning(.notRead, at: "nothing-such", Phrase(en: "odd entry", id: "entri aneh"))]
        default:
            return []
        }
    }

    static func plugin(examples: [PluginExample] = []) -> StakeholderPlugin {
        StakeholderPlugin(
            kind: "probe", name: Phrase(en: "Probe", id: "Uji"), description: Phrase(en: "A probe.", id: "Uji."),
            indicators: ["items_listed", "items_a", "items_x", "n_total"].map {
                IndicatorDefinition($0, label: Phrase(verbatim: $0), description: Phrase(verbatim: $0))
            } + [
                IndicatorDefinition(
                    "amount_total", label: Phrase(verbatim: "amount"), unit: .rupiah,
                    description: Phrase(verbatim: "amount"))
            ],
            sections: [section], examples: examples)
    }
}
