import KomitmenYAML

/// One signatory's reports known on the as-of date, earliest quarter first, one per quarter.
///
/// The summary asks for a signatory's report quarter by quarter, for its filing history and for
/// every indicator's history: found here by walking or halving one short array, where a table
/// keyed by (signatory, quarter) hashed the signatory's id at every step.
struct KnownReports: Sendable {
    /// The reports these are taken from (the repository's, shared: not copied for each signatory).
    private let all: [Report]
    /// Where in `all` each known report is: sorted by period, no two with the same period.
    private let order: [Int]

    static let none = KnownReports([])

    /// How many reports are known.
    var count: Int { order.count }

    /// The report at `position` (0: the earliest), read in place.
    subscript(position: Int) -> Report {
        _read { yield all[order[position]] }
    }

    /// The known reports, earliest first (a copy: for tests).
    var reports: [Report] { order.map { all[$0] } }

    /// `given` in the repository's order: of two for one quarter the later is kept, as a table
    /// filled in that order keeps it.
    init(_ given: [Report]) {
        self.init(all: given, indices: Array(given.indices))
    }

    /// The reports at `indices` of `all`, given in the repository's order (as `init(_:)` takes them).
    init(all: [Report], indices: [Int]) {
        self.all = all
        // Nearly always given in period order (the loader reads the quarters' folders in order, and
        // a report's period is its folder's): taken as it is when no quarter repeats.
        if let kept = Self.keptInOrder(indices, of: all) {
            order = kept
            return
        }
        // A stable sort keeps the repository's order within a quarter; the last of each run wins.
        let sorted = indices.enumerated().sorted {
            (all[$0.element].period, $0.offset) < (all[$1.element].period, $1.offset)
        }
        var kept: [Int] = []
        kept.reserveCapacity(sorted.count)
        for (_, index) in sorted {
            if let last = kept.last, all[last].period == all[index].period {
                kept[kept.count - 1] = index
            } else {
                kept.append(index)
            }
        }
        order = kept
    }

    /// `indices` as `init` keeps them when they are already in period order (nil otherwise):
    /// themselves when no quarter repeats, else the last of each run of one quarter.
    private static func keptInOrder(_ indices: [Int], of all: [Report]) -> [Int]? {
        var repeats = false
        for position in indices.indices.dropFirst() {
            let previous = all[indices[position - 1]].period
            let period = all[indices[position]].period
            if period < previous { return nil }
            if period == previous { repeats = true }
        }
        guard repeats else { return indices }
        var kept: [Int] = []
        kept.reserveCapacity(indices.count)
        for index in indices {
            if let last = kept.last, all[last].period == all[index].period {
                kept[kept.count - 1] = index
            } else {
                kept.append(index)
            }
        }
        return kept
    }

    /// The index of the first report whose period is `quarter` or later (`count` if none).
    func firstIndex(atOrAfter quarter: Quarter) -> Int {
        firstIndex { $0 >= quarter }
    }

    /// The index of the first report whose period is later than `quarter` (`count` if none).
    func firstIndex(after quarter: Quarter) -> Int {
        firstIndex { $0 > quarter }
    }

    /// Halving: the periods are sorted, so `isPast` is false up to some index and true from it.
    private func firstIndex(where isPast: (Quarter) -> Bool) -> Int {
        var low = 0
        var high = count
        while low < high {
            let middle = (low + high) / 2
            if isPast(self[middle].period) { high = middle } else { low = middle + 1 }
        }
        return low
    }

    func report(_ quarter: Quarter) -> Report? {
        let index = firstIndex(atOrAfter: quarter)
        return index < count && self[index].period == quarter ? self[index] : nil
    }

    /// The latest value of `indicator` among the reports before index `end`: the `latest` rule.
    func latestValue(of indicator: String, before end: Int) -> Double? {
        var index = end - 1
        while index >= 0 {
            if let value = self[index].values[indicator] { return value }
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

        /// Where among `known`'s reports the next quarter's report is, or nil: read in place, a report
        /// is not copied (a copy touched every reference in it, for every quarter of every
        /// indicator of every signatory, from both cores at once).
        mutating func nextIndex() -> Int? {
            defer { quarter = quarter.next }
            while index < known.count && known[index].period < quarter { index += 1 }
            guard index < known.count, known[index].period == quarter else { return nil }
            return index
        }
    }

    func cursor(from start: Quarter) -> Cursor {
        Cursor(known: self, index: firstIndex(atOrAfter: start), quarter: start)
    }
}
