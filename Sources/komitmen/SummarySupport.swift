import ArgumentParser
import Foundation
import KomitmenCore
import KomitmenRegistry
import KomitmenYAML

/// What `summary` and `status` share: reading `--as-of`, loading the repository, refusing one
/// with errors, and deciding on colour.
enum SummarySupport {
    /// Where "today" comes from: `KOMITMEN_TODAY=YYYY-MM-DD` fixes it (tests, and re-running a
    /// past check), else the clock. Read here only: the library takes a `Today`. A value that
    /// is not a date in 1900–2999 is refused once on stderr and the clock is used.
    static let todaySource: Today = {
        guard let text = ProcessInfo.processInfo.environment["KOMITMEN_TODAY"], !text.isEmpty else { return .clock }
        if let date = CalendarDate(text), CalendarDate.dataYears.contains(date.year) { return .fixed(date) }
        printError("komitmen: KOMITMEN_TODAY='\(text)' is not a date YYYY-MM-DD from 1900 to 2999; using the clock")
        return .clock
    }()

    /// Today in the declaration's time zone (UTC without one), as DESIGN.md's `timezone` says.
    static func today(_ declaration: Declaration?) -> CalendarDate {
        todaySource.date(in: declaration?.timeZone ?? Declaration.defaultTimeZone)
    }

    /// Checks `--as-of`: nil when valid, else the message to show. Years 1900–2999, as in the
    /// data: a summary as of year 1 or 9999 means nothing and would step past the calendar.
    static func asOfProblem(_ text: String?) -> Phrase? {
        guard let text else { return nil }
        let years = CalendarDate.dataYears
        if let date = CalendarDate(text) {
            guard !years.contains(date.year) else { return nil }
            return Phrase(en: "--as-of: \(text) is out of range; give a date from \(years.lowerBound) to \(years.upperBound)",
                          id: "--as-of: \(text) di luar rentang; berikan tanggal dari tahun \(years.lowerBound) sampai \(years.upperBound)")
        }
        if CalendarDate.looksLikeDate(text) {
            return Phrase(en: "--as-of: \(text) is not a day of the calendar; check the month and day",
                          id: "--as-of: \(text) bukan tanggal yang ada di kalender; periksa bulan dan harinya")
        }
        return Phrase(en: "--as-of: '\(text)' is not a date; write it as YYYY-MM-DD, e.g. 2026-11-20",
                      id: "--as-of: '\(text)' bukan tanggal; tulis sebagai YYYY-MM-DD, mis. 2026-11-20")
    }

    /// Checks `--quarter` (of any command): nil when valid, else the message to show.
    static func quarterProblem(_ text: String?) -> Phrase? {
        guard let text else { return nil }
        let years = CalendarDate.dataYears
        if let quarter = Quarter(text) {
            guard !years.contains(quarter.year) else { return nil }
            return Phrase(en: "--quarter: \(text) is out of range; give a quarter from \(years.lowerBound) to \(years.upperBound)",
                          id: "--quarter: \(text) di luar rentang; berikan triwulan dari tahun \(years.lowerBound) sampai \(years.upperBound)")
        }
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
    /// mislead. `check` sees the loaded repository first (e.g. to refuse an `--output` into it).
    static func summary(_ options: RepositoryOptions, quarter: String?, asOf: String?,
                        check: (Repository) throws -> Void = { _ in }) throws -> Summary {
        let language = options.lang
        let repository = options.load()
        let date = asOf.flatMap(CalendarDate.init) ?? today(repository.declaration)
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
        try check(repository)
        do {
            let engine = try SummaryEngine(repository: repository, registry: compiledInPlugins, asOf: date)
            return try engine.summary(quarter: quarter.flatMap(Quarter.init), asOf: date)
        } catch {
            printError("komitmen: " + Phrase(en: "error: ", id: "kesalahan: ").text(language) + error.message.text(language))
            throw ExitCode(1)
        }
    }
}
