import KomitmenCore

/// Prosecutors' offices (Kejaksaan): trafficking (TPPO) cases received from the police,
/// indictments, verdicts, convictions and restitution ordered for victims, the third goal,
/// *full protection*. Their `case_files` section lists each case file that moved this quarter by
/// its register number only: a rule refuses a `reference` that looks like a person's name or a
/// NIK (the core's `IdentityLook`), so defendants' and victims' identities never enter the files.
public let prosecutionStakeholder = StakeholderPlugin(
    kind: "prosecution",
    name: Phrase(en: "Prosecutor's office", id: "Kejaksaan"),
    description: Phrase(
        en:
            "Prosecutors' offices: trafficking (TPPO) cases received from the police, indictments, verdicts, convictions and restitution ordered for victims.",
        id:
            "Kejaksaan: perkara TPPO yang diterima dari kepolisian, dakwaan, putusan, pemidanaan dan restitusi yang diputus bagi korban."
    ),
    indicators: prosecutionIndicators,
    sections: [prosecutionCaseFiles],
    examples: prosecutionExamples,
    diagnosticCodes: [.prosecutionReferenceIsAnIdentity, .prosecutionRestitutionWithoutConviction]
)

extension DiagnosticCode {
    static let prosecutionReferenceIsAnIdentity = DiagnosticCode(
        "case-file-reference-identity", .error,
        Phrase(
            en: "A prosecutor's case file reference looks like a person's name or NIK instead of a register number.",
            id: "Nomor berkas perkara kejaksaan tampak seperti nama atau NIK seseorang, bukan nomor register."))
    static let prosecutionRestitutionWithoutConviction = DiagnosticCode(
        "case-file-restitution-without-conviction", .error,
        Phrase(
            en: "A prosecutor's case file gives restitution at a stage where no court has ordered any.",
            id:
                "Berkas perkara kejaksaan mencantumkan restitusi pada tahap ketika belum ada putusan yang menetapkannya."
        ))
}

let prosecutionIndicators: [IndicatorDefinition] = [
    IndicatorDefinition(
        "tppo_cases_received",
        label: Phrase(en: "Trafficking cases received", id: "Perkara TPPO diterima"),
        description: Phrase(
            en:
                "Trafficking case files received from the police this quarter (complete files, P21, and suspects handed over).",
            id:
                "Berkas perkara TPPO yang diterima dari kepolisian triwulan ini (berkas lengkap, P21, dan penyerahan tersangka)."
        )),
    IndicatorDefinition(
        "indictments_filed",
        label: Phrase(en: "Indictments filed", id: "Dakwaan dilimpahkan"),
        description: Phrase(
            en: "Trafficking cases brought to court with an indictment this quarter.",
            id: "Perkara TPPO yang dilimpahkan ke pengadilan dengan surat dakwaan triwulan ini.")),
    IndicatorDefinition(
        "verdicts_delivered",
        label: Phrase(en: "Verdicts delivered", id: "Putusan dibacakan"),
        description: Phrase(
            en: "First-instance verdicts read in the office's trafficking cases this quarter, whatever their outcome.",
            id:
                "Putusan tingkat pertama yang dibacakan dalam perkara TPPO yang ditangani triwulan ini, apa pun amarnya."
        )),
    IndicatorDefinition(
        "convictions",
        label: Phrase(en: "Convictions", id: "Putusan pemidanaan"),
        description: Phrase(
            en:
                "Trafficking cases that ended in a final conviction this quarter; derived from the case files with stage: convicted.",
            id:
                "Perkara TPPO yang berakhir dengan pemidanaan berkekuatan hukum tetap triwulan ini; dihitung dari berkas dengan stage: convicted."
        )),
    IndicatorDefinition(
        "victims_in_cases",
        label: Phrase(en: "Victims in the cases handled", id: "Korban dalam perkara yang ditangani"),
        description: Phrase(
            en:
                "Victims named in the case files that moved this quarter (counted, never named); derived from the victims of the case files listed.",
            id:
                "Korban dalam berkas perkara yang bergerak triwulan ini (dihitung, tidak pernah disebut namanya); dihitung dari korban pada berkas yang dicantumkan."
        )),
    IndicatorDefinition(
        "restitution_ordered_idr",
        label: Phrase(en: "Restitution ordered for victims", id: "Restitusi bagi korban diputus"),
        unit: .rupiah,
        description: Phrase(
            en:
                "Restitution the courts ordered for victims this quarter, in rupiah; derived from the restitution of the case files listed.",
            id:
                "Restitusi bagi korban yang ditetapkan pengadilan triwulan ini, dalam rupiah; dihitung dari restitusi pada berkas yang dicantumkan."
        )),
]

let prosecutionCaseFiles = SectionDefinition(
    "case_files", label: Phrase(en: "Case files", id: "Berkas perkara"),
    description: Phrase(
        en: "Each trafficking case file that moved this quarter, by register number only, at the stage it reached.",
        id:
            "Setiap berkas perkara TPPO yang bergerak triwulan ini, hanya dengan nomor register, pada tahap yang dicapainya."
    ),
    fields: [
        FieldDefinition(
            "reference", .text, unique: true,
            label: Phrase(en: "Register number", id: "Nomor register perkara"),
            description: Phrase(
                en:
                    "The office's register number of the case, e.g. PDM-14/KPANG/10/2025; never a defendant's or victim's name or NIK.",
                id:
                    "Nomor register perkara di kejaksaan, mis. PDM-14/KPANG/10/2025; jangan pernah nama atau NIK terdakwa maupun korban."
            )),
        FieldDefinition(
            "stage",
            .choice(prosecutionStages),
            label: Phrase(en: "Stage", id: "Tahap"),
            description: Phrase(
                en:
                    "The stage the case reached this quarter: received (from the police), indicted, verdict (read, not yet final), convicted (final) or acquitted.",
                id:
                    "Tahap yang dicapai triwulan ini: diterima dari kepolisian (received), didakwa (indicted), putusan dibacakan tetapi belum berkekuatan hukum tetap (verdict), pemidanaan berkekuatan hukum tetap (convicted) atau bebas (acquitted)."
            )),
        FieldDefinition(
            "victims", .count,
            label: Phrase(en: "Victims", id: "Korban"),
            description: Phrase(
                en: "Victims in the case, counted, never named.", id: "Jumlah korban dalam perkara, tanpa nama.")),
        FieldDefinition(
            "restitution", .rupiah, required: false,
            label: Phrase(en: "Restitution (IDR)", id: "Restitusi (Rp)"),
            description: Phrase(
                en:
                    "Restitution the court ordered for the victims, in whole rupiah without dots; only from stage verdict on.",
                id:
                    "Restitusi bagi korban yang ditetapkan pengadilan, dalam rupiah tanpa titik; hanya mulai tahap verdict."
            )),
    ],
    derivations: [
        (indicator: "convictions", derivation: .countWhere(field: "stage", equals: "convicted")),
        (indicator: "victims_in_cases", derivation: .sum(field: "victims")),
        (indicator: "restitution_ordered_idr", derivation: .sum(field: "restitution")),
    ],
    rules: [prosecutionReferenceIsNotAnIdentity, prosecutionRestitutionNeedsAVerdict],
    breakdowns: ["stage"]
)

/// Identities never enter these files: a case file `reference` is the register number.
let prosecutionReferenceIsNotAnIdentity = EntryRule(
    Phrase(
        en: "A case file reference is the register number, never a defendant's or victim's name or NIK.",
        id: "Nomor berkas perkara adalah nomor register, bukan nama atau NIK terdakwa maupun korban.")
) { entry in
    guard let reference = entry.text("reference"), let look = IdentityLook(of: reference) else { return [] }
    let hint = Phrase(
        en:
            "write the office's register number instead, e.g. PDM-14/KPANG/10/2025, and keep identities only in the case file itself",
        id:
            "tulis nomor register perkara, mis. PDM-14/KPANG/10/2025, dan simpan identitas hanya di berkas perkara itu sendiri"
    )
    let message =
        switch look {
        case .nik:
            Phrase(
                en: "reference looks like a NIK (16-digit identity number); identities never enter these files",
                id:
                    "reference tampak seperti NIK (nomor induk kependudukan 16 digit); identitas tidak boleh masuk ke berkas ini"
            )
        case .name:
            Phrase(
                en: "reference looks like a person's name; identities never enter these files",
                id: "reference tampak seperti nama orang; identitas tidak boleh masuk ke berkas ini")
        }
    return [entry.error(.prosecutionReferenceIsAnIdentity, at: "reference", message, hint: hint)]
}

/// Restitution is ordered by a verdict: a case only received or indicted has none yet, and an
/// acquittal orders none, so an amount there is a slip that would inflate the derived total.
/// The stages of a case file; the restitution rule names them by their labels.
let prosecutionStages: [Choice] = [
    Choice("received", Phrase(en: "File received", id: "Berkas diterima")),
    Choice("indicted", Phrase(en: "Indicted", id: "Didakwa")),
    Choice("verdict", Phrase(en: "Verdict", id: "Putusan")),
    Choice("convicted", Phrase(en: "Convicted", id: "Terbukti bersalah")),
    Choice("acquitted", Phrase(en: "Acquitted", id: "Dibebaskan")),
]

let prosecutionRestitutionNeedsAVerdict = EntryRule(
    Phrase(
        en: "Restitution appears only on a case with a verdict (stage verdict or convicted).",
        id: "Restitusi hanya dicantumkan pada perkara yang sudah diputus (stage verdict atau convicted).")
) { entry in
    guard let restitution = entry.rupiah("restitution"), restitution > 0,
        let stage = entry.choice("stage"), ["received", "indicted", "acquitted"].contains(stage)
    else { return [] }
    // The stage by its label, with the value as written.
    let label = prosecutionStages.first { $0.value == stage }?.label ?? Phrase(verbatim: stage)
    return [
        entry.error(
            .prosecutionRestitutionWithoutConviction, at: "restitution",
            Phrase(
                en:
                    "restitution \(restitution) on a case at stage \(label.en) ('\(stage)'), where no court has ordered any",
                id:
                    "restitusi \(restitution) pada perkara dengan tahap \(label.id) ('\(stage)'), padahal belum ada putusan yang menetapkannya"
            ),
            hint: Phrase(
                en: "leave restitution out until a verdict orders it, or correct the stage",
                id: "kosongkan restitusi sampai putusan menetapkannya, atau perbaiki tahapnya"))
    ]
}
