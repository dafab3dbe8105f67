import KomitmenCore
import KomitmenYAML

/// Hand-made summaries for the renderer tests, independent of the engine.
enum RenderSample {
    static func quarter(_ text: String) -> Quarter { Quarter(text)! }
    static func date(_ text: String) -> CalendarDate { CalendarDate(text)! }

    static func indicator(
        _ id: String, label: Phrase, unit: IndicatorUnit = .count, aggregation: Aggregation = .sum,
        value: Double?, target: Double, baseline: Double? = nil, progress: Double?, expected: Double,
        status: IndicatorStatus, goal: String = "protection"
    ) -> IndicatorSummary {
        IndicatorSummary(
            id: id, pledge: "pledge-\(id)", goal: goal, label: label, unit: unit, aggregation: aggregation,
            direction: .increase, value: value, target: target, baseline: baseline,
            from: quarter("2025-Q3"), by: quarter("2026-Q4"), progress: progress, expected: expected, status: status)
    }

    /// 2026-Q1 as of 2026-05-01 (due 2026-04-15): one on time, one 5 days late, one missing, one
    /// not expected. Expected 3; completeness 2/3, timeliness 1/3. Seven indicators in all.
    static var summary: Summary {
        let quarters = quarter("2025-Q3").through(quarter("2026-Q1"))
        let police = SignatorySummary(
            id: "polda-ntt", name: "Kepolisian Daerah NTT", stakeholder: "police", region: "ntt", filing: .onTime,
            daysLate: nil, submitted: date("2026-04-10"), history: [.onTime, .late, .onTime],
            indicators: [
                indicator(
                    "tppo_cases_investigated", label: Phrase(en: "Cases investigated", id: "Perkara disidik"),
                    value: 40, target: 100, progress: 0.4, expected: 1.0 / 3.0, status: .onTrack),
                indicator(
                    "victims_rescued", label: Phrase(en: "Victims rescued", id: "Korban diselamatkan"),
                    value: nil, target: 300, progress: nil, expected: 1.0 / 3.0, status: .noData),
                indicator(
                    "suspects_named", label: Phrase(en: "Suspects named", id: "Tersangka ditetapkan"),
                    value: 1234, target: 1000, progress: 1.234, expected: 1.0 / 3.0, status: .achieved),
            ],
            breakdowns: [
                Breakdown(section: "cases", field: "stage", counts: [("investigation", 3), ("prosecution", 1)])
            ])
        let government = SignatorySummary(
            id: "pemkab-x", name: "Pemkab \"X\", <Kupang> & Co | =SUM(A1)", stakeholder: "government", region: "kab-x",
            filing: .late, daysLate: 5, submitted: date("2026-04-20"), history: [.missing, .onTime, .late],
            indicators: [
                indicator(
                    "budget_allocated_idr",
                    label: Phrase(en: "Budget allocated (IDR)", id: "Anggaran dialokasikan (Rp)"),
                    unit: .rupiah, aggregation: .latest, value: 1_234_567, target: 2_000_000, baseline: 0,
                    progress: 0.6172835, expected: 0.5, status: .onTrack, goal: "official-departure"),
                indicator(
                    "village_task_forces",
                    label: Phrase(en: "Villages with a task force", id: "Desa dengan gugus tugas"),
                    aggregation: .latest, value: 10, target: 100, progress: 0.1, expected: 0.5, status: .offTrack,
                    goal: "official-departure"),
            ],
            breakdowns: [])
        let church = SignatorySummary(
            id: "sinode-gmit", name: "Majelis Sinode GMIT", stakeholder: "religious", region: nil, filing: .missing,
            daysLate: nil, submitted: nil, history: [.onTime, .onTime, .missing],
            indicators: [
                indicator(
                    "awareness_sessions", label: Phrase(en: "Awareness sessions", id: "Sosialisasi"),
                    value: 3, target: 12, progress: 0.25, expected: 1.0 / 3.0, status: .atRisk),
                indicator(
                    "shelters_operating", label: Phrase(en: "Shelters operating", id: "Rumah aman beroperasi"),
                    aggregation: .latest, value: 1, target: 2, progress: 0.5, expected: 0.5, status: .onTrack),
            ],
            breakdowns: [])
        let ngo = SignatorySummary(
            id: "lsm-baru", name: "LSM Baru", stakeholder: "ngo", region: "ntt", filing: .notExpected, daysLate: nil,
            submitted: nil, history: [.notExpected, .notExpected, .notExpected], indicators: [], breakdowns: [])
        var filing = FilingCounts()
        for state in [FilingState.onTime, .late, .missing, .notExpected] { filing.add(state) }
        func counts(_ states: [FilingState]) -> FilingCounts {
            var counts = FilingCounts()
            for state in states { counts.add(state) }
            return counts
        }
        return Summary(
            declarationID: "test-declaration",
            declarationTitle: LocalizedText(["en": "Test declaration", "id": "Deklarasi uji"]),
            secretariat: "Sekretariat Uji", quarter: quarter("2026-Q1"), asOf: date("2026-05-01"),
            dueDate: date("2026-04-15"),
            filing: filing, signatories: [government, ngo, police, church],
            stakeholders: [
                Rollup(
                    id: "government", name: Phrase(en: "Government", id: "Pemerintah"), signatoryCount: 1,
                    filing: counts([.late]), statuses: [.onTrack: 1, .offTrack: 1]),
                Rollup(
                    id: "ngo", name: Phrase(en: "NGO", id: "LSM"), signatoryCount: 1,
                    filing: counts([.notExpected]), statuses: [:]),
                Rollup(
                    id: "police", name: Phrase(en: "Police", id: "Kepolisian"), signatoryCount: 1,
                    filing: counts([.onTime]), statuses: [.onTrack: 1, .noData: 1, .achieved: 1]),
                Rollup(
                    id: "religious", name: Phrase(en: "Religious body", id: "Lembaga keagamaan"), signatoryCount: 1,
                    filing: counts([.missing]), statuses: [.atRisk: 1, .onTrack: 1]),
            ],
            goals: [
                Rollup(
                    id: "official-departure", name: Phrase(en: "Departs officially", id: "Berangkat resmi"),
                    signatoryCount: 1, filing: counts([.late]), statuses: [.onTrack: 1, .offTrack: 1]),
                Rollup(
                    id: "protection", name: Phrase(en: "Protection", id: "Perlindungan"), signatoryCount: 2,
                    filing: counts([.onTime, .missing]), statuses: [.onTrack: 2, .noData: 1, .achieved: 1, .atRisk: 1]),
            ],
            totals: [
                IndicatorTotal(
                    id: "budget_allocated_idr",
                    label: Phrase(en: "Budget allocated (IDR)", id: "Anggaran dialokasikan (Rp)"),
                    unit: .rupiah, aggregation: .latest, value: 1_234_567, signatoryCount: 1),
                IndicatorTotal(
                    id: "tppo_cases_investigated", label: Phrase(en: "Cases investigated", id: "Perkara disidik"),
                    unit: .count, aggregation: .sum, value: 1234, signatoryCount: 1),
            ],
            quarters: quarters)
    }

    /// Nothing due yet: every signatory not due, so the ratios are nil (null in JSON).
    static var nothingExpected: Summary {
        var summary = summary
        summary.signatories = summary.signatories.map { signatory in
            var signatory = signatory
            signatory.filing = .notDue
            signatory.daysLate = nil
            signatory.submitted = nil
            return signatory
        }
        var filing = FilingCounts()
        for signatory in summary.signatories { filing.add(signatory.filing) }
        summary.filing = filing
        return summary
    }

    /// The number of CSV data rows: one per indicator, one for a signatory without any.
    static func csvRows(_ summary: Summary) -> Int {
        summary.signatories.reduce(0) { $0 + max(1, $1.indicators.count) }
    }
}
