import KomitmenCore

/// Provincial and regency governments (and the ministry, DPRD and agencies that report like them):
/// official departures, LTSA service points, village task forces, BLK certification, complaints,
/// repatriations and budget. Its `programs` section lists programmes and how far each has come.
public let governmentStakeholder = StakeholderPlugin(
    kind: "government",
    name: Phrase(en: "Government", id: "Pemerintah"),
    description: Phrase(
        en:
            "Provincial and regency governments: official departures, LTSA service points, village TPPO task forces, BLK certification, complaints, repatriations and budget.",
        id:
            "Pemerintah provinsi dan kabupaten/kota: keberangkatan PMI resmi, LTSA, gugus tugas TPPO desa, sertifikasi BLK, pengaduan, pemulangan dan anggaran."
    ),
    indicators: governmentIndicators,
    sections: [governmentPrograms],
    examples: governmentExamples
)

let governmentIndicators: [IndicatorDefinition] = [
    IndicatorDefinition(
        "documented_departures",
        label: Phrase(en: "Documented departures", id: "Keberangkatan PMI resmi"),
        description: Phrase(
            en: "Migrant workers who left through official channels with complete documents this quarter.",
            id: "Calon PMI yang berangkat melalui jalur resmi dengan dokumen lengkap triwulan ini.")),
    IndicatorDefinition(
        "ltsa_units_operating",
        label: Phrase(en: "LTSA service points operating", id: "Unit LTSA beroperasi"),
        aggregation: .latest,
        description: Phrase(
            en: "One-stop integrated service points for migrant workers (LTSA) open at the end of the quarter.",
            id: "Layanan Terpadu Satu Atap (LTSA) PMI yang beroperasi pada akhir triwulan.")),
    IndicatorDefinition(
        "village_task_forces",
        label: Phrase(en: "Villages with a TPPO task force", id: "Desa dengan gugus tugas TPPO"),
        aggregation: .latest,
        description: Phrase(
            en: "Villages (desa and kelurahan) with a working trafficking (TPPO) task force at the end of the quarter.",
            id: "Desa/kelurahan yang sudah memiliki gugus tugas TPPO yang aktif pada akhir triwulan.")),
    IndicatorDefinition(
        "blk_graduates_certified",
        label: Phrase(en: "BLK graduates certified", id: "Lulusan BLK bersertifikat"),
        description: Phrase(
            en: "Vocational training centre (BLK) trainees who passed competency certification this quarter.",
            id: "Peserta pelatihan BLK yang lulus uji kompetensi dan memperoleh sertifikat triwulan ini.")),
    IndicatorDefinition(
        "complaints_received",
        label: Phrase(en: "Complaints received", id: "Pengaduan diterima"),
        description: Phrase(
            en: "Complaints about migrant workers or trafficking received through the complaints service this quarter.",
            id: "Pengaduan terkait PMI atau TPPO yang diterima melalui layanan pengaduan triwulan ini.")),
    IndicatorDefinition(
        "complaints_resolved",
        label: Phrase(en: "Complaints resolved", id: "Pengaduan diselesaikan"),
        description: Phrase(
            en: "Complaints about migrant workers or trafficking settled or closed this quarter.",
            id: "Pengaduan terkait PMI atau TPPO yang selesai ditangani triwulan ini.")),
    IndicatorDefinition(
        "repatriations_assisted",
        label: Phrase(en: "Repatriations assisted", id: "Pemulangan PMI difasilitasi"),
        description: Phrase(
            en: "Migrant workers, trafficking victims or remains brought home with the government's help this quarter.",
            id: "PMI bermasalah, korban TPPO atau jenazah PMI yang pemulangannya difasilitasi pemerintah triwulan ini.")
    ),
    IndicatorDefinition(
        "budget_allocated_idr",
        label: Phrase(en: "Budget allocated (IDR)", id: "Anggaran dialokasikan (Rp)"),
        unit: .rupiah, aggregation: .latest,
        description: Phrase(
            en:
                "This year's regional budget (APBD) for migrant-worker protection and trafficking prevention, in rupiah.",
            id: "Anggaran APBD tahun berjalan untuk pelindungan PMI dan pencegahan TPPO, dalam rupiah.")),
]

let governmentPrograms = SectionDefinition(
    "programs", label: Phrase(en: "Programmes", id: "Program"),
    description: Phrase(
        en: "Programmes for migrant-worker protection and trafficking prevention, and where each stands.",
        id: "Program pelindungan PMI dan pencegahan TPPO beserta tahap pelaksanaannya."),
    fields: [
        FieldDefinition(
            "name", .text, unique: true,
            label: Phrase(en: "Programme name", id: "Nama program"),
            description: Phrase(
                en: "The programme's name, e.g. BLK training in caregiving.",
                id: "Nama program, mis. Pelatihan BLK perawatan lansia.")),
        FieldDefinition(
            "status",
            .choice([
                Choice("planned", Phrase(en: "Planned", id: "Direncanakan")),
                Choice("ongoing", Phrase(en: "Ongoing", id: "Sedang berjalan")),
                Choice("done", Phrase(en: "Done", id: "Selesai")),
            ]),
            label: Phrase(en: "Status", id: "Status"),
            description: Phrase(
                en: "Where the programme stands: planned, ongoing or done.",
                id: "Tahap program: direncanakan (planned), berjalan (ongoing) atau selesai (done).")),
        FieldDefinition(
            "budget_idr", .rupiah, required: false,
            label: Phrase(en: "Budget (IDR)", id: "Anggaran (Rp)"),
            description: Phrase(
                en: "The programme's budget in whole rupiah, written without dots.",
                id: "Anggaran program dalam rupiah, ditulis tanpa titik.")),
    ],
    breakdowns: ["status"]
)
