import KomitmenCore

let policeExamples: [PluginExample] = [
    .valid(
        """
        values:
          tppo_reports_received: 14
          tppo_cases_investigated: 9
        """),
    .valid(
        """
        values:
          departures_prevented: 112
        cases:
          - ref: LP/B/123/X/2025
            stage: investigation
            suspects: 3
            victims: 12
            destination: Malaysia
          - ref: LP/B/130/XI/2025
            stage: report
            suspects: 0
            victims: 2
        """),
    .valid(
        """
        values:
          suspects_named: 3
          victims_rescued: 12
        cases:
          - ref: LP/B/123/X/2025
            stage: verdict
            suspects: 3
            victims: 12
        """),
    .invalid(
        """
        cases:
          - ref: LP/B/1/X/2025
            stage: report
            suspects: 1
            victims: 1
          - ref: ↓LP/B/1/X/2025
            stage: report
            suspects: 1
            victims: 1
        """, contains: "duplicate", "LP/B/1/X/2025"),
    .invalid(
        """
        cases:
          - ref: LP/B/2/X/2025
            stage: ↓trial
            suspects: 1
            victims: 1
        """, contains: "trial", "prosecution"),
    .invalid(
        """
        values:
          victims_rescued: ↓10
        cases:
          - ref: LP/B/3/X/2025
            stage: report
            suspects: 1
            victims: 12
        """, contains: "victims_rescued", "12"),
    .invalid(
        """
        cases:
          - ref: LP/B/4/X/2025
            stage: report
            suspects: ↓-2
            victims: 1
        """, contains: "whole number"),
    .invalid(
        """
        cases:
          - ↓ref: LP/B/5/X/2025
            stage: report
            victims: 1
        """, contains: "suspects"),
    .invalid(
        """
        cases:
          - ref: LP/B/6/X/2025
            stage: report
            suspects: 1
            victims: 1
            ↓destinaton: Malaysia
        """, contains: "destinaton", "destination"),
]
