import KomitmenCore

/// Churches, dioceses, Islamic councils and other faith bodies: safe-migration sessions in
/// congregations, victims and families accompanied, remains of migrant workers received, and
/// shelters. Its `activities` section lists what was done; sessions are counted.
public let religiousStakeholder = StakeholderPlugin(
    kind: "religious",
    name: Phrase(en: "Religious body", id: "Lembaga keagamaan"),
    description: Phrase(
        en:
            "Churches, dioceses and Islamic councils: safe-migration sessions, people reached, victims and families accompanied, remains received, shelters.",
        id:
            "Sinode, keuskupan dan majelis keagamaan: sosialisasi migrasi aman, umat yang dijangkau, pendampingan korban dan keluarga, penerimaan jenazah PMI, rumah aman."
    ),
    indicators: religiousIndicators,
    sections: [religiousActivities],
    examples: religiousExamples
)

let religiousIndicators: [IndicatorDefinition] = [
    IndicatorDefinition(
        "awareness_sessions",
        label: Phrase(en: "Awareness sessions held", id: "Sosialisasi migrasi aman"),
        description: Phrase(
            en:
                "Sessions on safe migration and trafficking held in congregations; derived from the session activities listed.",
            id:
                "Kegiatan sosialisasi migrasi aman dan bahaya TPPO di jemaat atau umat; dihitung dari kegiatan session yang dicantumkan."
        )),
    IndicatorDefinition(
        "people_reached",
        label: Phrase(en: "People reached", id: "Orang yang dijangkau"),
        description: Phrase(
            en: "People who attended the sessions or were otherwise reached with safe-migration messages this quarter.",
            id: "Jumlah umat dan warga yang mengikuti sosialisasi atau menerima pesan migrasi aman triwulan ini.")),
    IndicatorDefinition(
        "victims_accompanied",
        label: Phrase(en: "Victims and families accompanied", id: "Korban dan keluarga didampingi"),
        description: Phrase(
            en:
                "Trafficking victims, returning migrant workers and their families given pastoral accompaniment this quarter.",
            id: "Korban TPPO, PMI yang pulang dan keluarganya yang mendapat pendampingan pastoral triwulan ini.")),
    IndicatorDefinition(
        "remains_received",
        label: Phrase(en: "Remains received", id: "Jenazah PMI diterima"),
        description: Phrase(
            en: "Remains of migrant workers who died abroad received and accompanied to burial this quarter.",
            id: "Jenazah PMI yang meninggal di luar negeri yang diterima dan didampingi sampai pemakaman triwulan ini.")
    ),
    IndicatorDefinition(
        "shelters_operating",
        label: Phrase(en: "Shelters operating", id: "Rumah aman beroperasi"),
        aggregation: .latest,
        description: Phrase(
            en: "Shelters or transit houses for victims run by the body, open at the end of the quarter.",
            id: "Rumah aman atau rumah singgah bagi korban yang dikelola lembaga dan beroperasi pada akhir triwulan.")),
]

let religiousActivities = SectionDefinition(
    "activities", label: Phrase(en: "Activities", id: "Kegiatan"),
    description: Phrase(
        en: "Sessions, accompaniments and remains received this quarter, one entry each.",
        id: "Sosialisasi, pendampingan dan penerimaan jenazah triwulan ini, satu entri per kegiatan."),
    fields: [
        FieldDefinition(
            "kind",
            .choice([
                Choice("session", Phrase(en: "Awareness session", id: "Sosialisasi")),
                Choice("accompaniment", Phrase(en: "Accompaniment", id: "Pendampingan")),
                Choice("remains", Phrase(en: "Remains received", id: "Penerimaan jenazah")),
            ]),
            label: Phrase(en: "Kind of activity", id: "Jenis kegiatan"),
            description: Phrase(
                en: "What was done: an awareness session, an accompaniment, or remains received.",
                id:
                    "Jenis kegiatan: sosialisasi (session), pendampingan (accompaniment) atau penerimaan jenazah (remains)."
            )),
        FieldDefinition(
            "date", .dateInQuarter,
            label: Phrase(en: "Date", id: "Tanggal"),
            description: Phrase(
                en: "The day it took place, inside the report's quarter (YYYY-MM-DD).",
                id: "Tanggal kegiatan, di dalam triwulan laporan (TTTT-BB-HH).")),
        FieldDefinition(
            "people", .count,
            label: Phrase(en: "People", id: "Jumlah orang"),
            description: Phrase(
                en: "People who took part or were accompanied.", id: "Jumlah orang yang hadir atau didampingi.")),
    ],
    derivations: [
        (indicator: "awareness_sessions", derivation: .countWhere(field: "kind", equals: "session"))
    ],
    breakdowns: ["kind"]
)
