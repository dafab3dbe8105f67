import KomitmenYAML
import Testing

@testable import KomitmenCore

/// A signatory's known reports: one per quarter in period order, the later of two for one
/// quarter kept (as a table filled in the repository's order keeps it), whether they come in
/// period order (taken as they are) or not (sorted).
@Suite struct KnownReportsOrderTests {
    static func report(_ quarter: String, _ day: String) -> Report {
        Report(signatory: "s", period: Quarter(quarter)!, submitted: CalendarDate(day)!, values: [:])
    }

    /// The rule, written the plain way: a stable sort by period, then the last of each quarter.
    static func reference(_ given: [Report]) -> [Report] {
        let sorted = given.enumerated().sorted { ($0.element.period, $0.offset) < ($1.element.period, $1.offset) }
        var kept: [Report] = []
        for (_, report) in sorted {
            if kept.last?.period == report.period { kept[kept.count - 1] = report } else { kept.append(report) }
        }
        return kept
    }

    static func shown(_ reports: [Report]) -> [String] { reports.map { "\($0.period) \($0.submitted)" } }

    @Test func inOrderAndRepeatedAndOutOfOrder() {
        let q3 = Self.report("2025-Q3", "2025-10-01")
        let q4 = Self.report("2025-Q4", "2026-01-02")
        let q4b = Self.report("2025-Q4", "2026-01-09")
        let q1 = Self.report("2026-Q1", "2026-04-03")
        #expect(Self.shown(KnownReports([q3, q4, q1]).reports) == Self.shown([q3, q4, q1]))
        #expect(Self.shown(KnownReports([q3, q4, q4b, q1]).reports) == Self.shown([q3, q4b, q1]))
        #expect(Self.shown(KnownReports([q1, q4b, q3, q4]).reports) == Self.shown([q3, q4, q1]))
        #expect(KnownReports([]).reports.isEmpty)
    }

    @Test func agreesWithThePlainRuleOnEveryOrder() {
        let quarters = ["2025-Q3", "2025-Q4", "2026-Q1", "2026-Q2"]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<300 {
            let count = Int.random(in: 0...7, using: &generator)
            let given = (0..<count).map { index in
                Self.report(quarters.randomElement(using: &generator)!, "2026-0\(1 + index % 9)-1\(index % 9)")
            }
            let ordered = given.sorted { $0.period < $1.period }  // in period order, repeats kept in place
            for case let list in [given, ordered] {
                #expect(Self.shown(KnownReports(list).reports) == Self.shown(Self.reference(list)))
            }
        }
    }
}
