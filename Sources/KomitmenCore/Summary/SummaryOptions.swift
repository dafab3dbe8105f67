/// What a summary publishes (DESIGN.md "Public site", "What is published"): by default every
/// present report's values and every review comment, as the secretariat sees them.
public struct SummaryOptions: Sendable, Hashable {
    /// Values and narratives only of reports whose review, as of the summary's date, is `approved`
    /// (`--only-approved`): the other present reports keep their filing state and count as if left
    /// blank, so every figure (roll-ups, statuses, histories) is worked out without them.
    public var onlyApproved: Bool
    /// No review comment in any format (`--public`): a review keeps its state, reviewer and date.
    public var withoutReviewComments: Bool

    public init(onlyApproved: Bool = false, withoutReviewComments: Bool = false) {
        self.onlyApproved = onlyApproved
        self.withoutReviewComments = withoutReviewComments
    }

    /// Everything, as the secretariat sees it.
    public static let all = SummaryOptions()
}
