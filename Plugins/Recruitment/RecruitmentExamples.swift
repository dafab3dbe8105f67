import KomitmenCore

let recruitmentExamples: [PluginExample] = [
    .valid(
        """
        values:
          workers_placed_officially: 57
          active_licence_sanctions: 0
        placements:
          - job_order: JO/MY/2025/0142
            country: Malaysia
            sector: plantation
            workers: 35
            oriented: 35
          - job_order: JO/HK/2025/0077
            country: Hong Kong
            sector: domestic
            workers: 14
            oriented: 14
          - job_order: JO/TW/2025/0031
            country: Taiwan
            sector: care
            workers: 8
            oriented: 7
        """),
    .valid(
        """
        values:
          complaints_received: 6
          complaints_resolved: 4
          active_licence_sanctions: 1
        """),
    .valid(
        """
        values:
          predeparture_orientations: 12
        placements:
          - {job_order: JO/SG/2025/0009, country: Singapore, sector: domestic, workers: 12, oriented: 12}
        """),
    .invalid(
        """
        placements:
          - job_order: JO/MY/2025/0150
            country: Malaysia
            sector: plantation
            workers: 20
            oriented: 20
          - job_order: ↓JO/MY/2025/0150
            country: Malaysia
            sector: plantation
            workers: 5
            oriented: 5
        """, contains: "duplicate", "JO/MY/2025/0150"),
    .invalid(
        """
        placements:
          - job_order: JO/MY/2025/0151
            country: Malaysia
            sector: ↓logging
            workers: 10
            oriented: 10
        """, contains: "logging", "plantation", "construction", "other"),
    .invalid(
        """
        placements:
          - job_order: JO/HK/2025/0080
            country: Hong Kong
            sector: domestic
            workers: 6
            oriented: ↓9
        """, contains: "oriented 9", "6 workers"),
    .invalid(
        """
        values:
          workers_placed_officially: ↓40
        placements:
          - {job_order: JO/MY/2025/0152, country: Malaysia, sector: manufacturing, workers: 25, oriented: 25}
          - {job_order: JO/TW/2025/0033, country: Taiwan, sector: fishing, workers: 12, oriented: 12}
        """, contains: "(workers_placed_officially)", "give 37", "Σ Workers departed"),
    .invalid(
        """
        placements:
          - job_order: JO/MY/2025/0153
            country: Malaysia
            sector: plantation
            workers: ↓1.250
            oriented: 1250
        """, contains: "thousands separator", "1250"),
    .invalid(
        """
        placements:
          - ↓job_order: JO/HK/2025/0081
            country: Hong Kong
            sector: domestic
            workers: 4
        """, contains: "missing", "oriented"),
    .invalid(
        """
        placements:
          - ↓job_order: JO/SG/2025/0010
            ↓negara: Singapore
            sector: domestic
            workers: 3
            oriented: 3
        """, contains: "unknown field", "negara", "country"),
    .invalid(
        """
        values:
          active_licence_sanctions: ↓-1
        """, contains: "whole number"),
    .invalid(
        """
        values:
          ↓licence_sanctions: 1
        """, contains: "licence_sanctions", "recruitment", "active_licence_sanctions"),
    .invalid(
        """
        placements:
          - job_order: ↓Maria Seran
            country: Malaysia
            sector: domestic
            workers: 1
            oriented: 1
        """, contains: "no number", "JO/MY/2025/0142"),
    .invalid(
        """
        placements:
          - job_order: ↓C1234567
            country: Hong Kong
            sector: domestic
            workers: 1
            oriented: 1
        """, contains: "passport number"),
]
