import KomitmenYAML

/// The arithmetic of DESIGN.md's summary rules, as pure functions the tests check one by one.
extension SummaryEngine {
    /// `sum` → value / target; `latest` → (value − baseline) / (target − baseline);
    /// `decrease` → (baseline − value) / (baseline − target); a missing baseline counts as 0.
    /// Where the denominator is 0 the target is either reached (1) or not (0).
    public static func progress(
        value: Double, target: Double, baseline: Double?, aggregation: Aggregation,
        direction: Direction
    ) -> Double {
        let baseline = baseline ?? 0
        let (gained, needed): (Double, Double)
        if direction == .decrease {
            (gained, needed) = (baseline - value, baseline - target)
        } else if aggregation == .latest {
            (gained, needed) = (value - baseline, target - baseline)
        } else {
            (gained, needed) = (value, target)
        }
        if needed == 0 {
            let reached = direction == .decrease ? value <= target : value >= target
            return reached ? 1 : 0
        }
        return gained / needed
    }

    /// Quarters elapsed from `from` through `quarter`, over quarters from `from` through `by`
    /// (both inclusive), at most 1.
    public static func expected(from: Quarter, by: Quarter, at quarter: Quarter) -> Double {
        let total = from.count(through: by)
        guard total > 0 else { return 1 }
        return min(1, Double(from.count(through: quarter)) / Double(total))
    }

    /// `achieved` at progress ≥ 1; else progress / expected against the thresholds.
    public static func status(progress: Double, expected: Double, onTrack: Double, atRisk: Double) -> IndicatorStatus {
        if progress >= 1 { return .achieved }
        // Nothing is expected yet before the trajectory starts: whatever was done is on track.
        guard expected > 0 else { return .onTrack }
        let pace = progress / expected
        if pace >= onTrack { return .onTrack }
        if pace >= atRisk { return .atRisk }
        return .offTrack
    }
}
