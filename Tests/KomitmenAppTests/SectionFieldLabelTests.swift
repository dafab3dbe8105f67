import Foundation
import KomitmenApp
import KomitmenCore
import KomitmenRegistry
import Testing

/// Issue 23: messages about a plugin section's fields name each field by its label and its key,
/// in both languages (a clerk knows "Tahap", not `stage`): a missing field, an empty one, an
/// unknown one and its hint. Top-level report fields keep their keys.
@Suite struct SectionFieldLabelTests {
    static let header = "signatory: polda-ntt\nperiod: 2026-Q3\nsubmitted: 2026-10-10\ncases:\n"

    static func check(_ body: String) -> [Diagnostic] {
        let options = LoadOptions(
            root: ScratchRepository.packageRoot.appendingPathComponent("commitments").path,
            registry: compiledInPlugins, today: .fixed(CalendarDate("2026-11-20")!))
        return Workspace.load(options).checkReport(
            bytes: Array(body.utf8), quarter: Quarter("2026-Q3")!, signatory: "polda-ntt"
        ).diagnostics
    }

    /// The one diagnostic of `rows`, as `line:column code: en | id | hint en | hint id`.
    static func shown(_ rows: String) throws -> String {
        let diagnostics = check(header + rows)
        #expect(diagnostics.count == 1, "\(diagnostics.map(\.message.en))")
        let found = try #require(diagnostics.first)
        return "\(found.mark) \(found.code.code): \(found.message.en) | \(found.message.id)"
            + (found.hint.map { " | \($0.en) | \($0.id)" } ?? "")
    }

    @Test func aMissingFieldIsNamedByItsLabelAtTheEntry() throws {
        #expect(
            try Self.shown("  - ref: LP/B/9/X/2026\n    suspects: 1\n    victims: 1\n")
                == "5:5 missing-field: Stage (stage) is missing | Tahap (stage) belum ada")
    }

    @Test func anEmptyFieldIsNamedByItsLabelAtItsValue() throws {
        #expect(
            try Self.shown("  - ref: LP/B/9/X/2026\n    stage:\n    suspects: 1\n    victims: 1\n")
                == "6:11 empty-field: Stage (stage) has no value | Tahap (stage) tidak berisi nilai")
        #expect(
            try Self.shown("  - {ref: LP/B/9/X/2026, stage: report, suspects: ~, victims: 1}\n")
                == "5:51 empty-field: Suspects (suspects) has no value | Tersangka (suspects) tidak berisi nilai")
    }

    @Test func anUnknownFieldSuggestsTheLabelledField() throws {
        #expect(
            try Self.shown("  - ref: LP/B/9/X/2026\n    stag: report\n    suspects: 1\n    victims: 1\n")
                == "6:5 unknown-field: unknown field 'stag' | kolom 'stag' tidak dikenal"
                + " | did you mean Stage (stage)? | maksud Anda Tahap (stage)?")
    }

    @Test func anUnknownFieldWithNothingCloseListsTheLabelledFields() throws {
        #expect(
            try Self.shown(
                "  - ref: LP/B/9/X/2026\n    stage: report\n    suspects: 1\n    victims: 1\n    colour: red\n")
                == "9:5 unknown-field: unknown field 'colour' | kolom 'colour' tidak dikenal"
                + " | the fields here are: Police report number (ref), Stage (stage), Suspects (suspects), "
                + "Victims (victims), Destination (destination)"
                + " | kolom yang dikenal di sini: Nomor laporan polisi (ref), Tahap (stage), Tersangka (suspects), "
                + "Korban (victims), Tujuan (destination)")
    }

    @Test func topLevelFieldsKeepTheirKeys() throws {
        let diagnostics = Self.check("signatory: polda-ntt\nperiod: 2026-Q3\nvalues:\n  victims_rescued: 1\n")
        #expect(diagnostics.map(\.message.en) == ["missing field 'submitted'"])
        let empty = Self.check("signatory: polda-ntt\nperiod: 2026-Q3\nsubmitted:\nvalues:\n  victims_rescued: 1\n")
        #expect(empty.map(\.message.en) == ["field 'submitted' has no value"])
        #expect(empty.map(\.message.id) == ["kolom 'submitted' tidak berisi nilai"])
    }
}
