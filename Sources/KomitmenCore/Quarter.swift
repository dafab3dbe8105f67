import KomitmenYAML

/// A calendar quarter such as `2025-Q3`: the unit every report and target is counted in. Always
/// in years 1–9999, like `CalendarDate`: stepping past either end stops there instead of trapping.
public struct Quarter: Hashable, Sendable, Comparable, CustomStringConvertible, Codable {
    public let year: Int
    /// 1 to 4.
    public let number: Int

    public init?(year: Int, number: Int) {
        guard (1...9999).contains(year), (1...4).contains(number) else { return nil }
        self.year = year
        self.number = number
    }

    /// Parses exactly `YYYY-Qn`.
    public init?(_ text: String) {
        // Byte by byte (every report and target has quarters): four digits, '-', 'Q', one digit.
        guard text.utf8.count == 7 else { return nil }
        var year = 0
        var number = 0
        // A counted loop rather than `enumerated()`, whose iterator was not inlined.
        var offset = -1
        for byte in text.utf8 {
            offset += 1
            let isDigit = byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
            switch offset {
            case 0...3:
                guard isDigit else { return nil }
                year = year * 10 + Int(byte - UInt8(ascii: "0"))
            case 4:
                guard byte == UInt8(ascii: "-") else { return nil }
            case 5:
                guard byte == UInt8(ascii: "Q") else { return nil }
            default:
                guard isDigit else { return nil }
                number = Int(byte - UInt8(ascii: "0"))
            }
        }
        self.init(year: year, number: number)
    }

    /// The quarter a day falls in.
    public init(containing date: CalendarDate) {
        year = date.year
        number = (date.month - 1) / 3 + 1
    }

    /// 0001-Q1 and 9999-Q4: the ends of what `YYYY-Qn` can write.
    public static let earliest = Quarter(ordinal: 4)
    public static let latest = Quarter(ordinal: 39_999)

    // Every initialiser keeps year in 1...9999 and number in 1...4, so these days exist; the
    // fallback is never taken, but input can never reach a force-unwrap.
    public var firstDay: CalendarDate {
        CalendarDate(year: year, month: (number - 1) * 3 + 1, day: 1) ?? (year < 1 ? .earliest : .latest)
    }

    public var lastDay: CalendarDate {
        let month = number * 3
        return CalendarDate(year: year, month: month, day: CalendarDate.daysIn(month: month, year: year))
            ?? (year < 1 ? .earliest : .latest)
    }

    public var next: Quarter { offset(by: 1) }
    public var previous: Quarter { offset(by: -1) }

    /// A running count of quarters, for distances between quarters.
    public var ordinal: Int { year * 4 + number - 1 }

    /// The quarter with this running count, clamped to 0001-Q1 ... 9999-Q4 (a negative or huge
    /// ordinal gives the nearer end, never year 0 or a quarter numbered 0).
    public init(ordinal: Int) {
        let ordinal = min(max(ordinal, 4), 39_999)
        year = ordinal / 4
        number = ordinal % 4 + 1
    }

    /// The quarter `quarters` after this one, clamped like `init(ordinal:)`.
    public func offset(by quarters: Int) -> Quarter {
        let (sum, overflow) = ordinal.addingReportingOverflow(quarters)
        return overflow ? (quarters > 0 ? .latest : .earliest) : Quarter(ordinal: sum)
    }

    /// Quarters from `self` through `other`, both included (0 when `other` is earlier).
    public func count(through other: Quarter) -> Int { max(0, other.ordinal - ordinal + 1) }

    /// Every quarter from `self` through `last`, both included: at most 39,996 (0001-Q1 to 9999-Q4).
    public func through(_ last: Quarter) -> [Quarter] {
        guard last >= self else { return [] }
        return (ordinal...last.ordinal).map(Quarter.init(ordinal:))
    }

    public func contains(_ date: CalendarDate) -> Bool { date >= firstDay && date <= lastDay }

    public static func < (lhs: Quarter, rhs: Quarter) -> Bool { lhs.ordinal < rhs.ordinal }

    /// `YYYY-Qn`, the year padded to four digits (`0001-Q1`) so that it reads back.
    public var description: String {
        // Written digit by digit: the summary writes a quarter for every entry of every history.
        // Years are 1...9999 and numbers 1...4 (every initializer checks or clamps).
        String(unsafeUninitializedCapacity: 7) { text in
            PaddedDigits.write(year, width: 4, into: text, at: 0)
            text[4] = UInt8(ascii: "-")
            text[5] = UInt8(ascii: "Q")
            text[6] = UInt8(ascii: "0") + UInt8(number)
            return 7
        }
    }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let quarter = Quarter(text) else {
            throw DecodingError.dataCorrupted(
                .init(codingPath: decoder.codingPath, debugDescription: "not a quarter: \(text)"))
        }
        self = quarter
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
