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
            CLIWords.notAQuarter(text))
    }

    /// `--quarter` of `new-report` and `review`, in the words new-report has always used.
    static func reportArgument(_ text: String) throws -> Quarter {
        try parse(
            text,
            CLIWords.quarterMustLookLike(text))
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
                CLIWords.notADay(text))
        }
        throw BilingualArgumentError(
            CLIWords.notADate(text))
    }
}

/// Why an option's text is not a value, in English then Indonesian (see above).
struct BilingualArgumentError: Error, CustomStringConvertible {
    var message: Phrase
    init(_ message: Phrase) { self.message = message }
    var description: String { CLIWords.bothLanguages(message) }
}

enum ArgumentRange {
    /// Nil when `quarter` is in the years of the data, else the message to show.
    static func problem(quarter: Quarter?) -> Phrase? {
        guard let quarter else { return nil }
        let years = CalendarDate.dataYears
        guard !years.contains(quarter.year) else { return nil }
        return CLIWords.quarterOutOfRange(quarter, first: years.lowerBound, last: years.upperBound)
    }

    /// Nil when `date` is in the years of the data: a summary as of year 1 or 9999 means nothing
    /// and would step past the calendar.
    static func problem(asOf date: CalendarDate?) -> Phrase? {
        guard let date else { return nil }
        let years = CalendarDate.dataYears
        guard !years.contains(date.year) else { return nil }
        return CLIWords.asOfOutOfRange(date, first: years.lowerBound, last: years.upperBound)
    }
}

extension ArgumentHelp {
    /// Help for `--quarter`, with the value named by its shape.
    static func quarter(_ text: String) -> ArgumentHelp { ArgumentHelp(text, valueName: "YYYY-Qn") }
    /// Help for `--as-of`.
    static func asOf(_ text: String) -> ArgumentHelp { ArgumentHelp(text, valueName: "YYYY-MM-DD") }
}
