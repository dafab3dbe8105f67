import KomitmenCore

let religiousExamples: [PluginExample] = [
    .valid(
        """
        values:
          people_reached: 899
          victims_accompanied: 9
          shelters_operating: 2
        """),
    .valid(
        """
        values:
          awareness_sessions: 2
          people_reached: 180
        activities:
          - kind: session
            date: 2025-10-03
            people: 100
          - kind: accompaniment
            date: 2025-10-05
            people: 1
          - kind: session
            date: 2025-11-30
            people: 80
        """),
    .valid(
        """
        values:
          remains_received: 1
          shelters_operating: 0
        activities:
          - kind: remains
            date: 2025-10-01
            people: 1
          - kind: accompaniment
            date: 2025-12-31
            people: 4
        """),
    .valid(
        """
        activities:
          - {kind: session, date: 2025-12-14, people: 45}
        """),
    .invalid(
        """
        activities:
          - kind: ↓sermon
            date: 2025-10-12
            people: 300
        """, contains: "sermon", "session", "accompaniment", "remains"),
    .invalid(
        """
        activities:
          - kind: session
            date: ↓2025-09-30
            people: 60
        """, contains: "outside", "2025-Q4", "2025-10-01"),
    .invalid(
        """
        activities:
          - kind: session
            date: ↓2025-11-31
            people: 60
        """, contains: "2025-11-31", "calendar"),
    .invalid(
        """
        values:
          awareness_sessions: ↓3
        activities:
          - kind: session
            date: 2025-10-03
            people: 100
          - kind: accompaniment
            date: 2025-10-05
            people: 1
          - kind: session
            date: 2025-11-30
            people: 80
        """, contains: "awareness_sessions", "give 2"),
    .invalid(
        """
        activities:
          - kind: session
            date: 2025-10-20
            people: ↓1.200
        """, contains: "thousands separator", "1200"),
    .invalid(
        """
        activities:
          - kind: accompaniment
            date: 2025-10-20
            people: ↓-1
        """, contains: "whole number"),
    .invalid(
        """
        activities:
          - ↓kind: session
            date: 2025-10-20
        """, contains: "missing", "people"),
    .invalid(
        """
        activities:
          - kind: session
            date: 2025-10-20
            people: 60
            ↓place: Gereja Kota Baru
        """, contains: "unknown field", "place"),
    .invalid(
        """
        values:
          ↓shelter_operating: 2
        """, contains: "shelter_operating", "religious", "shelters_operating"),
]
