import KomitmenCore

/// Newsrooms and journalists' associations: investigative and news reports, public service
/// announcements, audience, journalists trained, and threats against journalists (which should
/// go down). Its `publications` section lists each piece; the three kinds are counted.
public let mediaStakeholder = StakeholderPlugin(
    kind: "media",
    name: Phrase(en: "Media", id: "Media"),
    description: Phrase(
        en:
            "Newsrooms and journalists' associations: investigative and news reports, public service announcements, audience reach, journalists trained, journalist safety.",
        id:
            "Redaksi media dan organisasi jurnalis: liputan investigasi dan berita, iklan layanan masyarakat, jangkauan audiens, pelatihan jurnalis, keamanan jurnalis."
    ),
    indicators: mediaIndicators,
    sections: [mediaPublications],
    examples: mediaExamples
)

let mediaIndicators: [IndicatorDefinition] = [
    IndicatorDefinition(
        "investigative_reports",
        label: Phrase(en: "Investigative reports", id: "Liputan investigasi"),
        description: Phrase(
            en:
                "In-depth investigations into recruitment and trafficking published; derived from the investigative publications listed.",
            id:
                "Liputan investigasi mendalam tentang perekrutan dan TPPO yang terbit; dihitung dari publikasi investigative yang dicantumkan."
        )),
    IndicatorDefinition(
        "news_reports",
        label: Phrase(en: "News reports", id: "Berita"),
        description: Phrase(
            en: "News stories on migrant workers and trafficking published; derived from the news publications listed.",
            id: "Berita tentang PMI dan TPPO yang terbit; dihitung dari publikasi news yang dicantumkan.")),
    IndicatorDefinition(
        "psa_campaigns",
        label: Phrase(en: "Public service announcements", id: "Iklan layanan masyarakat"),
        description: Phrase(
            en:
                "Public service announcements on safe migration published or aired; derived from the psa publications listed.",
            id:
                "Iklan layanan masyarakat (ILM) tentang migrasi aman yang terbit atau disiarkan; dihitung dari publikasi psa yang dicantumkan."
        )),
    IndicatorDefinition(
        "audience_reach",
        label: Phrase(en: "Audience reached", id: "Jangkauan audiens"),
        description: Phrase(
            en: "Readers, listeners and viewers of the quarter's publications on migration and trafficking.",
            id: "Jumlah pembaca, pendengar dan penonton publikasi tentang PMI dan TPPO triwulan ini.")),
    IndicatorDefinition(
        "journalists_trained",
        label: Phrase(en: "Journalists trained", id: "Jurnalis dilatih"),
        description: Phrase(
            en: "Journalists trained in reporting on trafficking safely and ethically this quarter.",
            id: "Jurnalis yang mengikuti pelatihan peliputan TPPO yang aman dan beretika triwulan ini.")),
    IndicatorDefinition(
        "journalist_safety_incidents",
        label: Phrase(en: "Journalist safety incidents", id: "Insiden keamanan jurnalis"),
        aggregation: .latest, direction: .decrease,
        description: Phrase(
            en:
                "Threats, intimidation or attacks against journalists covering trafficking recorded at the end of the quarter; fewer is better.",
            id:
                "Ancaman, intimidasi atau kekerasan terhadap jurnalis peliput TPPO yang tercatat pada akhir triwulan; makin sedikit makin baik."
        )),
]

let mediaPublications = SectionDefinition(
    "publications", label: Phrase(en: "Publications", id: "Publikasi"),
    description: Phrase(
        en: "Reports and announcements on migration and trafficking published this quarter, one entry each.",
        id:
            "Liputan dan iklan layanan masyarakat tentang PMI dan TPPO yang terbit triwulan ini, satu entri per publikasi."
    ),
    fields: [
        FieldDefinition(
            "title", .text,
            label: Phrase(en: "Title", id: "Judul"),
            description: Phrase(en: "The headline as published.", id: "Judul sebagaimana diterbitkan.")),
        FieldDefinition(
            "date", .dateInQuarter,
            label: Phrase(en: "Publication date", id: "Tanggal terbit"),
            description: Phrase(
                en: "The day it was published, inside the report's quarter (YYYY-MM-DD).",
                id: "Tanggal terbit, di dalam triwulan laporan (TTTT-BB-HH).")),
        FieldDefinition(
            "kind",
            .choice([
                Choice("investigative", Phrase(en: "Investigative report", id: "Liputan investigasi")),
                Choice("news", Phrase(en: "News", id: "Berita")),
                Choice("psa", Phrase(en: "Public service announcement", id: "Iklan layanan masyarakat")),
            ]),
            label: Phrase(en: "Kind", id: "Jenis"),
            description: Phrase(
                en: "What it is: investigative, news or psa (public service announcement).",
                id: "Jenis publikasi: investigasi (investigative), berita (news) atau iklan layanan masyarakat (psa).")),
        FieldDefinition(
            "url", .url, required: false,
            label: Phrase(en: "Link", id: "Tautan"),
            description: Phrase(
                en: "Where it can be read, heard or seen (http:// or https://).",
                id: "Alamat web publikasi (http:// atau https://).")),
    ],
    derivations: [
        (indicator: "investigative_reports", derivation: .countWhere(field: "kind", equals: "investigative")),
        (indicator: "news_reports", derivation: .countWhere(field: "kind", equals: "news")),
        (indicator: "psa_campaigns", derivation: .countWhere(field: "kind", equals: "psa")),
    ],
    breakdowns: ["kind"]
)
