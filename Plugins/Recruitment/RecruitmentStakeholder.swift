import KomitmenCore

/// Licensed recruitment and placement companies (P3MI, Perusahaan Penempatan Pekerja Migran
/// Indonesia) with an office in NTT: workers placed abroad through official channels, pre-departure
/// orientation, complaints from workers and families, and sanctions on the company's licence (which
/// should go down). Its `placements` section lists the job orders workers departed under; workers
/// and those oriented are summed, no entry may claim more workers oriented than placed, and a job
/// order is a registered number, never a worker's name or passport number.
public let recruitmentStakeholder = StakeholderPlugin(
    kind: "recruitment",
    name: Phrase(en: "Recruitment company (P3MI)", id: "Perusahaan penempatan (P3MI)"),
    description: Phrase(
        en:
            "Licensed migrant-worker placement companies (P3MI): workers placed through official channels, pre-departure orientation, complaints received and resolved, sanctions on their licence.",
        id:
            "Perusahaan Penempatan Pekerja Migran Indonesia (P3MI) berizin: PMI yang ditempatkan melalui jalur resmi, orientasi pra-pemberangkatan, pengaduan yang diterima dan diselesaikan, sanksi atas izin perusahaan."
    ),
    indicators: recruitmentIndicators,
    sections: [recruitmentPlacements],
    examples: recruitmentExamples,
    diagnosticCodes: [.recruitmentOrientedAboveWorkers, .recruitmentJobOrderIdentity]
)

extension DiagnosticCode {
    static let recruitmentOrientedAboveWorkers = DiagnosticCode(
        "oriented-above-workers", .error,
        Phrase(
            en: "A placement counts more workers oriented than workers placed.",
            id: "Penempatan mencatat lebih banyak PMI yang mengikuti OPP daripada PMI yang ditempatkan."))
    static let recruitmentJobOrderIdentity = DiagnosticCode(
        "job-order-identity", .error,
        Phrase(
            en: "A job_order looks like a worker's name or passport number instead of the registered number.",
            id: "job_order tampak seperti nama atau nomor paspor pekerja, bukan nomor yang terdaftar."))
}

let recruitmentIndicators: [IndicatorDefinition] = [
    IndicatorDefinition(
        "workers_placed_officially",
        label: Phrase(en: "Workers placed officially", id: "PMI ditempatkan secara resmi"),
        description: Phrase(
            en:
                "Migrant workers who departed this quarter under a registered job order, with full documents; derived from the workers of the placements listed.",
            id:
                "PMI yang berangkat triwulan ini berdasarkan job order terdaftar dengan dokumen lengkap; dihitung dari jumlah pekerja pada penempatan yang dicantumkan."
        )),
    IndicatorDefinition(
        "predeparture_orientations",
        label: Phrase(en: "Pre-departure orientations completed", id: "Orientasi pra-pemberangkatan (OPP) diikuti"),
        description: Phrase(
            en:
                "Departing workers who completed pre-departure orientation (OPP) before leaving; derived from the oriented workers of the placements listed.",
            id:
                "PMI yang telah mengikuti orientasi pra-pemberangkatan (OPP) sebelum berangkat; dihitung dari jumlah pekerja yang mengikuti OPP pada penempatan yang dicantumkan."
        )),
    IndicatorDefinition(
        "complaints_received",
        label: Phrase(en: "Complaints received", id: "Pengaduan diterima"),
        description: Phrase(
            en:
                "Complaints from placed workers or their families (wages, contracts, treatment, return) recorded this quarter.",
            id:
                "Pengaduan dari PMI yang ditempatkan atau keluarganya (upah, kontrak, perlakuan, kepulangan) yang dicatat triwulan ini."
        )),
    IndicatorDefinition(
        "complaints_resolved",
        label: Phrase(en: "Complaints resolved", id: "Pengaduan diselesaikan"),
        description: Phrase(
            en: "Complaints settled this quarter, whenever they were received, with the worker or family agreeing.",
            id: "Pengaduan yang dituntaskan triwulan ini, kapan pun diterima, dengan persetujuan PMI atau keluarganya.")
    ),
    IndicatorDefinition(
        "active_licence_sanctions",
        label: Phrase(en: "Licence sanctions in force", id: "Sanksi izin yang berlaku"),
        aggregation: .latest, direction: .decrease,
        description: Phrase(
            en:
                "Administrative sanctions on the company's licence (written warnings, suspension of placements) still in force at the end of the quarter; fewer is better.",
            id:
                "Sanksi administratif atas izin perusahaan (peringatan tertulis, penghentian sementara penempatan) yang masih berlaku pada akhir triwulan; makin sedikit makin baik."
        )),
]

let recruitmentPlacements = SectionDefinition(
    "placements", label: Phrase(en: "Placements", id: "Penempatan"),
    description: Phrase(
        en: "The job orders workers departed under this quarter, one entry per job order and destination.",
        id: "Job order yang menjadi dasar keberangkatan PMI triwulan ini, satu entri per job order dan negara tujuan."),
    fields: [
        FieldDefinition(
            "job_order", .text, unique: true,
            label: Phrase(en: "Job order number", id: "Nomor job order"),
            description: Phrase(
                en:
                    "The job order (demand letter) number as registered, e.g. JO/MY/2025/0142; never a worker's name or passport number.",
                id:
                    "Nomor job order (demand letter) sebagaimana terdaftar, mis. JO/MY/2025/0142; bukan nama atau nomor paspor pekerja."
            )),
        FieldDefinition(
            "country", .text,
            label: Phrase(en: "Destination country", id: "Negara tujuan"),
            description: Phrase(
                en: "The destination country, e.g. Malaysia, Hong Kong, Taiwan.",
                id: "Negara tujuan penempatan, mis. Malaysia, Hong Kong, Taiwan.")),
        FieldDefinition(
            "sector", .choice(recruitmentSectors),
            label: Phrase(en: "Sector", id: "Sektor"),
            description: Phrase(
                en:
                    "The sector of the job: domestic, care, plantation, manufacturing, construction, hospitality, fishing or other.",
                id:
                    "Sektor pekerjaan: rumah tangga (domestic), perawat lansia (care), perkebunan (plantation), manufaktur (manufacturing), konstruksi (construction), perhotelan (hospitality), perikanan (fishing) atau lainnya (other)."
            )),
        FieldDefinition(
            "workers", .count,
            label: Phrase(en: "Workers departed", id: "Pekerja yang berangkat"),
            description: Phrase(
                en: "Workers who departed under this job order this quarter.",
                id: "Jumlah PMI yang berangkat dengan job order ini triwulan ini.")),
        FieldDefinition(
            "oriented", .count,
            label: Phrase(en: "Workers oriented (OPP)", id: "Pekerja yang mengikuti OPP"),
            description: Phrase(
                en: "Of those workers, how many completed pre-departure orientation (OPP) before leaving.",
                id:
                    "Dari PMI tersebut, jumlah yang telah mengikuti orientasi pra-pemberangkatan (OPP) sebelum berangkat."
            )),
    ],
    derivations: [
        (indicator: "workers_placed_officially", derivation: .sum(field: "workers")),
        (indicator: "predeparture_orientations", derivation: .sum(field: "oriented")),
    ],
    rules: [recruitmentOrientedWithinWorkers, recruitmentJobOrderIsNotAPerson],
    breakdowns: ["sector"]
)

let recruitmentSectors: [Choice] = [
    Choice("domestic", Phrase(en: "Domestic work", id: "Pekerja rumah tangga")),
    Choice("care", Phrase(en: "Care work", id: "Perawatan (caregiver)")),
    Choice("plantation", Phrase(en: "Plantation", id: "Perkebunan")),
    Choice("manufacturing", Phrase(en: "Manufacturing", id: "Manufaktur")),
    Choice("construction", Phrase(en: "Construction", id: "Konstruksi")),
    Choice("hospitality", Phrase(en: "Hospitality", id: "Perhotelan")),
    Choice("fishing", Phrase(en: "Fishing", id: "Perikanan")), Choice("other", Phrase(en: "Other", id: "Lainnya")),
]

/// Only workers who departed can have been oriented for departure.
let recruitmentOrientedWithinWorkers = EntryRule(
    Phrase(
        en: "No more workers oriented than workers placed.",
        id: "Jumlah PMI yang mengikuti OPP tidak melebihi jumlah PMI yang ditempatkan.")
) { entry in
    guard let oriented = entry.count("oriented"), let workers = entry.count("workers"), oriented > workers else {
        return []
    }
    return [
        entry.error(
            .recruitmentOrientedAboveWorkers, at: "oriented",
            Phrase(
                en: "oriented \(oriented) is more than the \(workers) workers placed under this job order",
                id: "oriented \(oriented) lebih besar dari \(workers) PMI yang ditempatkan dengan job order ini"),
            hint: Phrase(
                en: "count only the workers of this job order who completed the orientation (OPP)",
                id: "hitung hanya PMI pada job order ini yang telah mengikuti OPP"))
    ]
}

/// Workers' identities never enter these files: a `job_order` is the registered number, so it has
/// digits, and it is not an Indonesian passport number (one or two capital letters and 6–7 digits).
let recruitmentJobOrderIsNotAPerson = EntryRule(
    Phrase(
        en: "A job order is the registered job order number, never a worker's name or passport number.",
        id: "job_order adalah nomor job order yang terdaftar, bukan nama atau nomor paspor pekerja.")
) { entry in
    guard let text = entry.text("job_order") else { return [] }
    let hint = Phrase(
        en: "write the job order number as registered, e.g. JO/MY/2025/0142",
        id: "tulis nomor job order sebagaimana terdaftar, mis. JO/MY/2025/0142")
    if !text.contains(where: { $0.isASCII && $0.isNumber }) {
        return [
            entry.error(
                .recruitmentJobOrderIdentity, at: "job_order",
                Phrase(
                    en:
                        "job_order '\(text)' has no number; it looks like a name, and workers' identities never enter these files",
                    id:
                        "job_order '\(text)' tidak memuat angka; tampak seperti nama, padahal identitas pekerja tidak boleh masuk ke berkas ini"
                ),
                hint: hint)
        ]
    }
    if looksLikePassportNumber(text) {
        return [
            entry.error(
                .recruitmentJobOrderIdentity, at: "job_order",
                Phrase(
                    en: "job_order '\(text)' looks like a passport number; workers' identities never enter these files",
                    id:
                        "job_order '\(text)' tampak seperti nomor paspor; identitas pekerja tidak boleh masuk ke berkas ini"
                ),
                hint: hint)
        ]
    }
    return []
}

/// One or two capital letters followed by 6 or 7 digits, as on an Indonesian passport (C1234567).
func looksLikePassportNumber(_ text: String) -> Bool {
    let letters = text.prefix { $0.isASCII && $0.isUppercase }
    let digits = text.dropFirst(letters.count)
    return (1...2).contains(letters.count) && (6...7).contains(digits.count)
        && digits.allSatisfy { $0.isASCII && $0.isNumber }
}
