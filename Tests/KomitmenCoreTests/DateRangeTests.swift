import Foundation
import KomitmenCore
import KomitmenRegistry
import KomitmenYAML
import Testing

/// The date and quarter arithmetic is safe for every value the types can hold, not only for the
/// years the readers let through: no input reaches a trap, and every loop ends.
@Suite struct DateRangeTests {
    static let extremes = [Int.min, Int.min + 1, -4_000_000, -1, 0, 1, 740_000, 4_000_000, Int.max - 1, Int.max]

    @Test(arguments: extremes)
    func addingAnyNumberOfDaysStaysInTheCalendar(_ days: Int) {
        for start in [CalendarDate.earliest, CalendarDate("2025-12-31")!, CalendarDate.latest] {
            let date = start.adding(days: days)
            #expect((1...9999).contains(date.year))
            #expect(CalendarDate.earliest <= date && date <= CalendarDate.latest)
        }
        #expect(CalendarDate(dayNumber: days) >= CalendarDate.earliest)
    }

    @Test func addingClampsAtTheEnds() {
        #expect(CalendarDate.earliest.description == "0001-01-01")
        #expect(CalendarDate.latest.description == "9999-12-31")
        #expect(CalendarDate("2025-12-31")!.adding(days: 740_000) == CalendarDate("4052-01-19"))
        #expect(CalendarDate("2025-12-31")!.adding(days: Int.max) == .latest)
        #expect(CalendarDate("2025-12-31")!.adding(days: Int.min) == .earliest)
        #expect(CalendarDate.latest.adding(days: 1) == .latest)
        #expect(CalendarDate.earliest.adding(days: -1) == .earliest)
        // Inside the calendar nothing changes: 2025-12-31 + 15 = 2026-01-15.
        #expect(CalendarDate("2025-12-31")!.adding(days: 15) == CalendarDate("2026-01-15"))
    }

    @Test(arguments: extremes)
    func anyOrdinalIsAQuarterOfTheCalendar(_ ordinal: Int) {
        let quarter = Quarter(ordinal: ordinal)
        #expect((1...9999).contains(quarter.year) && (1...4).contains(quarter.number))
        #expect(quarter.firstDay <= quarter.lastDay)
        #expect(Quarter.earliest <= quarter.offset(by: ordinal) && quarter.offset(by: ordinal) <= Quarter.latest)
    }

    @Test func quartersClampAtTheEnds() {
        #expect(Quarter.earliest.description == "0001-Q1" && Quarter.latest.description == "9999-Q4")
        #expect(Quarter(ordinal: -5) == .earliest)
        #expect(Quarter.earliest.previous == .earliest)
        #expect(Quarter.latest.next == .latest)
        #expect(Quarter.earliest.firstDay == .earliest && Quarter.latest.lastDay == .latest)
        #expect(Quarter.latest.offset(by: Int.max) == .latest && Quarter.earliest.offset(by: Int.min) == .earliest)
        // Linear, and bounded by the calendar: 0001-Q1 through 9999-Q4 is 39,996 quarters.
        #expect(Quarter.earliest.through(.latest).count == 39_996)
        #expect(Quarter("2025-Q3")!.through(Quarter("2999-Q4")!).count == 3_898)
    }

    static func engine(dueDays: Int, first: Quarter = Quarter("2025-Q3")!) throws -> SummaryEngine {
        let declaration = Declaration(
            id: "d", title: LocalizedText("D"), firstQuarter: first, dueDays: dueDays,
            goals: [.init(id: "g", title: LocalizedText("G"))])
        let signatory = Signatory(
            id: "s", name: "S", stakeholder: "police",
            pledges: [
                Pledge(
                    id: "p", text: LocalizedText("p"), goal: "g",
                    indicators: [IndicatorTarget(indicator: "victims_rescued", target: 10, by: Quarter("2026-Q4")!)])
            ])
        let repository = Repository(
            root: "r", declaration: declaration, signatories: [signatory], reports: [], diagnostics: [])
        return try SummaryEngine(repository: repository, registry: compiledInPlugins, asOf: .latest)
    }

    /// `defaultQuarter` ends for any due_days and as-of date: an answer or an error, never a trap
    /// or an endless loop (0001-Q1's previous quarter is itself).
    @Test(arguments: [Int.min, -1, 0, 15, 366, 740_000, Int.max])
    func defaultQuarterAlwaysEnds(_ dueDays: Int) throws {
        for first in [Quarter.earliest, Quarter("2025-Q3")!, Quarter.latest] {
            let engine = try Self.engine(dueDays: dueDays, first: first)
            for asOf in [CalendarDate.earliest, CalendarDate("2026-02-01")!, CalendarDate.latest] {
                if let quarter = try? engine.defaultQuarter(asOf: asOf) {
                    #expect(quarter >= first)
                    #expect(engine.repository.declaration!.dueDate(quarter) < asOf)
                }
            }
        }
    }

    @Test func defaultQuarterBeforeAnythingIsDue() throws {
        let engine = try Self.engine(dueDays: 15)
        #expect(throws: SummaryError.self) { try engine.defaultQuarter(asOf: .earliest) }
        #expect(try engine.defaultQuarter(asOf: CalendarDate("2025-10-16")!) == Quarter("2025-Q3"))
        #expect(throws: SummaryError.self) { try engine.defaultQuarter(asOf: CalendarDate("2025-10-15")!) }
    }

    @Test func aSummaryOfAQuarterFarAheadIsLinear() throws {
        let summary = try Self.engine(dueDays: 15).summary(
            quarter: Quarter("2999-Q4"), asOf: CalendarDate("2999-12-31")!)
        #expect(summary.quarters.count == 3_898)
        // Due 3000-01-15, after the as-of date.
        #expect(summary.signatories.first?.filing == .notDue)
    }

    /// Past the years data may hold, a summary is refused with a one-line error naming the value,
    /// for every front end (the server's `?quarter=9999-Q4` too), not drawn over 32,000 quarters.
    @Test(arguments: [
        (nil as String?, "9999-12-31", "9999-12-31"), ("9999-Q4", "2026-02-01", "9999-Q4"),
        ("1899-Q4", "2026-02-01", "1899-Q4"), (nil, "1899-12-31", "1899-12-31"),
    ])
    func aSummaryOutsideTheDataYearsIsRefused(_ quarter: String?, _ asOf: String, _ named: String) throws {
        let engine = try Self.engine(dueDays: 15)
        do {
            _ = try engine.summary(quarter: quarter.flatMap(Quarter.init), asOf: CalendarDate(asOf)!)
            Issue.record("no error for \(named)")
        } catch {
            #expect(error.message.en == "\(named) is out of range: a summary covers the years 1900 to 2999")
            #expect(error.message.id == "\(named) di luar rentang: ringkasan mencakup tahun 1900 sampai 2999")
        }
    }

    @Test func numbersTooLargeForTheirType() {
        #expect(CoreSchema.wholeNumber("9223372036854775807") == Int.max)
        #expect(CoreSchema.wholeNumberOverflow("9223372036854775808") == 1)
        #expect(CoreSchema.wholeNumberOverflow("-99999999999999999999") == -1)
        #expect(CoreSchema.wholeNumberOverflow("12") == nil && CoreSchema.wholeNumberOverflow("0999") == nil)
        // No number in these files is infinite: 1e999 is not read as infinity.
        #expect(CoreSchema.decimal("1e999") == nil && CoreSchema.looksLikeDecimal("1e999"))
        #expect(CoreSchema.decimal(".inf") == nil && CoreSchema.decimal(".nan") == nil)
        #expect(CoreSchema.resolve("1e999") == .string("1e999"))
        #expect(CoreSchema.decimal("1e-999") == 0)
    }

    /// The clock's "today" depends on the zone: Kiritimati (UTC+14) is always a day ahead of
    /// Pago Pago (UTC−11), 25 hours behind it.
    @Test func todayIsTakenInTheDeclarationsZone() throws {
        let ahead = try #require(TimeZone(identifier: "Pacific/Kiritimati"))
        let behind = try #require(TimeZone(identifier: "Pacific/Pago_Pago"))
        #expect(Today.clock.date(in: ahead).dayNumber - Today.clock.date(in: behind).dayNumber == 1)
        #expect(Today.fixed(CalendarDate("2026-02-01")!).date(in: ahead) == CalendarDate("2026-02-01"))
    }
}
