import KomitmenCore
import Testing

/// Roll-ups and totals, counted in one pass each: a signatory pledging one indicator twice counts
/// once in the totals (with its first pledge's value), a goal counts the signatories with at least
/// one indicator towards it, and `reusing` rows gives the summary a fresh engine gives.
@Suite struct SummaryRollupTests {
    typealias F = SummaryFixture

    /// A shelter with people_helped pledged twice: from 2025-Q3 (a running sum since then) and
    /// from 2026-Q1 (since then only), under two goals.
    static let twice = Signatory(
        id: "twice", name: "twice", stakeholder: "shelter",
        pledges: [
            Pledge(
                id: "a", text: LocalizedText("a"), goal: "protection",
                indicators: [IndicatorTarget(indicator: "people_helped", target: 100, by: F.q2)]),
            Pledge(
                id: "b", text: LocalizedText("b"), goal: "skills",
                indicators: [IndicatorTarget(indicator: "people_helped", target: 10, by: F.q2, from: F.q1)]),
        ])
    static let office = Signatory(
        id: "office", name: "office", stakeholder: "office",
        pledges: [
            Pledge(
                id: "p", text: LocalizedText("p"), goal: "protection",
                indicators: [IndicatorTarget(indicator: "desks_open", target: 4, by: F.q2)])
        ])
    static let reports = [
        F.report("twice", F.q4, "2026-01-05", ["people_helped": 7]),
        F.report("twice", F.q1, "2026-04-02", ["people_helped": 5]),
        F.report("office", F.q1, "2026-04-20", ["desks_open": 3]),
        F.report("helper", F.q1, "2026-04-03", ["people_helped": 2]),
    ]
    static let signatories = [
        twice, office, F.shelter("helper", targets: [.init(indicator: "people_helped", target: 9, by: F.q2)]),
    ]

    static func summary() throws -> Summary {
        try F.engine(signatories, reports, asOf: "2026-05-01").summary(quarter: F.q1, asOf: F.date("2026-05-01"))
    }

    @Test func anIndicatorPledgedTwiceCountsOnceWithItsFirstValue() throws {
        let summary = try Self.summary()
        let twice = try #require(summary.signatories.first { $0.id == "twice" })
        #expect(twice.indicators.map(\.value) == [12, 5])
        let total = try #require(summary.totals.first { $0.id == "people_helped" })
        // 12 from "twice" (its first pledge) + 2 from "helper"; two signatories, not three.
        #expect(total.value == 14)
        #expect(total.signatoryCount == 2)
        #expect(summary.totals.map(\.id) == ["desks_open", "people_helped"])
    }

    @Test func rollupsCountMembersAndTheirIndicators() throws {
        let summary = try Self.summary()
        #expect(summary.stakeholders.map(\.id) == ["office", "shelter"])
        let shelter = try #require(summary.stakeholders.last)
        #expect(shelter.signatoryCount == 2)
        #expect(shelter.indicatorCount == 3)
        #expect(shelter.filing.onTime == 2)
        // Per quarter of the grid (2025-Q3 … 2026-Q1): the two shelters' histories.
        #expect(shelter.filingByQuarter.map(\.missing) == [2, 1, 0])
        #expect(shelter.filingByQuarter.map(\.onTime) == [0, 1, 2])
        let office = try #require(summary.stakeholders.first)
        #expect(office.filing.late == 1)
        // Statuses hold only those counted.
        #expect(office.statuses.values.allSatisfy { $0 > 0 })
        #expect(office.statuses.values.reduce(0, +) == 1)

        let protection = try #require(summary.goals.first { $0.id == "protection" })
        #expect(protection.signatoryCount == 3)
        #expect(protection.indicatorCount == 3)
        let skills = try #require(summary.goals.first { $0.id == "skills" })
        #expect(skills.signatoryCount == 1)
        #expect(skills.indicatorCount == 1)
        #expect(skills.filingByQuarter.map(\.onTime) == [0, 1, 1])
        #expect(summary.statusCounts.values.reduce(0, +) == 4)
    }

    @Test func reusedRowsGiveTheSameSummary() throws {
        let fresh = try Self.summary()
        let repository = Repository(
            root: "r", declaration: F.declaration, signatories: Self.signatories, reports: Self.reports,
            diagnostics: [])
        // Every other row kept, the others worked out: only their reports are sorted out.
        let kept = Dictionary(uniqueKeysWithValues: fresh.signatories.map { ($0.id, $0) })
        let mixed = try SummaryEngine.summary(
            repository: repository, registry: F.registry, quarter: F.q1, asOf: F.date("2026-05-01")
        ) { signatory in signatory.id == "office" ? nil : kept[signatory.id] }
        #expect(mixed.signatories.map(\.id) == fresh.signatories.map(\.id))
        #expect(mixed.signatories.map(\.indicators.count) == fresh.signatories.map(\.indicators.count))
        #expect(mixed.signatories.first { $0.id == "office" }?.filing == .late)
        #expect(mixed.signatories.first { $0.id == "office" }?.indicators.first?.value == 3)
        #expect(mixed.totals.map(\.value) == fresh.totals.map(\.value))
        #expect(mixed.filing == fresh.filing)
    }
}
