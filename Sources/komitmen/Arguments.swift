import ArgumentParser
import KomitmenCore

// `--quarter` and `--as-of` are parsed once, by the argument parser, into the values the commands
// use (`transform:` gives the parser our message for text of the wrong shape; it runs before
// `--lang` is known, so the message is in both languages). The range (years 1900–2999, as in the
// data) is checked in each command's `validate()`, where `--lang` is known.

extension Quarter: ExpressibleByArgument {
    public init?(argument: String) { self.init(argument) }

    /// `--quarter` of `summary`, `status` and `remind`.
    static func argument(_ text: String) throws -> Quarter {
        try parse(
            text,
            Phrase(
                en: "'\(text)' is not a quarter; write it as YYYY-Qn with n from 1 to 4, e.g. 2026-Q3",
                id: "'\(text)' bukan triwulan; tulis sebagai YYYY-Qn dengan n dari 1 sampai 4, mis. 2026-Q3"))
    }

    /// `--quarter` of `new-report` and `review`, in the words new-report has always used.
    static func reportArgument(_ text: String) throws -> Quarter {
        try parse(
            text,
            Phrase(
                en: "--quarter must look like 2025-Q4 (year, dash, Q and 1 to 4), not '\(text)'",
                id: "--quarter harus seperti 2025-Q4 (tahun, tanda hubung, Q dan 1 sampai 4), bukan '\(text)'"))
    }

    private static func parse(_ text: String, _ problem: @autoclosure () -> Phrase) throws -> Quarter {
        guard let quarter = Quarter(argument: text) else { throw BilingualArgumentError(problem()) }
        return quarter
    }
}

extension CalendarDate: ExpressibleByArgument {
    public init?(argument: String) { self.init(argument) }

    /// `--as-of`.
    static func argument(_ text: String) throws -> CalendarDate {
        if let date = CalendarDate(argument: text) { return date }
        if CalendarDate.looksLikeDate(text) {
            throw BilingualArgumentError(
                Phrase(
                    en: "\(text) is not a day of the calendar; check the month and day",
                    id: "\(text) bukan tanggal yang ada di kalender; periksa bulan dan harinya"))
        }
        throw BilingualArgumentError(
            Phrase(
                en: "'\(text)' is not a date; write it as YYYY-MM-DD, e.g. 2026-11-20",
                id: "'\(text)' bukan tanggal; tulis sebagai YYYY-MM-DD, mis. 2026-11-20"))
    }
}

/// Why an option's text is not a value, in English then Indonesian (see above).
struct BilingualArgumentError: Error, CustomStringConvertible {
    var message: Phrase
    init(_ message: Phrase) { self.message = message }
    var description: String { message.en == message.id ? message.en : "\(message.en) (\(message.id))" }
}

enum ArgumentRange {
    /// Nil when `quarter` is in the years of the data, else the message to show.
    static func problem(quarter: Quarter?) -> Phrase? {
        guard let quarter else { return nil }
        let years = CalendarDate.dataYears
        guard !years.contains(quarter.year) else { return nil }
        return Phrase(
            en: "--quarter: \(quarter) is out of range; give a quarter from \(years.lowerBound) to \(years.upperBound)",
            id:
                "--quarter: \(quarter) di luar rentang; berikan triwulan dari tahun \(years.lowerBound) sampai \(years.upperBound)"
        )
    }

    /// Nil when `date` is in the years of the data: a summary as of year 1 or 9999 means nothing
    /// and would step past the calendar.
    static func problem(asOf date: CalendarDate?) -> Phrase? {
        guard let date else { return nil }
        let years = CalendarDate.dataYears
        guard !years.contains(date.year) else { return nil }
        return Phrase(
            en: "--as-of: \(date) is out of range; give a date from \(years.lowerBound) to \(years.upperBound)",
            id:
                "--as-of: \(date) di luar rentang; berikan tanggal dari tahun \(years.lowerBound) sampai \(years.upperBound)"
        )
    }
}

extension ArgumentHelp {
    /// Help for `--quarter`, with the value named by its shape.
    static func quarter(_ text: String) -> ArgumentHelp { ArgumentHelp(text, valueName: "YYYY-Qn") }
    /// Help for `--as-of`.
    static func asOf(_ text: String) -> ArgumentHelp { ArgumentHelp(text, valueName: "YYYY-MM-DD") }
}
