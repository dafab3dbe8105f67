import KomitmenCore

// Report bodies the test suite checks as a report of an `immigration` signatory that pledged every
// indicator, with `signatory`, `period: 2025-Q4` and `submitted: 2026-01-10` put above them.
// A valid one must pass without a diagnostic. An invalid one marks with ↓ every place a
// diagnostic points (and no other), and names words its error's English message (or hint) contains.
let immigrationExamples: [PluginExample] = [
    .valid(
        """
        values:
          passports_issued_with_recommendation: 214
          passport_applications_refused: 37
          departures_prevented: 19
          officers_trained: 12
        checkpoint_actions:
          - checkpoint: airport
            post: El Tari
            date: 2025-10-14
            people_stopped: 6
            referred_to: bp3mi
          - checkpoint: land-border
            post: Motaain
            date: 2025-11-02
            people_stopped: 9
            referred_to: police
          - checkpoint: seaport
            date: 2025-12-31
            people_stopped: 4
            referred_to: returned-home
        """),
    .valid(
        """
        values:
          passports_issued_with_recommendation: 96
          officers_trained: 0
        """),
    .valid(
        """
        checkpoint_actions:
          - {checkpoint: seaport, post: Tenau, date: 2025-11-20, people_stopped: 3, referred_to: social-services}
          - {checkpoint: seaport, post: Tenau, date: 2025-11-21, people_stopped: 2, referred_to: social-services}
        """),
    .invalid(
        """
        checkpoint_actions:
          - checkpoint: ↓harbour
            date: 2025-10-03
            people_stopped: 2
            referred_to: police
        """, contains: "harbour", "airport", "seaport", "land-border"),
    .invalid(
        """
        checkpoint_actions:
          - checkpoint: airport
            date: 2025-10-03
            people_stopped: 2
            referred_to: ↓social-service
        """, contains: "social-service", "social-services"),
    .invalid(
        """
        checkpoint_actions:
          - checkpoint: land-border
            date: ↓2025-09-30
            people_stopped: 5
            referred_to: police
        """, contains: "outside", "2025-10-01"),
    .invalid(
        """
        values:
          departures_prevented: ↓12
        checkpoint_actions:
          - {checkpoint: airport, date: 2025-10-10, people_stopped: 6, referred_to: bp3mi}
          - {checkpoint: land-border, date: 2025-10-11, people_stopped: 4, referred_to: police}
        """, contains: "(departures_prevented)", "give 10", "Σ People stopped"),
    .invalid(
        """
        checkpoint_actions:
          - checkpoint: airport
            date: 2025-12-01
            people_stopped: ↓1.200
            referred_to: bp3mi
        """, contains: "thousands separator", "1200"),
    .invalid(
        """
        checkpoint_actions:
          - checkpoint: seaport
            date: 2025-12-02
            people_stopped: ↓0
            referred_to: returned-home
        """, contains: "0 people stopped", "how many people were stopped"),
    .invalid(
        """
        checkpoint_actions:
          - checkpoint: seaport
            date: 2025-12-03
            ↓people_stoped: 6
            referred_to: police
        """, contains: "people_stoped", "People stopped (people_stopped)"),
    .invalid(
        """
        checkpoint_actions:
          - ↓checkpoint: airport
            date: 2025-12-04
            people_stopped: 2
        """, contains: "missing", "referred_to"),
    .invalid(
        """
        values:
          ↓passports_issued: 40
        """, contains: "passports_issued", "immigration", "passports_issued_with_recommendation"),
]
