import Foundation
import KomitmenYAML

/// The declaration itself: its goals, its reporting schedule, and how statuses are judged.
public struct Declaration: Sendable {
    public struct Region: Sendable, Hashable {
        public var id: String
        public var name: String
        /// Where the public site's map draws it (`tile: [column, row]`); nil when not given.
        public var tile: Tile?

        public init(id: String, name: String, tile: Tile? = nil) {
            self.id = id
            self.name = name
            self.tile = tile
        }
    }

    /// A region's square on the public site's tile map: column 0 is the west, row 0 the north.
    public struct Tile: Sendable, Hashable, CustomStringConvertible {
        public var column: Int
        public var row: Int

        /// What a column or a row may be: a map of at most 100 × 100 squares.
        public static let range = 0...99

        public init(column: Int, row: Int) {
            self.column = column
            self.row = row
        }

        /// As written in declaration.yaml: `[column, row]`.
        public var description: String { "[\(column), \(row)]" }
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

    /// True when regions are listed and every one gives its tile: the public site draws the map.
    public var hasMap: Bool { !regions.isEmpty && regions.allSatisfy { $0.tile != nil } }
}
