import KomitmenCore

/// The phrases of KomitmenApp: the commands' messages shared by the front ends (drafting and
/// reviewing reports, writing outputs, reminders, validation counts). The text of
/// docs/diagnostics.md is in `DiagnosticCatalogWords.swift`. CONTRIBUTING.md, "Languages".
public enum AppWords {
    public static func written(_ path: String) -> Phrase {
        Phrase(en: "Written: \(path)", id: "Ditulis: \(path)")
    }

    public static func todayRefused(_ text: String) -> Phrase {
        Phrase(
            en: "komitmen: KOMITMEN_TODAY='\(text)' is not a date YYYY-MM-DD from 1900 to 2999; using the clock",
            id: "komitmen: KOMITMEN_TODAY='\(text)' bukan tanggal TTTT-BB-HH dari 1900 sampai 2999; jam sistem dipakai")
    }

    public static func maxErrorsNegative(_ value: Int) -> Phrase {
        Phrase(
            en: "--max-errors must be 0 (no limit) or more, not \(value)",
            id: "--max-errors harus 0 (tanpa batas) atau lebih, bukan \(value)")
    }

    /// Why a report or a review cannot be drafted: the repository's declaration does not read.
    public static let declarationHasErrors = Phrase(
        en: "the repository's declaration.yaml has errors", id: "declaration.yaml di repositori ini bermasalah")

    /// A signatory id that names no file in signatories/, with the closest one when there is one.
    public static func unknownSignatory(_ id: String, suggestion match: String?) -> Phrase {
        Phrase(
            en: "unknown signatory '\(id)'" + (match.map { " (did you mean '\($0)'?)" } ?? ""),
            id: "penanda tangan '\(id)' tidak dikenal" + (match.map { " (maksud Anda '\($0)'?)" } ?? ""))
    }

    /// Why a report cannot be drafted: the signatory's own file has errors.
    public static func signatoryHasErrors(_ id: String) -> Phrase {
        Phrase(
            en: "signatories/\(id).yaml has errors; fix them first",
            id: "signatories/\(id).yaml bermasalah; perbaiki dulu")
    }
}
