import KomitmenCore

/// The summary as one self-contained HTML page: inline CSS and SVG only, no script, nothing
/// loaded from anywhere, laid out to print on A4. Every text from the repository is escaped.
public struct HTMLRenderer: SummaryRenderer {
    public var language: Language

    public init(language: Language = .en) {
        self.language = language
    }

    var labels: Labels { .shared }
    var numbers: HumanNumbers { HumanNumbers(language) }
    /// Escaped text in the renderer's language.
    func t(_ phrase: Phrase) -> String { HTMLText.escape(phrase.text(language)) }
    func e(_ text: String) -> String { HTMLText.escape(text) }

    public func render(_ summary: Summary) -> String {
        var html = """
            <!DOCTYPE html>
            <html lang="\(language.rawValue)">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(e(summary.declarationTitle.text(language))) · \(e(summary.heading(language)))</title>
            <style>
            \(HTMLStyle.css)
            </style>
            </head>
            <body>

            """
        html += header(summary)
        html += filing(summary)
        html += lateAndMissing(summary)
        html += reviews(summary)
        html += grid(summary)
        html += rollups(t(labels.byStakeholder), column: t(labels.stakeholder), summary.stakeholders)
        html += rollups(t(labels.byGoal), column: t(labels.goal), summary.goals)
        html += goalTrends(summary)
        html += totals(summary)
        html += signatories(summary)
        html +=
            "<footer>\(t(labels.generatedBy)) · \(e(summary.declarationID)) · \(e(summary.quarter.description)) · \(t(labels.asOf)) \(e(summary.asOf.description))</footer>\n"
        return html + "</body>\n</html>\n"
    }

    func header(_ summary: Summary) -> String {
        var meta = [
            (t(labels.quarter), e(summary.quarter.description)), (t(labels.asOf), e(numbers.date(summary.asOf))),
            (t(labels.dueDate), e(numbers.date(summary.dueDate))),
        ]
        if let secretariat = summary.secretariat { meta.append((t(labels.secretariat), e(secretariat))) }
        return """
            <header class="top">
            <p class="eyebrow">\(e(summary.heading(language)))</p>
            <h1>\(e(summary.declarationTitle.text(language)))</h1>
            <dl class="meta">\(meta.map { "<div><dt>\($0.0)</dt><dd>\($0.1)</dd></div>" }.joined())</dl>
            </header>

            """
    }

    private func card(_ label: String, _ big: String, _ note: String) -> String {
        "<div class=\"card\"><div class=\"label\">\(label)</div><div class=\"big\">\(big)</div><div class=\"note\">\(note)</div></div>"
    }

    func filing(_ summary: Summary) -> String {
        let counts = summary.filing
        let reportsIn = numbers.integer(counts.onTime + counts.late) + " / " + numbers.integer(counts.expected)
        let cards = [
            card(
                t(labels.completeness), e(numbers.percent(counts.completeness)),
                t(labels.completenessHelp) + " · " + e(reportsIn)),
            card(t(labels.timeliness), e(numbers.percent(counts.timeliness)), t(labels.timelinessHelp)),
            card(
                t(FilingState.late.label), e(numbers.integer(counts.late)),
                t(labels.expected) + " " + e(numbers.integer(counts.expected))),
            card(
                t(FilingState.missing.label), e(numbers.integer(counts.missing)),
                t(FilingState.notDue.label) + " " + e(numbers.integer(counts.notDue)) + " · "
                    + t(FilingState.notExpected.label) + " " + e(numbers.integer(counts.notExpected))),
        ]
        return
            "<section class=\"filing\">\n<h2>\(t(labels.filing))</h2>\n<div class=\"cards\">\(cards.joined())</div>\n"
            + filingBar(counts, wide: true) + filingLegend(counts) + "</section>\n"
    }

    private func filingSegments(_ counts: FilingCounts) -> [SVGChart.Segment] {
        FilingState.displayOrder.map {
            .init(
                count: counts.count($0), color: HTMLPalette.color($0),
                title: "\($0.label.text(language)): \(counts.count($0))")
        }
    }

    func filingBar(_ counts: FilingCounts, wide: Bool = false) -> String {
        let label = FilingState.displayOrder.map { "\($0.label.text(language)) \(counts.count($0))" }.joined(
            separator: ", ")
        return SVGChart.stacked(filingSegments(counts), wide: wide, label: label)
    }

    /// The legend of filing states, with counts when given.
    func filingLegend(_ counts: FilingCounts? = nil) -> String {
        "<div class=\"legend\">"
            + FilingState.displayOrder.map { state in
                let count = counts.map { " " + numbers.integer($0.count(state)) } ?? ""
                return
                    "<span><i class=\"swatch \(HTMLPalette.cssClass(state))\"></i>\(e(state.symbol)) \(t(state.label))\(e(count))</span>"
            }.joined() + "</div>\n"
    }

    func statusLegend() -> String {
        "<div class=\"legend\">"
            + IndicatorStatus.allCases.map {
                "<span><i class=\"swatch \(HTMLPalette.cssClass($0))\"></i>\(t($0.label))</span>"
            }.joined() + "</div>\n"
    }

    private func lateAndMissing(_ summary: Summary) -> String {
        let late = summary.lateSignatories.map {
            "<li><span>\(e($0.name))</span><span class=\"badge f-late\">\(e($0.filingText(language)))</span></li>"
        }
        let missing = summary.missingSignatories.map {
            "<li><span>\(e($0.name))</span><span class=\"muted\">\(t(summary.stakeholderName($0.stakeholder)))</span></li>"
        }
        return """
            <section class="late-missing columns">
            <div><h2>\(t(labels.lateReports)) (\(late.count))</h2>\(late.isEmpty ? "<p class=\"muted\">\(t(labels.noLateReports))</p>" : "<ul class=\"plain\">\(late.joined())</ul>")</div>
            <div><h2>\(t(labels.missingReports)) (\(missing.count))</h2>\(missing.isEmpty ? "<p class=\"muted\">\(t(labels.noMissingReports))</p>" : "<ul class=\"plain\">\(missing.joined())</ul>")</div>
            </section>

            """
    }

    /// The signatory × quarter grid of filing states, grouped by stakeholder kind.
    private func grid(_ summary: Summary) -> String {
        var html = "<section class=\"grid\">\n<h2>\(t(labels.filingByQuarter))</h2>\n" + filingLegend()
        html += "<table class=\"grid\"><thead><tr><th>\(t(labels.signatory))</th><th>\(t(labels.stakeholder))</th>"
        html +=
            summary.quarters.map { "<th class=\"q\">\(e($0.description))</th>" }.joined() + "</tr></thead>\n<tbody>\n"
        var previousKind: String?
        for signatory in summary.signatories {
            let startsKind = previousKind != nil && previousKind != signatory.stakeholder
            previousKind = signatory.stakeholder
            html += "<tr\(startsKind ? " class=\"kind-start\"" : "")><td>\(e(signatory.name))</td>"
            html += "<td class=\"muted small\">\(t(summary.stakeholderName(signatory.stakeholder)))</td>"
            for (index, quarter) in summary.quarters.enumerated() {
                let state = index < signatory.history.count ? signatory.history[index] : .notExpected
                html +=
                    "<td class=\"cell \(HTMLPalette.cssClass(state))\" title=\"\(e(quarter.description)): \(t(state.label))\">\(e(state.symbol))</td>"
            }
            html += "</tr>\n"
        }
        return html + "</tbody></table>\n</section>\n"
    }

    func rollups(_ title: String, column: String, _ rollups: [Rollup]) -> String {
        var html = "<section class=\"rollups\">\n<h2>\(title)</h2>\n" + statusLegend()
        html +=
            "<table><thead><tr><th>\(column)</th><th class=\"num\">\(t(labels.signatoryCount))</th><th>\(t(labels.filing))</th>"
        html +=
            "<th class=\"num\">\(t(labels.completeness))</th><th>\(t(labels.indicatorStatuses))</th><th class=\"num\">\(t(labels.indicators))</th></tr></thead>\n<tbody>\n"
        for rollup in rollups {
            let statusSegments = IndicatorStatus.allCases.map { status in
                SVGChart.Segment(
                    count: rollup.statuses[status] ?? 0, color: HTMLPalette.color(status),
                    title: "\(status.label.text(language)): \(rollup.statuses[status] ?? 0)")
            }
            let statusLabel = IndicatorStatus.allCases.map { "\($0.label.text(language)) \(rollup.statuses[$0] ?? 0)" }
                .joined(separator: ", ")
            html += "<tr><td>\(t(rollup.name))</td><td class=\"num\">\(e(numbers.integer(rollup.signatoryCount)))</td>"
            html +=
                "<td>\(filingBar(rollup.filing))</td><td class=\"num\">\(e(numbers.percent(rollup.filing.completeness)))</td>"
            html += "<td>\(SVGChart.stacked(statusSegments, label: statusLabel))</td>"
            html += "<td class=\"num\">\(e(numbers.integer(rollup.indicatorCount)))</td></tr>\n"
        }
        return html + "</tbody></table>\n</section>\n"
    }

    func totals(_ summary: Summary) -> String {
        var html = "<section class=\"totals\">\n<h2>\(t(labels.provinceTotals))</h2>\n"
        guard !summary.totals.isEmpty else {
            return html + "<p class=\"muted\">\(t(labels.noTotals))</p>\n</section>\n"
        }
        html += "<table><thead><tr><th>\(t(labels.indicator))</th><th class=\"num\">\(t(labels.total))</th>"
        html += "<th class=\"num\">\(t(labels.signatoriesReporting))</th><th></th></tr></thead>\n<tbody>\n"
        for total in summary.totals {
            html +=
                "<tr><td>\(t(total.label))</td><td class=\"num\">\(e(numbers.value(total.value, unit: total.unit)))</td>"
            html += "<td class=\"num\">\(e(numbers.integer(total.signatoryCount)))</td>"
            html += "<td class=\"muted small\">\(t(labels.aggregation(total.aggregation)))</td></tr>\n"
        }
        return html + "</tbody></table>\n</section>\n"
    }

    private func signatories(_ summary: Summary) -> String {
        var html = "<section class=\"signatories\">\n<h2>\(t(labels.signatories))</h2>\n"
        html += "<p class=\"muted small\">\(t(labels.progressBarHelp)) \(t(labels.historyHelp))</p>\n" + statusLegend()
        if summary.signatories.isEmpty { html += "<p class=\"muted\">\(t(labels.noSignatories))</p>\n" }
        for signatory in summary.signatories { html += article(signatory, summary) }
        return html + "</section>\n"
    }

    /// One signatory's card: its filing, review, indicators, history charts and breakdowns.
    func article(_ signatory: SignatorySummary, _ summary: Summary) -> String {
        var html = "<article class=\"signatory\" id=\"s-\(e(signatory.id))\">\n<header><h3>\(e(signatory.name))</h3>"
        html += "<span class=\"muted small\">\(t(summary.stakeholderName(signatory.stakeholder)))"
        html += (signatory.region.map { " · " + e($0) } ?? "") + "</span>"
        html +=
            "<span class=\"badge \(HTMLPalette.cssClass(signatory.filing))\">\(e(signatory.filingText(language)))</span>"
        if let review = signatory.review {
            html +=
                "<span class=\"badge \(Self.reviewClass(review.state))\">\(t(labels.review)): \(t(review.state.label))</span>"
        }
        html += "</header>\n"
        if let comment = signatory.review?.comment {
            html += "<p class=\"comment\"><strong>\(t(labels.reviewComment)):</strong> \(Self.lines(comment))</p>\n"
        }
        html += indicatorTable(signatory)
        html += historyCharts(signatory)
        let breakdowns = signatory.breakdowns.filter { !$0.counts.isEmpty }.map { breakdown in
            e("\(breakdown.section) · \(breakdown.field): ")
                + e(breakdown.counts.map { "\($0.value) \(numbers.integer($0.count))" }.joined(separator: ", "))
        }
        if !breakdowns.isEmpty { html += "<p class=\"breakdowns\">\(breakdowns.joined(separator: "<br>"))</p>\n" }
        return html + "</article>\n"
    }

    /// The quarter's reports by review state, and those sent back with what was asked.
    private func reviews(_ summary: Summary) -> String {
        let counts = ReviewState.allCases.map {
            "<span><i class=\"swatch \(Self.reviewClass($0))\"></i>\(t($0.label)) \(e(numbers.integer(summary.reviewCounts[$0] ?? 0)))</span>"
        }
        let sentBack = summary.signatories.filter { $0.review?.state == .changesRequested }.map { signatory in
            let review = signatory.review
            return "<li><div><strong>\(e(signatory.name))</strong> <span class=\"muted small\">"
                + t(labels.reviewedBy(.changesRequested, by: review?.by, on: review?.on)) + "</span>"
                + (review?.comment.map { "<div class=\"comment\">\(Self.lines($0))</div>" } ?? "") + "</div></li>"
        }
        return
            "<section class=\"reviews\">\n<h2>\(t(labels.reviews))</h2>\n<div class=\"legend\">\(counts.joined())</div>\n"
            + "<h3>\(t(labels.changesRequested)) (\(sentBack.count))</h3>"
            + (sentBack.isEmpty
                ? "<p class=\"muted\">\(t(labels.noChangesRequested))</p>"
                : "<ul class=\"plain\">\(sentBack.joined())</ul>")
            + "\n</section>\n"
    }

    /// Per goal, completeness and timeliness over the quarters: small multiples.
    func goalTrends(_ summary: Summary) -> String {
        guard summary.quarters.count > 0, !summary.goals.isEmpty else { return "" }
        var html =
            "<section class=\"trends\">\n<h2>\(t(labels.goalTrend))</h2>\n<p class=\"muted small\">\(t(labels.goalTrendHelp))</p>\n"
        html += "<div class=\"history\">"
        let first = summary.quarters.first.map(\.description) ?? ""
        let last = summary.quarters.last.map(\.description) ?? ""
        for goal in summary.goals {
            let points = zip(summary.quarters, goal.filingByQuarter).map { quarter, counts in
                "\(quarter) \(labels.completeness.text(language)) \(numbers.percent(counts.completeness)), \(labels.timeliness.text(language)) \(numbers.percent(counts.timeliness))"
            }.joined(separator: "; ")
            html +=
                "<figure>" + SVGChart.filingTrend(goal.filingByQuarter, label: goal.name.text(language) + ": " + points)
            html +=
                "<figcaption>\(t(goal.name))<span class=\"muted\">\(e(first)) – \(e(last))</span></figcaption></figure>"
        }
        return html + "</div>\n</section>\n"
    }

    /// One small chart per indicator with a history: the value against the expected trajectory.
    func historyCharts(_ signatory: SignatorySummary) -> String {
        let charts = signatory.indicators.filter { !$0.history.isEmpty }.map { indicator in
            let points = indicator.history.map {
                "\($0.quarter) \(numbers.value($0.value, unit: indicator.unit)) (\(labels.expectedMarker.text(language)) \(numbers.percent($0.expected)))"
            }.joined(separator: "; ")
            let first = indicator.history.first?.quarter.description ?? ""
            let last = indicator.history.last?.quarter.description ?? ""
            return "<figure>" + SVGChart.history(indicator, label: indicator.label.text(language) + ": " + points)
                + "<figcaption>\(t(indicator.label))<span class=\"muted\">\(e(first)) – \(e(last))</span></figcaption></figure>"
        }
        guard !charts.isEmpty else { return "" }
        return "<div class=\"history\" aria-label=\"\(t(labels.history))\">\(charts.joined())</div>\n"
    }

    static func reviewClass(_ state: ReviewState) -> String { "r-" + state.rawValue }

    /// Multi-line text: each line escaped, joined by line breaks.
    static func lines(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { HTMLText.escape(String($0)) }.joined(
            separator: "<br>")
    }

    func indicatorTable(_ signatory: SignatorySummary) -> String {
        guard !signatory.indicators.isEmpty else { return "<p class=\"muted\">\(t(labels.noIndicators))</p>\n" }
        var html =
            "<table class=\"indicators\"><thead><tr><th>\(t(labels.indicator))</th><th class=\"num\">\(t(labels.value)) / \(t(labels.target))</th>"
        html +=
            "<th>\(t(labels.progress))</th><th class=\"num\"></th><th class=\"num\">\(t(labels.expectedProgress))</th>"
        html += "<th>\(t(labels.status))</th></tr></thead>\n<tbody>\n"
        for indicator in signatory.indicators {
            let progress = numbers.percent(indicator.progress)
            let expected = numbers.percent(indicator.expected)
            let label =
                "\(indicator.label.text(language)): \(labels.progress.text(language)) \(progress), "
                + "\(labels.expectedMarker.text(language)) \(expected)"
            html += "<tr><td>\(t(indicator.label))</td>"
            html +=
                "<td class=\"num\">\(e(numbers.value(indicator.value, unit: indicator.unit))) / \(e(numbers.value(indicator.target, unit: indicator.unit)))</td>"
            html +=
                "<td class=\"bar\">\(SVGChart.progress(indicator.progress, expected: indicator.expected, status: indicator.status, label: label))</td>"
            html += "<td class=\"num\">\(e(progress))</td><td class=\"num muted\">\(e(expected))</td>"
            html +=
                "<td><span class=\"badge \(HTMLPalette.cssClass(indicator.status))\">\(t(indicator.status.label))</span></td></tr>\n"
        }
        return html + "</tbody></table>\n"
    }
}
