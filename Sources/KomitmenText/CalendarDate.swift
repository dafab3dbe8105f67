/// A calendar day, `YYYY-MM-DD`, checked against the Gregorian calendar. Always in years 1–9999:
/// arithmetic that would leave them stops at the first or last day instead of trapping.
public struct CalendarDate: Hashable, Sendable, Comparable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    /// The years a date in the data (or on the command line) may have: DESIGN.md's "Dates and
    /// numbers stay in range". Wider years are still dates; readers refuse them with a message.
    public static let dataYears = 1900...2999

    /// 0001-01-01 and 9999-12-31: the ends of what `YYYY-MM-DD` can write.
    public static let earliest = CalendarDate(dayNumber: minimumDayNumber)
    public static let latest = CalendarDate(dayNumber: maximumDayNumber)
    static let minimumDayNumber = -719_162
    static let maximumDayNumber = 2_932_896

    /// Nil when the numbers do not name a real day (`2026-02-30`).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
            (1...Self.daysIn(month: month, year: year)).contains(day)
        else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses exactly `YYYY-MM-DD`.
    public init?(_ text: String) {
        let bytes = Array(text.utf8)
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-") else { return nil }
        func number(_ range: Range<Int>) -> Int? {
            var value = 0
            for byte in bytes[range] {
                guard byte >= 48 && byte <= 57 else { return nil }
                value = value * 10 + Int(byte - 48)
            }
            return value
        }
        guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10) else { return nil }
        self.init(year: year, month: month, day: day)
    }

    /// Whether the text has the shape of a date, real or not (to tell "not a date" from "no such day").
    public static func looksLikeDate(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-") else { return false }
        return bytes.enumerated().allSatisfy {
            $0.offset == 4 || $0.offset == 7 || ($0.element >= 48 && $0.element <= 57)
        }
    }

    public static func isLeap(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// Days since 1970-01-01 (negative before), for differences between dates.
    public var dayNumber: Int {
        // Howard Hinnant's days_from_civil.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// The date a number of days after this one (before it when negative); past 9999-12-31 or
    /// before 0001-01-01 it stops there, so no count of days, however large, can trap.
    public func adding(days: Int) -> CalendarDate {
        let (sum, overflow) = dayNumber.addingReportingOverflow(days)
        if overflow { return days > 0 ? .latest : .earliest }
        return Self(dayNumber: sum)
    }

    /// The day `dayNumber` days after 1970-01-01, clamped to 0001-01-01 ... 9999-12-31.
    public init(dayNumber: Int) {
        let dayNumber = min(max(dayNumber, Self.minimumDayNumber), Self.maximumDayNumber)
        let z = dayNumber + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        day = doy - (153 * mp + 2) / 5 + 1
        month = mp < 10 ? mp + 3 : mp - 9
        year = yoe + era * 400 + (month <= 2 ? 1 : 0)
    }

    public static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    public var description: String {
        // Written digit by digit (a summary writes hundreds of thousands of dates and quarters);
        // every initializer keeps the year in 1...9999, so four digits always hold it.
        String(unsafeUninitializedCapacity: 10) { text in
            PaddedDigits.write(year, width: 4, into: text, at: 0)
            text[4] = UInt8(ascii: "-")
            PaddedDigits.write(month, width: 2, into: text, at: 5)
            text[7] = UInt8(ascii: "-")
            PaddedDigits.write(day, width: 2, into: text, at: 8)
            return 10
        }
    }
}
