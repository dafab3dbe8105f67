import KomitmenYAML

/// One signatory's reports known on the as-of date, earliest quarter first, one per quarter.
///
/// The summary asks for a signatory's report quarter by quarter, for its filing history and for
/// every indicator's history: found here by walking or halving one short array, where a table
/// keyed by (signatory, quarter) hashed the signatory's id at every step.
struct KnownReports: Sendable {
    /// Sorted by period, no two with the same period.
    let reports: [Report]

    static let none = KnownReports(sorted: [])

    private init(sorted: [Report]) {
        reports = sorted
    }

    /// `given` in the repository's order: of two for one quarter the later is kept, as a table
    /// filled in that order keeps it.
    init(_ given: [Report]) {
        // Nearly always given in period order (the loader reads the quarters' folders in order, and
        // a report's period is its folder's): taken as it is, with no copy, when no quarter repeats.
        if let kept = Self.keptInOrder(given) {
            reports = kept
            return
        }
        // A stable sort keeps the repository's order within a quarter; the last of each run wins.
        let sorted = given.enumerated().sorted { ($0.element.period, $0.offset) < ($1.element.period, $1.offset) }
        var kept: [Report] = []
        kept.reserveCapacity(sorted.count)
        for (_, report) in sorted {
            if let last = kept.last, last.period == report.period {
                kept[kept.count - 1] = report
            } else {
                kept.append(report)
            }
        }
        reports = kept
    }

    /// `given` as `init` keeps it when it is already in period order (nil otherwise): itself when
    /// no quarter repeats, else the last of each run of one quarter.
    private static func keptInOrder(_ given: [Report]) -> [Report]? {
        var repeats = false
        for index in given.indices.dropFirst() {
            let previous = given[index - 1].period
            let period = given[index].period
            if period < previous { return nil }
            if period == previous { repeats = true }
        }
        guard repeats else { return given }
        var kept: [Report] = []
        kept.reserveCapacity(given.count)
        for report in given {
            if let last = kept.last, last.period == report.period {
                kept[kept.count - 1] = report
            } else {
                kept.append(report)
            }
        }
        return kept
    }

    /// The index of the first report whose period is `quarter` or later (`reports.count` if none).
    func firstIndex(atOrAfter quarter: Quarter) -> Int {
        firstIndex { $0 >= quarter }
    }

    /// The index of the first report whose period is later than `quarter` (`reports.count` if none).
    func firstIndex(after quarter: Quarter) -> Int {
        firstIndex { $0 > quarter }
    }

    /// Halving: the periods are sorted, so `isPast` is false up to some index and true from it.
    private func firstIndex(where isPast: (Quarter) -> Bool) -> Int {
        var low = 0
        var high = reports.count
        while low < high {
            let middle = (low + high) / 2
            if isPast(reports[middle].period) { high = middle } else { low = middle + 1 }
        }
        return low
    }

    func report(_ quarter: Quarter) -> Report? {
        let index = firstIndex(atOrAfter: quarter)
        return index < reports.count && reports[index].period == quarter ? reports[index] : nil
    }

    /// The latest value of `indicator` among the reports before index `end`: the `latest` rule.
    func latestValue(of indicator: String, before end: Int) -> Double? {
        var index = end - 1
        while index >= 0 {
            if let value = reports[index].values[indicator] { return value }
            index -= 1
        }
        return nil
    }

    /// Walks the reports in step with consecutive quarters, earliest first: each `nextIndex` call
    /// gives the report of the quarter after the one before (starting at `start`), or nil.
    struct Cursor {
        let known: KnownReports
        var index: Int
        var quarter: Quarter

        /// Where in `known.reports` the next quarter's report is, or nil: read in place, a report
        /// is not copied (a copy touched every reference in it, for every quarter of every
        /// indicator of every signatory, from both cores at once).
        mutating func nextIndex() -> Int? {
            defer { quarter = quarter.next }
            while index < known.reports.count && known.reports[index].period < quarter { index += 1 }
            guard index < known.reports.count, known.reports[index].period == quarter else { return nil }
            return index
        }
    }

    func cursor(from start: Quarter) -> Cursor {
        Cursor(known: self, index: firstIndex(atOrAfter: start), quarter: start)
    }
}
