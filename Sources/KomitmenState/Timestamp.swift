import Foundation

/// RFC 3339 times to the second: stored and hashed in UTC ("2026-04-10T08:15:00Z"), one spelling
/// everywhere, so the audit chain hashes the same text it stores; answered with the declaration's
/// offset ("2026-04-10T16:15:00+08:00").
enum Timestamp {
    static func rfc3339(_ date: Date) -> String { rfc3339(date, offset: 0) }

    /// `date` as the clock `offset` seconds east of UTC reads it, with that offset (`Z` for 0).
    static func rfc3339(_ date: Date, offset: Int) -> String {
        var seconds = time_t(date.timeIntervalSince1970.rounded(.down)) + time_t(offset)
        var parts = tm()
        gmtime_r(&seconds, &parts)
        let zone =
            offset == 0
            ? "Z" : (offset < 0 ? "-" : "+") + String(format: "%02d:%02d", abs(offset) / 3600, abs(offset) % 3600 / 60)
        return String(
            format: "%04d-%02d-%02dT%02d:%02d:%02d", Int(parts.tm_year) + 1900, Int(parts.tm_mon) + 1,
            Int(parts.tm_mday), Int(parts.tm_hour), Int(parts.tm_min), Int(parts.tm_sec)) + zone
    }

    /// The moment a stored (UTC, `Z`) time names; nil for any other text.
    static func parseUTC(_ text: String) -> Date? {
        let digits = Array(text.utf8)
        guard digits.count == 20, digits[19] == UInt8(ascii: "Z") else { return nil }
        func number(_ from: Int, _ count: Int) -> Int? {
            Int(String(decoding: digits[from..<from + count], as: UTF8.self))
        }
        guard let year = number(0, 4), let month = number(5, 2), let day = number(8, 2), let hour = number(11, 2),
            let minute = number(14, 2), let second = number(17, 2)
        else { return nil }
        var parts = tm()
        parts.tm_year = Int32(year - 1900)
        parts.tm_mon = Int32(month - 1)
        parts.tm_mday = Int32(day)
        parts.tm_hour = Int32(hour)
        parts.tm_min = Int32(minute)
        parts.tm_sec = Int32(second)
        return Date(timeIntervalSince1970: TimeInterval(timegm(&parts)))
    }
}
