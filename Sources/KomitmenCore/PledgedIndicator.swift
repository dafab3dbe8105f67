import KomitmenYAML

/// What a report's blank and implausible values are measured against, for one indicator a
/// signatory pledged (DESIGN.md, "Blank is not zero"): when its trajectory starts, and the target
/// a value may not exceed tenfold.
struct PledgedIndicator: Sendable {
    /// The earliest quarter one of its trajectories starts (`from`, else the signatory's first
    /// quarter); nil when neither is known (no declaration), and then nothing is asked.
    let start: Quarter?
    /// The largest target (for a decreasing indicator, the largest of target and baseline: the
    /// trajectory's top, since a target of 0 would make every value implausible); nil when 0.
    let reference: Double?
    /// Whether quarters add up (`sum`): only then is a value compared with earlier ones.
    let sums: Bool

    /// Nil when the signatory did not pledge the indicator.
    init?(_ indicator: IndicatorDefinition, of signatory: Signatory, firstQuarter: Quarter?) {
        let targets = signatory.targets.lazy.map(\.target).filter { $0.indicator == indicator.id }
        guard !targets.isEmpty else { return nil }
        start = targets.compactMap { $0.from ?? firstQuarter }.min()
        let top =
            targets.map { target in
                indicator.direction == .decrease ? max(target.target, target.baseline ?? 0) : target.target
            }.max() ?? 0
        reference = top > 0 ? top : nil
        sums = indicator.aggregation == .sum
    }

    /// Whether a report for `quarter` must give a value (0 if there was none).
    func isDue(in quarter: Quarter) -> Bool {
        start.map { quarter >= $0 } ?? false
    }

    /// The tenfold rule: above ten times the reference, not at it.
    static func isImplausible(_ value: Double, against reference: Double) -> Bool {
        value > 10 * reference
    }

    /// A `sum` value can only exceed ten times an earlier largest of at least 10 when it is above this.
    static let smallestSuspectSum: Double = 100
    /// An earlier largest below this is too small to measure a value against.
    static let smallestPrevious: Double = 10
}
