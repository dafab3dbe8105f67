import KomitmenCore

let mediaExamples: [PluginExample] = [
    .valid(
        """
        values:
          audience_reach: 60692
          journalists_trained: 12
          journalist_safety_incidents: 3
        """),
    .valid(
        """
        values:
          investigative_reports: 1
          news_reports: 2
          psa_campaigns: 1
          journalist_safety_incidents: 0
        publications:
          - title: Pemerintah desa di Sikka bentuk posko pengaduan PMI
            date: 2025-10-01
            kind: news
            url: https://redaksi-kupang.example/2025/10/posko-pengaduan-pmi
          - title: "Jalur tikus Kupang-Batam-Johor: bagaimana calon PMI diberangkatkan tanpa dokumen"
            date: 2025-10-31
            kind: investigative
            url: https://redaksi-kupang.example/2025/10/jalur-tikus
          - title: Korban TPPO dipulangkan dari Nunukan
            date: 2025-11-29
            kind: news
          - title: "Iklan layanan masyarakat: Cek perusahaan penempatan di LTSA"
            date: 2025-12-31
            kind: psa
            url: http://radio-kupang.example/ilm/ltsa
        """),
    .valid(
        """
        publications:
          - {title: Perekrut ilegal diamankan di Pelabuhan Tenau, date: 2025-12-30, kind: news}
        """),
    .invalid(
        """
        publications:
          - title: Korban TPPO dipulangkan dari Nunukan
            date: 2025-11-02
            kind: news
            url: ↓redaksi-kupang.example/2025/11/korban-tppo
        """, contains: "web address", "https://"),
    .invalid(
        """
        publications:
          - title: Perekrut ilegal diamankan di Pelabuhan Tenau
            date: ↓2026-01-02
            kind: news
        """, contains: "2026-01-02", "outside", "2025-12-31"),
    .invalid(
        """
        publications:
          - title: Perekrut ilegal diamankan di Pelabuhan Tenau
            date: ↓2025-11-31
            kind: news
        """, contains: "2025-11-31", "calendar"),
    .invalid(
        """
        publications:
          - title: Mengapa desa harus mengawasi perekrutan
            date: 2025-11-12
            kind: ↓opinion
        """, contains: "opinion", "investigative", "news", "psa"),
    .invalid(
        """
        values:
          news_reports: ↓5
        publications:
          - title: Korban TPPO dipulangkan dari Nunukan
            date: 2025-11-02
            kind: news
          - title: Sidang kasus TPPO jaringan Malaysia digelar di Kupang
            date: 2025-11-29
            kind: news
        """, contains: "news_reports", "give 2"),
    .invalid(
        """
        publications:
          - ↓title: Korban TPPO dipulangkan dari Nunukan
            kind: news
        """, contains: "missing", "date"),
    .invalid(
        """
        publications:
          - title: Korban TPPO dipulangkan dari Nunukan
            date: 2025-11-02
            kind: news
            ↓urll: https://redaksi-kupang.example/2025/11/korban-tppo
        """, contains: "urll", "Link (url)"),
    .invalid(
        """
        values:
          audience_reach: ↓60.692
        """, contains: "thousands separator", "60692"),
    .invalid(
        """
        values:
          ↓journalist_safety_incident: 1
        """, contains: "journalist_safety_incident", "media", "journalist_safety_incidents"),
]
