import Foundation
import KomitmenYAML

/// The declaration itself: its goals, its reporting schedule, and how statuses are judged.
public struct Declaration: Sendable {
    public struct Region: Sendable, Hashable {
        public var id: String
        public var name: String

        public init(id: String, name: String) {
            self.id = id
            self.name = name
        }
    }

    public struct Goal: Sendable, Hashable {
        public var id: String
        public var title: LocalizedText

        public init(id: String, title: LocalizedText) {
            self.id = id
            self.title = title
        }
    }

    public var id: String
    public var title: LocalizedText
    public var signed: CalendarDate?
    public var place: String?
    public var secretariat: String?
    /// The first quarter that must be reported.
    public var firstQuarter: Quarter
    /// A report is due this many days after its quarter ends.
    public var dueDays: Int
    /// progress / expected at or above this is on track.
    public var onTrack: Double
    /// progress / expected at or above this (and below `onTrack`) is at risk.
    public var atRisk: Double
    /// The `timezone:` (an IANA zone, default UTC) that turns a moment into a date: "today", and
    /// the day a report was received.
    public var timeZone: TimeZone
    /// Empty when the declaration does not restrict signatories' regions.
    public var regions: [Region]
    public var goals: [Goal]

    public init(
        id: String, title: LocalizedText, signed: CalendarDate? = nil, place: String? = nil,
        secretariat: String? = nil, firstQuarter: Quarter, dueDays: Int, onTrack: Double = 0.9,
        atRisk: Double = 0.6, timeZone: TimeZone = Declaration.defaultTimeZone, regions: [Region] = [], goals: [Goal]
    ) {
        self.id = id
        self.title = title
        self.signed = signed
        self.place = place
        self.secretariat = secretariat
        self.firstQuarter = firstQuarter
        self.dueDays = dueDays
        self.onTrack = onTrack
        self.atRisk = atRisk
        self.timeZone = timeZone
        self.regions = regions
        self.goals = goals
    }

    /// UTC, when the declaration names no zone.
    public static let defaultTimeZone = TimeZone(identifier: "UTC") ?? TimeZone(secondsFromGMT: 0) ?? .current

    /// The days `due_days` may be: 0 (due the day the quarter ends) to a year.
    public static let dueDaysRange = 0...366

    /// The day a quarter's report is due (`adding(days:)` clamps, so no `dueDays` can trap).
    public func dueDate(_ quarter: Quarter) -> CalendarDate {
        quarter.lastDay.adding(days: dueDays)
    }

    public func goal(_ id: String) -> Goal? { goals.first { $0.id == id } }
}
