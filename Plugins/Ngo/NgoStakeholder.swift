import KomitmenCore

/// Non-governmental organisations: victims assisted, legal aid, community trainings, complaints
/// referred and reintegration. Its `assistance` section lists each victim assisted by case code
/// only: a rule refuses a `ref` that looks like a name or a NIK, so identities never enter the files.
public let ngoStakeholder = StakeholderPlugin(
    kind: "ngo",
    name: Phrase(en: "NGO", id: "Lembaga swadaya masyarakat"),
    description: Phrase(
        en:
            "Non-governmental organisations: victims assisted, legal aid, community trainings, complaints referred, reintegration.",
        id:
            "LSM dan organisasi masyarakat sipil: pendampingan korban, bantuan hukum, pelatihan masyarakat, rujukan pengaduan, reintegrasi."
    ),
    indicators: ngoIndicators,
    sections: [ngoAssistance],
    examples: ngoExamples,
    diagnosticCodes: [.ngoRefIsAnIdentity]
)

extension DiagnosticCode {
    static let ngoRefIsAnIdentity = DiagnosticCode(
        "assistance-ref-identity", .error,
        Phrase(
            en: "An NGO's assistance ref looks like a victim's name or NIK instead of a case code.",
            id: "ref pendampingan LSM tampak seperti nama atau NIK korban, bukan kode kasus."))
}

let ngoIndicators: [IndicatorDefinition] = [
    IndicatorDefinition(
        "victims_assisted",
        label: Phrase(en: "Victims assisted", id: "Korban didampingi"),
        description: Phrase(
            en:
                "Trafficking victims and migrant workers in trouble assisted; derived from the number of assistance entries.",
            id: "Korban TPPO dan PMI bermasalah yang didampingi; dihitung dari jumlah entri pendampingan.")),
    IndicatorDefinition(
        "legal_aid_cases",
        label: Phrase(en: "Legal aid cases", id: "Perkara dengan bantuan hukum"),
        description: Phrase(
            en:
                "Cases in which the organisation gave legal aid or went with the victim to police or court this quarter.",
            id: "Perkara yang mendapat bantuan hukum atau pendampingan ke kepolisian dan pengadilan triwulan ini.")),
    IndicatorDefinition(
        "community_trainings",
        label: Phrase(en: "Community trainings", id: "Pelatihan masyarakat"),
        description: Phrase(
            en: "Trainings on safe migration and trafficking held in villages and communities this quarter.",
            id: "Pelatihan migrasi aman dan pencegahan TPPO yang diselenggarakan di desa atau komunitas triwulan ini.")),
    IndicatorDefinition(
        "people_trained",
        label: Phrase(en: "People trained", id: "Peserta pelatihan"),
        description: Phrase(
            en: "People who took part in the organisation's trainings this quarter.",
            id: "Jumlah peserta pelatihan yang diselenggarakan lembaga triwulan ini.")),
    IndicatorDefinition(
        "complaints_referred",
        label: Phrase(en: "Complaints referred", id: "Pengaduan dirujuk"),
        description: Phrase(
            en: "Complaints passed on to the government, BP3MI or the police for follow-up this quarter.",
            id: "Pengaduan yang dirujuk ke pemerintah daerah, BP3MI atau kepolisian untuk ditindaklanjuti triwulan ini."
        )),
    IndicatorDefinition(
        "reintegration_supported",
        label: Phrase(en: "Reintegration supported", id: "Reintegrasi didukung"),
        description: Phrase(
            en: "Returned victims helped back into family, school or work this quarter.",
            id: "Korban yang sudah pulang dan dibantu kembali ke keluarga, sekolah atau pekerjaan triwulan ini.")),
]

let ngoAssistance = SectionDefinition(
    "assistance", label: Phrase(en: "Victim assistance", id: "Pendampingan korban"),
    description: Phrase(
        en: "Each victim assisted this quarter, by case code only, with the services given.",
        id: "Setiap korban yang didampingi triwulan ini, hanya dengan kode kasus, beserta layanan yang diberikan."),
    fields: [
        FieldDefinition(
            "ref", .text, unique: true,
            label: Phrase(en: "Case code", id: "Kode kasus"),
            description: Phrase(
                en: "The organisation's case code, e.g. ASN-2025-014; never a name or NIK.",
                id: "Kode kasus lembaga, mis. ASN-2025-014; jangan pernah nama atau NIK.")),
        FieldDefinition(
            "services",
            .choices([
                Choice("legal", Phrase(en: "Legal aid", id: "Bantuan hukum")),
                Choice("shelter", Phrase(en: "Shelter", id: "Rumah aman")),
                Choice("health", Phrase(en: "Health care", id: "Layanan kesehatan")),
                Choice("reintegration", Phrase(en: "Reintegration", id: "Reintegrasi")),
            ]),
            label: Phrase(en: "Services", id: "Layanan"),
            description: Phrase(
                en: "The services given: legal, shelter, health, reintegration.",
                id:
                    "Layanan yang diberikan: hukum (legal), rumah aman (shelter), kesehatan (health), reintegrasi (reintegration)."
            )),
    ],
    derivations: [
        (indicator: "victims_assisted", derivation: .countEntries)
    ],
    rules: [ngoRefIsNotAnIdentity],
    breakdowns: ["services"]
)

/// Victims' identities never enter these files: an assistance `ref` must be a case code.
let ngoRefIsNotAnIdentity = EntryRule(
    Phrase(
        en: "An assistance ref is a case code, never a victim's name or NIK.",
        id: "ref pendampingan adalah kode kasus, bukan nama atau NIK korban.")
) { entry in
    guard let ref = entry.text("ref"), let look = IdentityLook(of: ref) else {
        return []
    }
    let hint = Phrase(
        en:
            "write the organisation's case code instead, e.g. ASN-2025-014, and keep identities only in the confidential case file",
        id:
            "tulis kode kasus lembaga, mis. ASN-2025-014, dan simpan identitas korban hanya di berkas kasus yang dirahasiakan"
    )
    switch look {
    case .nik:
        return [
            entry.error(
                .ngoRefIsAnIdentity, at: "ref",
                Phrase(
                    en: "ref looks like a NIK (16-digit identity number); victims' identities never enter these files",
                    id:
                        "ref tampak seperti NIK (nomor induk kependudukan 16 digit); identitas korban tidak boleh masuk ke berkas ini"
                ),
                hint: hint)
        ]
    case .name:
        return [
            entry.error(
                .ngoRefIsAnIdentity, at: "ref",
                Phrase(
                    en: "ref looks like a person's name; victims' identities never enter these files",
                    id: "ref tampak seperti nama orang; identitas korban tidak boleh masuk ke berkas ini"),
                hint: hint)
        ]
    }
}
