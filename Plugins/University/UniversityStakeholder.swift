import KomitmenCore

/// Universities: research, community service (KKN and pengabdian), policy briefs, students
/// engaged and teaching modules. Its `activities` section lists each output; the three kinds are
/// counted into research_outputs, community_service_programs and policy_briefs.
public let universityStakeholder = StakeholderPlugin(
    kind: "university",
    name: Phrase(en: "University", id: "Perguruan tinggi"),
    description: Phrase(
        en:
            "Universities: research on migration and trafficking, community service programmes, policy briefs, students engaged, curriculum modules.",
        id:
            "Perguruan tinggi: penelitian migrasi dan TPPO, program pengabdian kepada masyarakat, policy brief, keterlibatan mahasiswa, modul kurikulum."
    ),
    indicators: universityIndicators,
    sections: [universityActivities],
    examples: universityExamples
)

let universityIndicators: [IndicatorDefinition] = [
    IndicatorDefinition(
        "research_outputs",
        label: Phrase(en: "Research outputs", id: "Luaran penelitian"),
        description: Phrase(
            en:
                "Research reports and papers on migration and trafficking completed; derived from the research activities listed.",
            id:
                "Laporan dan artikel penelitian tentang migrasi dan TPPO yang selesai; dihitung dari kegiatan research yang dicantumkan."
        )),
    IndicatorDefinition(
        "community_service_programs",
        label: Phrase(en: "Community service programmes", id: "Program pengabdian kepada masyarakat"),
        description: Phrase(
            en:
                "Community service programmes (pengabdian, thematic KKN) run in villages; derived from the community_service activities listed.",
            id:
                "Program pengabdian kepada masyarakat dan KKN tematik di desa; dihitung dari kegiatan community_service yang dicantumkan."
        )),
    IndicatorDefinition(
        "students_engaged",
        label: Phrase(en: "Students engaged", id: "Mahasiswa terlibat"),
        description: Phrase(
            en: "Students who took part in the university's research or community service on migration this quarter.",
            id: "Mahasiswa yang terlibat dalam penelitian atau pengabdian terkait migrasi aman dan TPPO triwulan ini.")),
    IndicatorDefinition(
        "policy_briefs",
        label: Phrase(en: "Policy briefs", id: "Rekomendasi kebijakan"),
        description: Phrase(
            en: "Policy briefs delivered to the government or DPRD; derived from the policy_brief activities listed.",
            id:
                "Policy brief atau rekomendasi kebijakan yang disampaikan kepada pemerintah daerah atau DPRD; dihitung dari kegiatan policy_brief yang dicantumkan."
        )),
    IndicatorDefinition(
        "curriculum_modules",
        label: Phrase(en: "Curriculum modules in use", id: "Modul kurikulum digunakan"),
        aggregation: .latest,
        description: Phrase(
            en:
                "Teaching modules on safe migration and trafficking in use in courses or KKN preparation at the end of the quarter.",
            id:
                "Modul pembelajaran tentang migrasi aman dan TPPO yang digunakan dalam perkuliahan atau pembekalan KKN pada akhir triwulan."
        )),
]

let universityActivities = SectionDefinition(
    "activities", label: Phrase(en: "Activities", id: "Kegiatan"),
    description: Phrase(
        en: "Research, community service and policy briefs completed or run this quarter, one entry each.",
        id:
            "Penelitian, pengabdian dan policy brief yang selesai atau dilaksanakan triwulan ini, satu entri per kegiatan."
    ),
    fields: [
        FieldDefinition(
            "kind",
            .choice([
                Choice("research", Phrase(en: "Research", id: "Penelitian")),
                Choice("community_service", Phrase(en: "Community service", id: "Pengabdian kepada masyarakat")),
                Choice("policy_brief", Phrase(en: "Policy brief", id: "Ringkasan kebijakan")),
            ]),
            label: Phrase(en: "Kind of activity", id: "Jenis kegiatan"),
            description: Phrase(
                en: "What it is: research, community_service or policy_brief.",
                id:
                    "Jenis kegiatan: penelitian (research), pengabdian (community_service) atau policy brief (policy_brief)."
            )),
        FieldDefinition(
            "title", .text,
            label: Phrase(en: "Title", id: "Judul"),
            description: Phrase(
                en: "The title of the study, programme or brief.", id: "Judul penelitian, program atau policy brief.")),
    ],
    derivations: [
        (indicator: "research_outputs", derivation: .countWhere(field: "kind", equals: "research")),
        (indicator: "community_service_programs", derivation: .countWhere(field: "kind", equals: "community_service")),
        (indicator: "policy_briefs", derivation: .countWhere(field: "kind", equals: "policy_brief")),
    ],
    breakdowns: ["kind"]
)
