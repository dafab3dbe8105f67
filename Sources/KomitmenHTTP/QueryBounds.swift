import KomitmenCore
import KomitmenText

/// How far a query may look ahead: `quarter` and `as_of` up to four quarters after today's
/// (DESIGN: every answer is bounded). A summary of 2999-Q4 as of 2999-12-31 was 113 MB of JSON
/// after 13 s of CPU; nothing can be due that far ahead.
struct QueryBounds: Sendable {
    static let quartersAhead = 4

    let today: CalendarDate

    var latestQuarter: Quarter { Quarter(containing: today).offset(by: Self.quartersAhead) }
    var latestDate: CalendarDate { latestQuarter.lastDay }
    var earliestDate: CalendarDate { CalendarDate(year: CalendarDate.dataYears.lowerBound, month: 1, day: 1)! }

    /// `text` as a quarter of the data's years, no later than `latestQuarter`; 400 otherwise.
    func quarter(_ text: String) throws(APIError) -> Quarter {
        guard let quarter = APIRoutes.quarter(text), CalendarDate.dataYears.contains(quarter.year) else {
            throw .badQuarter(text)
        }
        guard quarter <= latestQuarter else { throw .quarterTooFar(text, latest: latestQuarter) }
        return quarter
    }

    /// `text` as a date from 1900-01-01 to `latestDate`; 400 `invalid_parameter` naming `name` otherwise.
    func date(_ text: String, name: String) throws(APIError) -> CalendarDate {
        guard text.utf8.count == 10, let date = CalendarDate(text), date >= earliestDate, date <= latestDate else {
            throw .badParameter(
                name, text,
                expected: .init(
                    en: "a date YYYY-MM-DD from \(earliestDate) to \(latestDate)",
                    id: "tanggal TTTT-BB-HH dari \(earliestDate) sampai \(latestDate)"))
        }
        return date
    }
}
