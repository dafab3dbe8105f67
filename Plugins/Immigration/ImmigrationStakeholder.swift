import KomitmenCore

/// Immigration offices (Kantor Imigrasi) and their checkpoints (TPI): they decide who leaves with
/// a passport and stop non-procedural departures at the airport, the seaports and the land border,
/// which is the first goal, *departs officially*. Their `checkpoint_actions` section lists each
/// action at a checkpoint, with the people stopped and where they were referred; the prevention
/// count is the sum of the people stopped.
public let immigrationStakeholder = StakeholderPlugin(
    kind: "immigration",
    name: Phrase(en: "Immigration office", id: "Kantor Imigrasi"),
    description: Phrase(
        en:
            "Immigration offices and their checkpoints: passports issued to migrant workers on a placement recommendation, applications postponed or refused on suspicion of non-procedural departure, departures prevented at the airport, seaports and land border, officers trained.",
        id:
            "Kantor Imigrasi dan tempat pemeriksaan imigrasinya: paspor PMI yang diterbitkan dengan rekomendasi, permohonan paspor yang ditunda atau ditolak karena dugaan keberangkatan nonprosedural, keberangkatan yang dicegah di bandara, pelabuhan dan perbatasan darat, petugas yang dilatih."
    ),
    indicators: immigrationIndicators,
    sections: [immigrationCheckpointActions],
    examples: immigrationExamples,
    diagnosticCodes: [.immigrationNobodyStopped]
)

extension DiagnosticCode {
    static let immigrationNobodyStopped = DiagnosticCode(
        "checkpoint-action-nobody-stopped", .error,
        Phrase(
            en: "An immigration checkpoint action stopped nobody.",
            id: "Tindakan di tempat pemeriksaan imigrasi tidak mencegah seorang pun."))
}

let immigrationIndicators: [IndicatorDefinition] = [
    IndicatorDefinition(
        "passports_issued_with_recommendation",
        label: Phrase(en: "Migrant-worker passports issued", id: "Paspor PMI diterbitkan"),
        description: Phrase(
            en:
                "Passports issued this quarter to prospective migrant workers who showed a placement recommendation (from the manpower office or BP3MI).",
            id:
                "Paspor yang diterbitkan triwulan ini bagi calon PMI yang menunjukkan surat rekomendasi penempatan (dari Disnaker atau BP3MI)."
        )),
    IndicatorDefinition(
        "passport_applications_refused",
        label: Phrase(en: "Passport applications postponed or refused", id: "Permohonan paspor ditunda atau ditolak"),
        description: Phrase(
            en:
                "Passport applications postponed or refused this quarter on suspicion of a non-procedural departure for work abroad.",
            id:
                "Permohonan paspor yang ditunda atau ditolak triwulan ini karena diduga untuk bekerja ke luar negeri secara nonprosedural."
        )),
    IndicatorDefinition(
        "departures_prevented",
        label: Phrase(en: "Departures prevented at checkpoints", id: "Keberangkatan dicegah di TPI"),
        description: Phrase(
            en:
                "People stopped from a non-procedural departure at the airport, seaports or land border this quarter; derived from the people stopped in the checkpoint actions listed.",
            id:
                "Orang yang dicegah berangkat secara nonprosedural di bandara, pelabuhan atau perbatasan darat triwulan ini; dihitung dari jumlah orang yang dicegah pada tindakan di TPI yang dicantumkan."
        )),
    IndicatorDefinition(
        "officers_trained",
        label: Phrase(en: "Officers trained", id: "Petugas dilatih"),
        description: Phrase(
            en:
                "Immigration officers trained this quarter to recognise non-procedural migrant workers and trafficking victims (profiling, interviews).",
            id:
                "Petugas imigrasi yang dilatih triwulan ini untuk mengenali PMI nonprosedural dan korban TPPO (profiling, wawancara)."
        )),
]

let immigrationCheckpointActions = SectionDefinition(
    "checkpoint_actions", label: Phrase(en: "Checkpoint actions", id: "Tindakan di tempat pemeriksaan imigrasi"),
    description: Phrase(
        en:
            "Each action at a checkpoint this quarter that stopped a non-procedural departure: where, when, how many people and to whom they were referred.",
        id:
            "Setiap tindakan di tempat pemeriksaan imigrasi (TPI) triwulan ini yang mencegah keberangkatan nonprosedural: di mana, kapan, berapa orang dan dirujuk ke mana."
    ),
    fields: [
        FieldDefinition(
            "checkpoint",
            .choice([
                Choice("airport", Phrase(en: "Airport", id: "Bandar udara")),
                Choice("seaport", Phrase(en: "Seaport", id: "Pelabuhan laut")),
                Choice("land-border", Phrase(en: "Land border post (PLBN)", id: "Pos lintas batas negara (PLBN)")),
            ]),
            label: Phrase(en: "Checkpoint", id: "Tempat pemeriksaan"),
            description: Phrase(
                en: "The kind of checkpoint: airport, seaport or land-border (a cross-border post, PLBN).",
                id: "Jenis TPI: bandara (airport), pelabuhan laut (seaport) atau perbatasan darat (land-border, PLBN).")
        ),
        FieldDefinition(
            "post", .text, required: false,
            label: Phrase(en: "Post", id: "Nama pos"),
            description: Phrase(
                en: "The checkpoint's name, e.g. El Tari, Tenau, Motaain; never a traveller's name.",
                id: "Nama TPI, mis. El Tari, Tenau, Motaain; jangan pernah nama pelaku perjalanan.")),
        FieldDefinition(
            "date", .dateInQuarter,
            label: Phrase(en: "Date", id: "Tanggal"),
            description: Phrase(
                en: "The day of the action, inside the report's quarter (YYYY-MM-DD).",
                id: "Tanggal tindakan, di dalam triwulan laporan (TTTT-BB-HH).")),
        FieldDefinition(
            "people_stopped", .count,
            label: Phrase(en: "People stopped", id: "Orang yang dicegah berangkat"),
            description: Phrase(
                en: "People stopped from departing in this action (at least 1).",
                id: "Jumlah orang yang dicegah berangkat dalam tindakan ini (sedikitnya 1).")),
        FieldDefinition(
            "referred_to",
            .choice([
                Choice("police", Phrase(en: "Police", id: "Kepolisian")),
                Choice(
                    "bp3mi",
                    Phrase(
                        en: "BP3MI (migrant worker protection agency)", id: "BP3MI (Balai Pelindungan Pekerja Migran)")),
                Choice("social-services", Phrase(en: "Social services", id: "Dinas sosial")),
                Choice("returned-home", Phrase(en: "Returned home", id: "Dipulangkan ke daerah asal")),
            ]),
            label: Phrase(en: "Referred to", id: "Dirujuk ke"),
            description: Phrase(
                en: "Where the people stopped were referred: police, bp3mi, social-services, or returned-home.",
                id:
                    "Ke mana orang yang dicegah dirujuk: kepolisian (police), BP3MI (bp3mi), dinas sosial (social-services) atau dipulangkan ke daerah asal (returned-home)."
            )),
    ],
    derivations: [
        (indicator: "departures_prevented", derivation: .sum(field: "people_stopped"))
    ],
    rules: [immigrationActionStoppedSomeone],
    breakdowns: ["checkpoint", "referred_to"]
)

/// An action is listed because it stopped someone: 0 people is a slip (or an action that belongs
/// nowhere in this section), and it would count for nothing.
let immigrationActionStoppedSomeone = EntryRule(
    Phrase(
        en: "A checkpoint action stopped at least one person.",
        id: "Tindakan di TPI mencegah sedikitnya satu orang.")
) { entry in
    guard entry.count("people_stopped") == 0 else { return [] }
    return [
        entry.error(
            .immigrationNobodyStopped, at: "people_stopped",
            Phrase(
                en: "a checkpoint action with 0 people stopped prevents no departure",
                id: "tindakan di TPI dengan 0 orang yang dicegah tidak mencegah keberangkatan apa pun"),
            hint: Phrase(
                en: "write how many people were stopped, or leave the entry out",
                id: "tulis jumlah orang yang dicegah berangkat, atau hapus entri ini"))
    ]
}
