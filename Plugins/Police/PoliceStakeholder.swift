import KomitmenCore

/// The police: trafficking reports, investigations and prosecutions, people rescued and
/// departures stopped. Its `cases` section lists case files; suspects and victims are summed.
public let policeStakeholder = StakeholderPlugin(
    kind: "police",
    name: Phrase(en: "Police", id: "Kepolisian"),
    description: Phrase(
        en:
            "Regional and regency police: trafficking (TPPO) cases from report to verdict, victims rescued, illegal departures prevented.",
        id:
            "Polda dan Polres: perkara TPPO dari laporan sampai putusan, korban yang diselamatkan, keberangkatan ilegal yang dicegah."
    ),
    indicators: policeIndicators,
    sections: [policeCases],
    examples: policeExamples
)

let policeIndicators: [IndicatorDefinition] = [
    IndicatorDefinition(
        "tppo_reports_received",
        label: Phrase(en: "Trafficking reports received", id: "Laporan TPPO diterima"),
        description: Phrase(
            en: "Police reports (laporan polisi) of trafficking received this quarter.",
            id: "Laporan polisi tentang TPPO yang diterima triwulan ini.")),
    IndicatorDefinition(
        "tppo_cases_investigated",
        label: Phrase(en: "Trafficking cases investigated", id: "Perkara TPPO disidik"),
        description: Phrase(
            en: "Cases that entered investigation (penyidikan) this quarter.",
            id: "Perkara yang masuk tahap penyidikan triwulan ini.")),
    IndicatorDefinition(
        "cases_to_prosecution",
        label: Phrase(en: "Cases sent to prosecution", id: "Perkara dilimpahkan ke kejaksaan"),
        description: Phrase(
            en: "Case files handed to the prosecutor (P21) this quarter.",
            id: "Berkas perkara yang dinyatakan lengkap (P21) triwulan ini.")),
    IndicatorDefinition(
        "suspects_named",
        label: Phrase(en: "Suspects named", id: "Tersangka ditetapkan"),
        description: Phrase(
            en: "People named as suspects; derived from the suspects of the cases listed.",
            id: "Orang yang ditetapkan sebagai tersangka; dihitung dari tersangka perkara yang dicantumkan.")),
    IndicatorDefinition(
        "victims_rescued",
        label: Phrase(en: "Victims rescued", id: "Korban diselamatkan"),
        description: Phrase(
            en: "Trafficking victims rescued; derived from the victims of the cases listed.",
            id: "Korban TPPO yang diselamatkan; dihitung dari korban perkara yang dicantumkan.")),
    IndicatorDefinition(
        "departures_prevented",
        label: Phrase(en: "Illegal departures prevented", id: "Keberangkatan ilegal dicegah"),
        description: Phrase(
            en: "Prospective migrant workers stopped from leaving without documents.",
            id: "Calon pekerja migran yang dicegah berangkat tanpa dokumen resmi.")),
]

let policeCases = SectionDefinition(
    "cases", label: Phrase(en: "Cases", id: "Perkara"),
    description: Phrase(
        en: "Trafficking case files handled this quarter.", id: "Berkas perkara TPPO yang ditangani triwulan ini."),
    fields: [
        FieldDefinition(
            "ref", .text, unique: true,
            label: Phrase(en: "Police report number", id: "Nomor laporan polisi"),
            description: Phrase(
                en: "The police report number, e.g. LP/B/123/X/2025.", id: "Nomor laporan polisi, mis. LP/B/123/X/2025."
            )),
        FieldDefinition(
            "stage",
            .choice([
                Choice("report", Phrase(en: "Report", id: "Laporan")),
                Choice("investigation", Phrase(en: "Investigation", id: "Penyidikan")),
                Choice("prosecution", Phrase(en: "Prosecution", id: "Penuntutan")),
                Choice("verdict", Phrase(en: "Verdict", id: "Putusan")),
            ]),
            label: Phrase(en: "Stage", id: "Tahap"),
            description: Phrase(en: "Where the case stands.", id: "Tahap perkara saat ini.")),
        FieldDefinition(
            "suspects", .count,
            label: Phrase(en: "Suspects", id: "Tersangka"),
            description: Phrase(en: "Suspects named in the case.", id: "Jumlah tersangka dalam perkara.")),
        FieldDefinition(
            "victims", .count,
            label: Phrase(en: "Victims", id: "Korban"),
            description: Phrase(en: "Victims in the case.", id: "Jumlah korban dalam perkara.")),
        FieldDefinition(
            "destination", .text, required: false,
            label: Phrase(en: "Destination", id: "Tujuan"),
            description: Phrase(
                en: "Where the victims were being sent (country or city).",
                id: "Tujuan pengiriman korban (negara atau kota).")),
    ],
    derivations: [
        (indicator: "suspects_named", derivation: .sum(field: "suspects")),
        (indicator: "victims_rescued", derivation: .sum(field: "victims")),
    ],
    breakdowns: ["stage"]
)
