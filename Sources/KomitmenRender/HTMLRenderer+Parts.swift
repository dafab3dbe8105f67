import KomitmenCore

/// The summary's parts for a page that shows them one at a time (the served intake's summary
/// pages), so no page grows with the number of signatories; `render` stays the whole document.
extension HTMLRenderer {
    /// The whole document's style sheet, the text of its `<style>` element.
    public static var stylesheet: HTML { HTMLStyle.css }

    /// Everything whose size does not grow with the signatories: the header, the filing overview,
    /// the review counts, the roll-ups by stakeholder and by goal, the goal trends and the totals.
    public func overview(_ summary: Summary) -> HTML {
        var html = header(summary)
        html += filing(summary)
        html += reviewCounts(summary)
        html += rollups(t(labels.byStakeholder), column: t(labels.stakeholder), summary.stakeholders)
        html += rollups(t(labels.byGoal), column: t(labels.goal), summary.goals)
        html += goalTrends(summary)
        html += totals(summary)
        return html
    }

    /// One signatory's card as the whole document shows it, with the legend of its bars.
    public func signatoryCard(_ signatory: SignatorySummary, in summary: Summary) -> HTML {
        "<p class=\"muted small\">\(t(labels.progressBarHelp)) \(t(labels.historyHelp))</p>\n\(statusLegend())\(article(signatory, summary))"
    }

    /// The quarter's reports by review state (the list of those sent back is the signatories' pages').
    func reviewCounts(_ summary: Summary) -> HTML {
        "<section class=\"reviews\">\n<h2>\(t(labels.reviews))</h2>\n<div class=\"legend\">\(reviewLegend(summary))</div>\n</section>\n"
    }
}
