import KomitmenCore
import KomitmenYAML
import Testing

/// Dates and quarters are written digit by digit: the same text as the padded strings they
/// replaced, at the edges of their years (1 and 9999), of months and days, and of quarters.
@Suite struct DateTextTests {
    static func padded(_ value: Int, _ width: Int) -> String {
        let text = String(value)
        return String(repeating: "0", count: max(0, width - text.count)) + text
    }

    static let years = [1, 9, 10, 99, 100, 999, 1000, 1900, 2025, 2026, 2999, 9998, 9999]

    @Test(arguments: years)
    func quartersAreTheirPaddedText(_ year: Int) throws {
        for number in 1...4 {
            let quarter = try #require(Quarter(year: year, number: number))
            #expect(quarter.description == "\(Self.padded(year, 4))-Q\(number)")
            #expect(Quarter(quarter.description) == quarter)
        }
    }

    @Test(arguments: years)
    func datesAreTheirPaddedText(_ year: Int) throws {
        for (month, day) in [(1, 1), (2, 28), (9, 9), (10, 10), (12, 31)] {
            let date = try #require(CalendarDate(year: year, month: month, day: day))
            #expect(date.description == "\(Self.padded(year, 4))-\(Self.padded(month, 2))-\(Self.padded(day, 2))")
            #expect(CalendarDate(date.description) == date)
        }
    }
}
