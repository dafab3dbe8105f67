import KomitmenCore
import Testing

/// The engine's edges, through `SummaryEngine.summary`: zero denominators, a trajectory that starts
/// after the quarter (nothing expected yet), and a falling stock reported below its target.
@Suite struct SummaryEngineEdgeTests {
    typealias F = SummaryFixture

    static func office(_ target: IndicatorTarget) -> Signatory {
        Signatory(
            id: "o", name: "o", stakeholder: "office",
            pledges: [Pledge(id: "p", text: LocalizedText("p"), goal: "protection", indicators: [target])])
    }

    static func indicator(_ signatory: Signatory, _ reports: [Report], quarter: Quarter = F.q4) throws
        -> IndicatorSummary
    {
        let summary = try F.engine([signatory], reports, asOf: "2026-05-01").summary(
            quarter: quarter, asOf: F.date("2026-05-01"))
        return try #require(summary.signatories.first?.indicators.first)
    }

    /// `latest` with target = baseline: (value − 4) / (4 − 4) has no denominator; met is 1, else 0.
    @Test(arguments: [(5.0, 1.0, IndicatorStatus.achieved), (4, 1, .achieved), (3, 0, .offTrack)])
    func latestWithNoDistanceToGo(_ value: Double, _ progress: Double, _ status: IndicatorStatus) throws {
        let flat = IndicatorTarget(indicator: "desks_open", target: 4, by: F.q4, baseline: 4)
        let indicator = try Self.indicator(
            Self.office(flat), [F.report("o", F.q4, "2026-01-05", ["desks_open": value])])
        #expect(indicator.progress == progress)
        #expect(indicator.status == status)
    }

    /// `decrease` with baseline = target: (2 − v) / (2 − 2); at or below the target is met.
    @Test(arguments: [(2.0, 1.0, IndicatorStatus.achieved), (1, 1, .achieved), (3, 0, .offTrack)])
    func decreaseWithNoDistanceToGo(_ value: Double, _ progress: Double, _ status: IndicatorStatus) throws {
        let flat = IndicatorTarget(indicator: "complaints_open", target: 2, by: F.q4, baseline: 2)
        let indicator = try Self.indicator(
            Self.office(flat), [F.report("o", F.q4, "2026-01-05", ["complaints_open": value])])
        #expect(indicator.progress == progress)
        #expect(indicator.status == status)
    }

    /// `sum` with target 0: nothing to do is done.
    @Test func sumWithATargetOfZero() throws {
        let none = IndicatorTarget(indicator: "people_helped", target: 0, by: F.q4)
        let indicator = try Self.indicator(
            F.shelter("o", targets: [none]), [F.report("o", F.q4, "2026-01-05", ["people_helped": 0])])
        #expect(indicator.progress == 1)
        #expect(indicator.status == .achieved)
    }

    /// A trajectory from 2026-Q1, summarised at 2025-Q4: 0 quarters of 4 elapsed, so expected is 0
    /// (never negative), and whatever was done is on track rather than a division by zero.
    @Test func aTrajectoryThatStartsAfterTheQuarter() throws {
        let later = IndicatorTarget(indicator: "desks_open", target: 10, by: F.q2, baseline: 0, from: F.q1)
        let indicator = try Self.indicator(Self.office(later), [F.report("o", F.q4, "2026-01-05", ["desks_open": 1])])
        #expect(indicator.expected == 0)
        #expect(indicator.status == .onTrack)
        #expect(SummaryEngine.expected(from: F.q1, by: F.q2, at: F.q3) == 0)
    }

    /// Expected 0 with progress: on track; with progress 1: achieved (achieved comes first).
    @Test func statusWhenNothingIsExpectedYet() {
        #expect(SummaryEngine.status(progress: 0, expected: 0, onTrack: 0.9, atRisk: 0.6) == .onTrack)
        #expect(SummaryEngine.status(progress: 1, expected: 0, onTrack: 0.9, atRisk: 0.6) == .achieved)
    }
}
