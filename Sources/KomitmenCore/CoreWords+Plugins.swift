import KomitmenText

/// The words of `PluginCatalog`: `komitmen plugins` and docs/plugins.md.
extension CoreWords {
    static let pluginSection = Phrase(en: "section", id: "bagian")

    static let stakeholderPlugins = Phrase(en: "Stakeholder plugins", id: "Plugin pemangku kepentingan")

    static let pluginsIntroduction = Phrase(
        en:
            "Each signatory's `stakeholder:` picks one of these compiled-in plugins. It defines the indicators a report may give under `values:` and the sections it may carry.",
        id:
            "Kolom `stakeholder:` setiap penanda tangan memilih salah satu plugin ini. Plugin menentukan indikator yang boleh ditulis di bawah `values:` dan bagian yang boleh dimuat laporan."
    )

    static let pluginName = Phrase(en: "name", id: "nama")

    static let pluginIndicators = Phrase(en: "indicators", id: "indikator")

    static let pluginSections = Phrase(en: "sections", id: "bagian")

    static let pluginLabel = Phrase(en: "label", id: "label")

    static let pluginDescription = Phrase(en: "description", id: "keterangan")

    static let pluginSectionHeading = Phrase(en: "Section", id: "Bagian")

    static let pluginFieldKind = Phrase(en: "kind", id: "jenis")

    static let pluginFieldRequired = Phrase(en: "required", id: "wajib")

    static let yes = Phrase(en: "yes", id: "ya")

    static let no = Phrase(en: "no", id: "tidak")

    static let pluginUnique = Phrase(en: ", unique", id: ", unik")

    static let pluginDerivedValues = Phrase(
        en: "Derived values (may be left out of `values:`; where given, they must agree):",
        id: "Nilai turunan (boleh tidak ditulis di `values:`; bila ditulis, harus sama):")

    static let pluginRules = Phrase(en: "Rules:", id: "Aturan:")

    static let pluginExample = Phrase(en: "Example report body:", id: "Contoh isi laporan:")

    static let fieldText = Phrase(en: "text", id: "teks")

    static let fieldCount = Phrase(en: "count", id: "jumlah")

    static let fieldDateInQuarter = Phrase(en: "date in the quarter", id: "tanggal dalam triwulan")

    static let fieldOneOf = Phrase(en: "one of ", id: "salah satu dari ")

    static let fieldListOf = Phrase(en: "list of ", id: "daftar dari ")
}
