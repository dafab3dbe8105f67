import KomitmenCore
import KomitmenYAML
import Testing

/// Hand-built repositories with the arithmetic of every expected value written out. The plugins
/// are the test's own, so that renaming or retuning a shipped plugin's indicator never changes
/// what these tests check: `shelter` counts a flow (`people_helped`, summed over quarters),
/// `office` a stock (`desks_open`, latest value) and a falling one (`complaints_open`, decrease).
struct SummaryFixture {
    static let q3 = Quarter("2025-Q3")!, q4 = Quarter("2025-Q4")!, q1 = Quarter("2026-Q1")!, q2 = Quarter("2026-Q2")!

    static func date(_ text: String) -> CalendarDate { CalendarDate(text)! }

    static let declaration = Declaration(
        id: "decl", title: LocalizedText("Decl"), firstQuarter: q3, dueDays: 15,
        goals: [
            .init(id: "protection", title: LocalizedText("Protection")),
            .init(id: "skills", title: LocalizedText("Skills")),
        ])

    static func plugin(_ kind: String, _ indicators: [IndicatorDefinition]) -> StakeholderPlugin {
        StakeholderPlugin(
            kind: kind, name: Phrase(verbatim: kind), description: Phrase(verbatim: kind),
            indicators: indicators, sections: [], examples: [])
    }

    static let registry = PluginRegistry([
        plugin(
            "shelter",
            [
                IndicatorDefinition(
                    "people_helped", label: Phrase(verbatim: "People helped"),
                    description: Phrase(verbatim: "A flow."))
            ]),
        plugin(
            "office",
            [
                IndicatorDefinition(
                    "desks_open", label: Phrase(verbatim: "Desks open"), aggregation: .latest,
                    description: Phrase(verbatim: "A stock.")),
                IndicatorDefinition(
                    "complaints_open", label: Phrase(verbatim: "Complaints open"), aggregation: .latest,
                    direction: .decrease, description: Phrase(verbatim: "A stock to bring down.")),
            ]),
    ])

    static func shelter(_ id: String, joined: Quarter? = nil, targets: [IndicatorTarget]) -> Signatory {
        Signatory(
            id: id, name: id, stakeholder: "shelter", joined: joined,
            pledges: [Pledge(id: "p", text: LocalizedText("p"), goal: "protection", indicators: targets)])
    }

    static func report(_ id: String, _ quarter: Quarter, _ submitted: String, _ values: [String: Double]) -> Report {
        Report(signatory: id, period: quarter, submitted: date(submitted), values: values)
    }

    static func engine(_ signatories: [Signatory], _ reports: [Report], asOf: String) throws -> SummaryEngine {
        let repository = Repository(
            root: "r", declaration: declaration, signatories: signatories, reports: reports, diagnostics: [])
        return try SummaryEngine(repository: repository, registry: registry, asOf: date(asOf))
    }
}

@Suite struct SummaryEngineTests {
    typealias F = SummaryFixture
    let target = IndicatorTarget(indicator: "people_helped", target: 100, by: Quarter("2026-Q4")!)

    @Test func dueDateIsLastDayOfQuarterPlusDueDays() {
        // 2025-Q4 ends 2025-12-31; + 15 days = 2026-01-15. 2026-Q1 ends 2026-03-31; + 15 = 2026-04-15.
        #expect(F.declaration.dueDate(F.q4) == F.date("2026-01-15"))
        #expect(F.declaration.dueDate(F.q1) == F.date("2026-04-15"))
    }

    @Test func filingStates() throws {
        let signatories =
            ["a", "b", "c"].map { F.shelter($0, targets: [target]) } + [F.shelter("d", joined: F.q1, targets: [target])]
        let reports = [
            F.report("a", F.q4, "2026-01-15", [:]),  // on the due date itself: on time
            F.report("b", F.q4, "2026-01-20", [:]),  // 2026-01-20 − 2026-01-15 = 5 days late
        ]
        let engine = try F.engine(signatories, reports, asOf: "2026-02-01")
        let summary = try engine.summary(quarter: F.q4, asOf: F.date("2026-02-01"))
        let states = Dictionary(uniqueKeysWithValues: summary.signatories.map { ($0.id, ($0.filing, $0.daysLate)) })
        #expect(states["a"]! == (.onTime, nil))
        #expect(states["b"]! == (.late, 5))
        #expect(states["c"]! == (.missing, nil))  // absent and 2026-02-01 > 2026-01-15
        #expect(states["d"]! == (.notExpected, nil))  // joined 2026-Q1, after 2025-Q4
        // expected = on-time + late + missing = 1 + 1 + 1 = 3; completeness = 2/3; timeliness = 1/3.
        #expect(summary.filing.expected == 3)
        #expect(summary.filing.completeness == 2.0 / 3.0)
        #expect(summary.filing.timeliness == 1.0 / 3.0)
        #expect(summary.filing.notExpected == 1)
    }

    @Test func absentBeforeTheDueDateIsNotDue() throws {
        let engine = try F.engine([F.shelter("a", targets: [target])], [], asOf: "2026-01-15")
        // As of 2026-01-15 the 2025-Q4 report (due 2026-01-15) is not yet late: D ≤ due.
        let summary = try engine.summary(quarter: F.q4, asOf: F.date("2026-01-15"))
        #expect(summary.signatories[0].filing == .notDue)
        // not-due is left out of completeness: expected = 0, so the ratios are undefined.
        #expect(summary.filing.expected == 0)
        #expect(summary.filing.completeness == nil)
    }

    @Test func reportsSubmittedAfterTheAsOfDateAreLeftOutOfEverything() throws {
        let reports = [
            F.report("a", F.q3, "2025-10-10", ["people_helped": 10]),
            F.report("a", F.q4, "2026-02-01", ["people_helped": 40]),  // submitted after the as-of date
        ]
        let engine = try F.engine([F.shelter("a", targets: [target])], reports, asOf: "2026-01-20")
        let summary = try engine.summary(quarter: F.q4, asOf: F.date("2026-01-20"))
        #expect(summary.signatories[0].filing == .missing)
        // Only 2025-Q3 counts: value 10, not 10 + 40.
        #expect(summary.signatories[0].indicators[0].value == 10)
        #expect(summary.signatories[0].history == [.onTime, .missing])
    }

    @Test func sumIndicatorsAddQuartersFromTheTrajectoryStart() throws {
        let reports = [
            F.report("a", F.q3, "2025-10-01", ["people_helped": 10]),
            F.report("a", F.q4, "2026-01-05", ["people_helped": 15]),
            F.report("a", F.q1, "2026-04-05", ["people_helped": 7]),
        ]
        let fromQ4 = IndicatorTarget(indicator: "people_helped", target: 100, by: Quarter("2026-Q4")!, from: F.q4)
        let engine = try F.engine(
            [F.shelter("a", targets: [target]), F.shelter("b", targets: [fromQ4])],
            reports
                + reports.map {
                    var r = $0
                    r.signatory = "b"
                    return r
                }, asOf: "2026-05-01")
        let summary = try engine.summary(quarter: F.q1, asOf: F.date("2026-05-01"))
        let a = summary.signatories.first { $0.id == "a" }!.indicators[0]
        let b = summary.signatories.first { $0.id == "b" }!.indicators[0]
        #expect(a.value == 32)  // 10 + 15 + 7
        #expect(b.value == 22)  // from 2025-Q4: 15 + 7
        // Progress 32 / 100 = 0.32; expected: 2025-Q3..2026-Q1 = 3 of 2025-Q3..2026-Q4 = 6 → 0.5.
        #expect(a.progress == 0.32)
        #expect(a.expected == 0.5)
        // 0.32 / 0.5 = 0.64: at or above 0.6 (at_risk), below 0.9 (on_track) → at-risk.
        #expect(a.status == .atRisk)
        // b: 22 / 100 = 0.22; expected 2025-Q4..2026-Q1 = 2 of 2025-Q4..2026-Q4 = 5 → 0.4; 0.22 / 0.4 = 0.55 → off-track.
        #expect(b.expected == 0.4)
        #expect(b.status == .offTrack)
        // Province total: 32 + 22 = 54 from 2 signatories.
        #expect(summary.totals.first { $0.id == "people_helped" }.map { ($0.value, $0.signatoryCount) }! == (54, 2))
    }

    @Test func latestIndicatorsTakeTheMostRecentValueAndProgressFromTheBaseline() throws {
        let stock = IndicatorTarget(indicator: "desks_open", target: 12, by: Quarter("2026-Q2")!, baseline: 2)
        let office = Signatory(
            id: "g", name: "g", stakeholder: "office",
            pledges: [Pledge(id: "p", text: LocalizedText("p"), goal: "skills", indicators: [stock])])
        let reports = [
            F.report("g", F.q3, "2025-10-01", ["desks_open": 5]),
            F.report("g", F.q4, "2026-01-05", ["desks_open": 8]),
            F.report("g", F.q1, "2026-04-05", [:]),
        ]
        let engine = try F.engine([office], reports, asOf: "2026-05-01")
        let indicator = try engine.summary(quarter: F.q1, asOf: F.date("2026-05-01")).signatories[0].indicators[0]
        // 2026-Q1 reported nothing for it: the most recent value at or before 2026-Q1 is 8 (2025-Q4).
        #expect(indicator.value == 8)
        // (8 − 2) / (12 − 2) = 0.6; expected 3 of 4 quarters = 0.75; 0.6 / 0.75 = 0.8 → at-risk.
        #expect(indicator.progress == 0.6)
        #expect(indicator.expected == 0.75)
        #expect(indicator.status == .atRisk)
    }

    @Test func progressFormulas() {
        // sum: 25 / 100.
        #expect(
            SummaryEngine.progress(value: 25, target: 100, baseline: nil, aggregation: .sum, direction: .increase)
                == 0.25)
        // latest, no baseline: (6 − 0) / (8 − 0) = 0.75.
        #expect(
            SummaryEngine.progress(value: 6, target: 8, baseline: nil, aggregation: .latest, direction: .increase)
                == 0.75)
        // decrease: (baseline 4 − value 3) / (4 − target 0) = 0.25.
        #expect(
            SummaryEngine.progress(value: 3, target: 0, baseline: 4, aggregation: .latest, direction: .decrease) == 0.25
        )
        // decrease past the target: (4 − 0) / (4 − 1) = 1.33… ≥ 1.
        #expect(
            SummaryEngine.progress(value: 0, target: 1, baseline: 4, aggregation: .latest, direction: .decrease) == 4.0
                / 3.0)
        // A zero target already met is complete rather than a division by zero.
        #expect(
            SummaryEngine.progress(value: 0, target: 0, baseline: nil, aggregation: .sum, direction: .increase) == 1)
    }

    @Test func expectedProgress() {
        // 2025-Q3..2025-Q4 = 2 quarters of 2025-Q3..2026-Q4 = 6: 2/6.
        #expect(SummaryEngine.expected(from: F.q3, by: Quarter("2026-Q4")!, at: F.q4) == 2.0 / 6.0)
        // Past `by`: at most 1.
        #expect(SummaryEngine.expected(from: F.q3, by: F.q4, at: F.q2) == 1)
    }

    @Test func statusThresholds() {
        #expect(SummaryEngine.status(progress: 1, expected: 0.5, onTrack: 0.9, atRisk: 0.6) == .achieved)
        #expect(SummaryEngine.status(progress: 0.45, expected: 0.5, onTrack: 0.9, atRisk: 0.6) == .onTrack)  // 0.9
        #expect(SummaryEngine.status(progress: 0.3, expected: 0.5, onTrack: 0.9, atRisk: 0.6) == .atRisk)  // 0.6
        #expect(SummaryEngine.status(progress: 0.29, expected: 0.5, onTrack: 0.9, atRisk: 0.6) == .offTrack)  // 0.58
    }

    @Test func noDataWhenNothingWasEverReported() throws {
        let engine = try F.engine(
            [F.shelter("a", targets: [target])], [F.report("a", F.q3, "2025-10-01", [:])], asOf: "2026-02-01")
        let indicator = try engine.summary(quarter: F.q4, asOf: F.date("2026-02-01")).signatories[0].indicators[0]
        #expect(indicator.value == nil)
        #expect(indicator.status == .noData)
    }

    @Test func defaultQuarterIsTheLatestWhoseDueDateIsBeforeTheAsOfDate() throws {
        let engine = try F.engine([], [], asOf: "2026-01-16")
        // 2025-Q4 is due 2026-01-15, before 2026-01-16.
        #expect(try engine.defaultQuarter(asOf: F.date("2026-01-16")) == F.q4)
        // On 2026-01-15 itself 2025-Q4's due date is not before it: 2025-Q3 (due 2025-10-15).
        #expect(try engine.defaultQuarter(asOf: F.date("2026-01-15")) == F.q3)
        #expect(throws: SummaryError.self) { try engine.defaultQuarter(asOf: F.date("2025-10-15")) }
    }

    @Test func rollupsPerStakeholderKindAndGoal() throws {
        let stock = IndicatorTarget(indicator: "desks_open", target: 10, by: F.q4)
        let office = Signatory(
            id: "g", name: "g", stakeholder: "office",
            pledges: [Pledge(id: "p", text: LocalizedText("p"), goal: "skills", indicators: [stock])])
        let reports = [
            F.report("a", F.q4, "2026-01-10", ["people_helped": 100]),
            F.report("g", F.q4, "2026-01-30", ["desks_open": 3]),
        ]
        let engine = try F.engine(
            [F.shelter("a", targets: [target]), F.shelter("b", targets: [target]), office], reports, asOf: "2026-02-01")
        let summary = try engine.summary(quarter: F.q4, asOf: F.date("2026-02-01"))
        let shelters = try #require(summary.stakeholders.first { $0.id == "shelter" })
        // a on time with 100/100 (achieved); b missing with no data.
        #expect(shelters.signatoryCount == 2)
        #expect(shelters.filing.onTime == 1 && shelters.filing.missing == 1)
        #expect(shelters.statuses == [.achieved: 1, .noData: 1])
        let skills = try #require(summary.goals.first { $0.id == "skills" })
        // Only g pledged towards skills: late, 3/10 = 0.3 against expected 2/2 = 1 → off-track.
        #expect(skills.signatoryCount == 1)
        #expect(skills.filing.late == 1)
        #expect(skills.statuses == [.offTrack: 1])
    }

    @Test func decreasingStocksProgressDownFromTheBaseline() throws {
        let fewer = IndicatorTarget(indicator: "complaints_open", target: 0, by: F.q2, baseline: 40)
        let office = Signatory(
            id: "o", name: "o", stakeholder: "office",
            pledges: [Pledge(id: "p", text: LocalizedText("p"), goal: "protection", indicators: [fewer])])
        let reports = [
            F.report("o", F.q3, "2025-10-01", ["complaints_open": 35]),
            F.report("o", F.q4, "2026-01-05", ["complaints_open": 30]),
        ]
        let indicator = try F.engine([office], reports, asOf: "2026-02-01")
            .summary(quarter: F.q4, asOf: F.date("2026-02-01")).signatories[0].indicators[0]
        // The plugin says decrease and latest: (40 − 30) / (40 − 0) = 0.25; expected 2 of 4 quarters = 0.5;
        // 0.25 / 0.5 = 0.5, below 0.6 → off-track.
        #expect(indicator.direction == .decrease && indicator.aggregation == .latest)
        #expect(indicator.progress == 0.25)
        #expect(indicator.expected == 0.5)
        #expect(indicator.status == .offTrack)
    }

    @Test func anIndicatorNoPluginDefinesIsSummedAndNamedByItsId() throws {
        let unknown = IndicatorTarget(indicator: "not_defined", target: 10, by: F.q4)
        let reports = [
            F.report("a", F.q3, "2025-10-01", ["not_defined": 2]),
            F.report("a", F.q4, "2026-01-05", ["not_defined": 3]),
        ]
        let indicator = try F.engine([F.shelter("a", targets: [unknown])], reports, asOf: "2026-02-01")
            .summary(quarter: F.q4, asOf: F.date("2026-02-01")).signatories[0].indicators[0]
        // Validation reports the id; the summary still counts it: 2 + 3 = 5 of 10, label the id itself.
        #expect(indicator.value == 5)
        #expect(indicator.label.text(.en) == "not_defined")
    }

    @Test func perQuarterFilingAndStatusCountsComeWithTheSummary() throws {
        // a files both quarters on time; b joins in 2025-Q4 and misses it; as of 2026-02-01.
        let reports = [
            F.report("a", F.q3, "2025-10-10", ["people_helped": 60]),
            F.report("a", F.q4, "2026-01-10", ["people_helped": 40]),
        ]
        let signatories = [F.shelter("a", targets: [target]), F.shelter("b", joined: F.q4, targets: [target])]
        let summary = try F.engine(signatories, reports, asOf: "2026-02-01").summary(
            quarter: F.q4, asOf: F.date("2026-02-01"))
        #expect(summary.quarters == [F.q3, F.q4])
        // 2025-Q3: a on time, b not expected → completeness 1/1. 2025-Q4: a on time, b missing → 1/2.
        #expect(summary.filingByQuarter.map(\.completeness) == [1, 0.5])
        #expect(summary.filingByQuarter.map(\.notExpected) == [1, 0])
        // a: 60 + 40 = 100 of 100 → achieved; b: nothing → no data.
        #expect(summary.statusCounts == [.achieved: 1, .noData: 1])
    }
}
