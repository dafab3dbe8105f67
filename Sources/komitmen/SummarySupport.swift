import ArgumentParser
import Foundation
import KomitmenCore
import KomitmenRegistry
import KomitmenYAML

/// What `summary` and `status` share: reading `--as-of`, loading the repository, refusing one
/// with errors, and deciding on colour.
enum SummarySupport {
    /// Today in the local time zone.
    static func today() -> CalendarDate {
        let parts = Calendar.current.dateComponents([.year, .month, .day], from: Date())
        return CalendarDate(year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1)
            ?? CalendarDate(year: 1970, month: 1, day: 1)!
    }

    /// Checks `--as-of`: nil when valid, else the message to show.
    static func asOfProblem(_ text: String?) -> Phrase? {
        guard let text, CalendarDate(text) == nil else { return nil }
        if CalendarDate.looksLikeDate(text) {
            return Phrase(en: "--as-of: \(text) is not a day of the calendar; check the month and day",
                          id: "--as-of: \(text) bukan tanggal yang ada di kalender; periksa bulan dan harinya")
        }
        return Phrase(en: "--as-of: '\(text)' is not a date; write it as YYYY-MM-DD, e.g. 2026-11-20",
                      id: "--as-of: '\(text)' bukan tanggal; tulis sebagai YYYY-MM-DD, mis. 2026-11-20")
    }

    /// Checks `--quarter`: nil when valid, else the message to show.
    static func quarterProblem(_ text: String?) -> Phrase? {
        guard let text, Quarter(text) == nil else { return nil }
        return Phrase(en: "--quarter: '\(text)' is not a quarter; write it as YYYY-Qn with n from 1 to 4, e.g. 2026-Q3",
                      id: "--quarter: '\(text)' bukan triwulan; tulis sebagai YYYY-Qn dengan n dari 1 sampai 4, mis. 2026-Q3")
    }

    /// Colour only on a terminal, and never when `NO_COLOR` is set to anything (no-color.org).
    static var colorOnStdout: Bool {
        isatty(STDOUT_FILENO) == 1 && (ProcessInfo.processInfo.environment["NO_COLOR"] ?? "").isEmpty
    }

    static func printError(_ text: String) {
        FileHandle.standardError.write(Data((text.hasSuffix("\n") ? text : text + "\n").utf8))
    }

    /// Loads the repository and computes the summary; on any problem prints it to stderr and
    /// exits 1. A repository with errors is refused whole: a summary of half-read data would
    /// mislead.
    static func summary(_ options: RepositoryOptions, quarter: String?, asOf: String?) throws -> Summary {
        let language = options.lang
        let date = asOf.flatMap(CalendarDate.init) ?? today()
        let repository = options.load()
        if repository.hasErrors {
            var output = TextOutput.standardError
            DiagnosticPrinter(language: language, maxErrors: options.maxErrors).print(repository, to: &output)
            let count = repository.errorCount
            let note = Phrase(
                en: "komitmen: \(count) error\(count == 1 ? "" : "s") in \(options.root); no summary was made. Run `komitmen validate \(options.root)` and fix \(count == 1 ? "it" : "them") first.",
                id: "komitmen: \(count) kesalahan dalam \(options.root); ringkasan tidak dibuat. Jalankan `komitmen validate \(options.root)` dan perbaiki dahulu.")
            printError(note.text(language))
            throw ExitCode(1)
        }
        do {
            let engine = try SummaryEngine(repository: repository, registry: compiledInPlugins, asOf: date)
            return try engine.summary(quarter: quarter.flatMap(Quarter.init), asOf: date)
        } catch {
            printError("komitmen: " + Phrase(en: "error: ", id: "kesalahan: ").text(language) + error.message.text(language))
            throw ExitCode(1)
        }
    }
}
