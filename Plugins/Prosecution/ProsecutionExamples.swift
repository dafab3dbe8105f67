import KomitmenCore

// Report bodies the test suite checks as a report of a `prosecution` signatory that pledged every
// indicator, with `signatory`, `period: 2025-Q4` and `submitted: 2026-01-10` put above them.
// A valid one must pass without a diagnostic. An invalid one marks with ↓ every place a
// diagnostic points (and no other), and names words its error's English message (or hint) contains.
let prosecutionExamples: [PluginExample] = [
    .valid(
        """
        values:
          tppo_cases_received: 6
          indictments_filed: 4
          verdicts_delivered: 3
          convictions: 2
          victims_in_cases: 19
          restitution_ordered_idr: 185000000
        case_files:
          - reference: PDM-14/KPANG/10/2025
            stage: convicted
            victims: 7
            restitution: 120000000
          - reference: PDM-15/KPANG/10/2025
            stage: convicted
            victims: 2
            restitution: 65000000
          - reference: PDM-21/KPANG/11/2025
            stage: verdict
            victims: 4
          - reference: PDM-27/KPANG/12/2025
            stage: received
            victims: 6
        """),
    .valid(
        """
        values:
          tppo_cases_received: 3
          indictments_filed: 2
        """),
    .valid(
        """
        case_files:
          - {reference: PDM-30/ATB/11/2025, stage: indicted, victims: 3}
          - {reference: PDM-31/ATB/11/2025, stage: acquitted, victims: 1, restitution: 0}
          - {reference: "2025-044", stage: verdict, victims: 2, restitution: 15000000}
        """),
    .invalid(
        """
        case_files:
          - reference: ↓Yohana Seran
            stage: received
            victims: 1
        """, contains: "person's name", "register number", "PDM-14/KPANG/10/2025"),
    .invalid(
        """
        case_files:
          - reference: ↓5301 0123 4567 8901
            stage: indicted
            victims: 2
        """, contains: "NIK", "16-digit", "identities"),
    .invalid(
        """
        case_files:
          - reference: PDM-40/KPANG/10/2025
            stage: indicted
            victims: 2
          - reference: ↓PDM-40/KPANG/10/2025
            stage: verdict
            victims: 3
        """, contains: "duplicate", "PDM-40/KPANG/10/2025"),
    .invalid(
        """
        case_files:
          - reference: PDM-41/KPANG/10/2025
            stage: ↓appeal
            victims: 2
        """, contains: "appeal", "received", "indicted", "convicted", "acquitted"),
    .invalid(
        """
        case_files:
          - reference: PDM-42/KPANG/11/2025
            stage: indicted
            victims: 4
            restitution: ↓50000000
        """, contains: "restitution 50000000", "at stage Indicted ('indicted')", "until a verdict"),
    .invalid(
        """
        case_files:
          - reference: PDM-43/KPANG/11/2025
            stage: convicted
            victims: 4
            restitution: ↓Rp 50.000.000
        """, contains: "Rp 50.000.000"),
    .invalid(
        """
        values:
          convictions: ↓3
          restitution_ordered_idr: ↓90000000
        case_files:
          - {reference: PDM-44/KPANG/12/2025, stage: convicted, victims: 5, restitution: 80000000}
          - {reference: PDM-45/KPANG/12/2025, stage: verdict, victims: 1}
        """, contains: "(convictions) is 3", "give 1", "Stage: Convicted"),
    .invalid(
        """
        case_files:
          - ↓reference: PDM-46/KPANG/12/2025
            stage: received
        """, contains: "missing", "victims"),
    .invalid(
        """
        case_files:
          - reference: PDM-47/KPANG/12/2025
            stage: received
            victims: 2
            ↓defendant: 1
        """, contains: "defendant", "reference", "stage", "victims"),
    .invalid(
        """
        values:
          ↓indictments: 4
        """, contains: "indictments", "prosecution", "indictments_filed"),
]
