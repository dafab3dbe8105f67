import KomitmenCore

/// The summary's parts for a page that shows them one at a time (the served intake's summary
/// pages), so no page grows with the number of signatories; `render` stays the whole document.
extension HTMLRenderer {
    /// The text of the whole document's `<style>` element.
    public static var stylesheet: String { HTMLStyle.css }

    /// Everything whose size does not grow with the signatories: the header, the filing overview,
    /// the review counts, the roll-ups by stakeholder and by goal, the goal trends and the totals.
    public func overview(_ summary: Summary) -> String {
        header(summary) + filing(summary) + reviewCounts(summary)
            + rollups(t(labels.byStakeholder), column: t(labels.stakeholder), summary.stakeholders)
            + rollups(t(labels.byGoal), column: t(labels.goal), summary.goals) + goalTrends(summary)
            + totals(summary)
    }

    /// One signatory's card as the whole document shows it, with the legend of its bars.
    public func signatoryCard(_ signatory: SignatorySummary, in summary: Summary) -> String {
        "<p class=\"muted small\">\(t(labels.progressBarHelp)) \(t(labels.historyHelp))</p>\n" + statusLegend()
            + article(signatory, summary)
    }

    /// The quarter's reports by review state (the list of those sent back is the signatories' pages').
    func reviewCounts(_ summary: Summary) -> String {
        let counts = ReviewState.allCases.map {
            "<span><i class=\"swatch \(Self.reviewClass($0))\"></i>\(t($0.label)) \(e(numbers.integer(summary.reviewCounts[$0] ?? 0)))</span>"
        }
        return
            "<section class=\"reviews\">\n<h2>\(t(labels.reviews))</h2>\n<div class=\"legend\">\(counts.joined())</div>\n</section>\n"
    }
}
