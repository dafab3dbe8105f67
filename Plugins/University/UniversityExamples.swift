import KomitmenCore

let universityExamples: [PluginExample] = [
    .valid(
        """
        values:
          students_engaged: 48
          curriculum_modules: 1
        """),
    .valid(
        """
        values:
          research_outputs: 1
          community_service_programs: 2
          policy_briefs: 1
          students_engaged: 48
        activities:
          - kind: research
            title: Jalur keberangkatan PMI ilegal dari NTT ke Malaysia melalui Batam dan Nunukan
          - kind: community_service
            title: KKN tematik migrasi aman di Kabupaten Kupang
          - kind: community_service
            title: Pendampingan pendataan calon PMI di desa-desa Malaka
          - kind: policy_brief
            title: Rekomendasi penguatan pengawasan perekrutan di tingkat desa
        """),
    .valid(
        """
        values:
          research_outputs: 0
          curriculum_modules: 3
        activities:
          - kind: community_service
            title: "Sosialisasi: bekerja ke luar negeri lewat LTSA"
        """),
    .invalid(
        """
        activities:
          - kind: ↓seminar
            title: Seminar nasional migrasi aman
        """, contains: "seminar", "research", "community_service", "policy_brief"),
    .invalid(
        """
        activities:
          - ↓kind: research
        """, contains: "missing", "title"),
    .invalid(
        """
        values:
          research_outputs: ↓2
        activities:
          - kind: research
            title: Pola perekrutan calon PMI di Timor Tengah Selatan
          - kind: policy_brief
            title: Usulan perda pelindungan PMI
        """, contains: "research_outputs", "give 1"),
    .invalid(
        """
        values:
          policy_briefs: ↓0
        activities:
          - kind: policy_brief
            title: Usulan perda pelindungan PMI
        """, contains: "policy_briefs", "give 1"),
    .invalid(
        """
        activities:
          - kind: research
            title: Pola perekrutan calon PMI di Timor Tengah Selatan
            ↓lead: Fakultas Hukum
        """, contains: "unknown field", "lead"),
    .invalid(
        """
        values:
          students_engaged: ↓1.048
        """, contains: "thousands separator", "1048"),
    .invalid(
        """
        values:
          ↓curriculum_module: 2
        """, contains: "curriculum_module", "university", "curriculum_modules"),
    .invalid(
        """
        activities: ↓{kind: research, title: Pola perekrutan calon PMI}
        """, contains: "expected a list"),
]
