import KomitmenCore

let ngoExamples: [PluginExample] = [
    .valid(
        """
        values:
          legal_aid_cases: 5
          community_trainings: 4
          people_trained: 172
          complaints_referred: 14
          reintegration_supported: 3
        """),
    .valid(
        """
        values:
          victims_assisted: 3
          legal_aid_cases: 2
        assistance:
          - ref: ASN-2025-014
            services:
              - legal
              - health
          - ref: ASN-2025-015
            services:
              - legal
          - ref: ASN-2025-016
            services:
              - shelter
              - reintegration
        """),
    .valid(
        """
        assistance:
          - ref: PKP/2025/XI/07
            services: [shelter, health]
          - ref: kasus belu 03
            services: [reintegration]
          - ref: "2025-031"
            services: [legal]
        """),
    .invalid(
        """
        assistance:
          - ref: ↓5301012345678901
            services: [legal]
        """, contains: "NIK", "16-digit", "ASN-2025-014"),
    .invalid(
        """
        assistance:
          - ref: ↓5301 0123 4567 8901
            services: [health]
        """, contains: "NIK", "identities"),
    .invalid(
        """
        assistance:
          - ref: ↓53.01.01-2345-6789-01
            services: [health]
        """, contains: "NIK"),
    .invalid(
        """
        assistance:
          - ref: ↓Maria Bano
            services: [shelter]
        """, contains: "person's name", "case code", "ASN-2025-014"),
    .invalid(
        """
        assistance:
          - ref: ASN-2025-020
            services: [legal]
          - ref: ↓Yohanes Tefa
            services:
              - legal
              - reintegration
        """, contains: "person's name"),
    .invalid(
        """
        assistance:
          - ref: ASN-2025-021
            services: [legal, ↓food]
        """, contains: "food", "legal", "shelter", "health", "reintegration"),
    .invalid(
        """
        assistance:
          - ref: ASN-2025-022
            services:
              - health
              - ↓counselling
        """, contains: "counselling", "reintegration"),
    .invalid(
        """
        assistance:
          - ref: ASN-2025-023
            services: [legal]
          - ref: ↓ASN-2025-023
            services: [health]
        """, contains: "duplicate", "ASN-2025-023"),
    .invalid(
        """
        values:
          victims_assisted: ↓3
        assistance:
          - ref: ASN-2025-024
            services: [legal]
          - ref: ASN-2025-025
            services: [health]
        """, contains: "victims_assisted", "give 2"),
    .invalid(
        """
        assistance:
          - ↓ref: ASN-2025-026
        """, contains: "missing", "services"),
    .invalid(
        """
        values:
          ↓people_trainned: 40
        """, contains: "people_trainned", "ngo", "people_trained"),
]
