import Foundation
import KomitmenYAML

/// Where "today" comes from: the system clock, or a fixed day. The library never reads the
/// environment; the command line fixes the day from `KOMITMEN_TODAY=YYYY-MM-DD` (for tests and
/// for re-running a past check), see `CommandSupport.todaySource`.
public enum Today: Sendable, Equatable {
    case clock
    case fixed(CalendarDate)

    /// Today's date in a time zone (the declaration's `timezone`, default UTC).
    public func date(in zone: TimeZone) -> CalendarDate {
        switch self {
        case .fixed(let date):
            return date
        case .clock:
            var calendar = Calendar(identifier: .gregorian)
            calendar.timeZone = zone
            let parts = calendar.dateComponents([.year, .month, .day], from: Date())
            return CalendarDate(year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1)
                ?? CalendarDate(dayNumber: 0)
        }
    }
}
