import KomitmenYAML

/// A rollup's counts, added up member by member in one pass: its filing states, the filing states
/// of its members' histories per quarter, and its indicators by status (counted in an array, made
/// a dictionary once at the end: a summary is asked for after every filing the server takes).
struct RollupTally {
    private var members = 0
    private var filing = FilingCounts()
    private var byQuarter: [FilingCounts]
    private var statuses = [Int](repeating: 0, count: IndicatorStatus.allCases.count)

    init(quarters: Int) {
        byQuarter = Array(repeating: FilingCounts(), count: quarters)
    }

    /// A member: its filing state and history (its indicators are added with `add(_:)` of a status).
    mutating func add(_ member: SignatorySummary) {
        members += 1
        filing.add(member.filing)
        for index in byQuarter.indices { byQuarter[index].add(member.filing(atQuarter: index)) }
    }

    /// Members with all their indicators.
    mutating func add(_ members: ArraySlice<SignatorySummary>) {
        for member in members {
            add(member)
            for indicator in member.indicators { add(indicator.status) }
        }
    }

    mutating func add(_ status: IndicatorStatus) {
        statuses[status.tallyIndex] += 1
    }

    /// The statuses as `Rollup.statuses` holds them: only those counted at least once.
    var statusCounts: [IndicatorStatus: Int] {
        var counts: [IndicatorStatus: Int] = [:]
        for status in IndicatorStatus.allCases where statuses[status.tallyIndex] > 0 {
            counts[status] = statuses[status.tallyIndex]
        }
        return counts
    }

    func rollup(id: String, name: Phrase) -> Rollup {
        var rollup = Rollup(id: id, name: name, signatoryCount: members, filing: filing, statuses: statusCounts)
        rollup.filingByQuarter = byQuarter
        return rollup
    }
}

extension IndicatorStatus {
    /// Its place in `allCases`.
    var tallyIndex: Int {
        switch self {
        case .achieved: 0
        case .onTrack: 1
        case .atRisk: 2
        case .offTrack: 3
        case .noData: 4
        }
    }
}

extension IndicatorTotal {
    /// One more signatory's value.
    mutating func add(_ value: Double) {
        self.value += value
        signatoryCount += 1
    }
}
