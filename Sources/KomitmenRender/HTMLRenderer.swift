import KomitmenCore

/// The summary as one self-contained HTML page: inline CSS and SVG only, no script, nothing
/// loaded from anywhere, laid out to print on A4. Built as `HTML`, so every text from the
/// repository is escaped where it is interpolated.
public struct HTMLRenderer: SummaryRenderer {
    public var language: Language

    public init(language: Language = .en) {
        self.language = language
    }

    var labels: Labels { .shared }
    var numbers: HumanNumbers { HumanNumbers(language) }
    /// A phrase in the renderer's language: text, escaped where it is interpolated.
    func t(_ phrase: Phrase) -> String { phrase.text(language) }

    public func render(_ summary: Summary) -> String { document(summary).markup }

    /// The whole document.
    public func document(_ summary: Summary) -> HTML {
        var html: HTML = """
            <!DOCTYPE html>
            <html lang="\(language.rawValue)">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(summary.declarationTitle.text(language)) · \(summary.heading(language))</title>
            <style>
            \(HTMLStyle.css)
            </style>
            </head>
            <body>

            """
        // A signatory's card with its charts is a few kilobytes: grown once, not by doubling.
        html.reserveCapacity(16_384 + 4_096 * summary.signatories.count)
        html += header(summary)
        html += "<main>\n"
        html += filing(summary)
        html += lateAndMissing(summary)
        html += reviews(summary)
        html += grid(summary)
        html += rollups(t(labels.byStakeholder), column: t(labels.stakeholder), summary.stakeholders)
        html += rollups(t(labels.byGoal), column: t(labels.goal), summary.goals)
        html += goalTrends(summary)
        html += totals(summary)
        html += signatories(summary)
        html += "</main>\n"
        html +=
            "<footer>\(t(labels.generatedBy)) · \(summary.declarationID) · \(summary.quarter) · \(t(labels.asOf)) \(summary.asOf)</footer>\n"
        html += "</body>\n</html>\n"
        return html
    }

    func header(_ summary: Summary) -> HTML {
        var meta = [
            (t(labels.quarter), summary.quarter.description), (t(labels.asOf), numbers.date(summary.asOf)),
            (t(labels.dueDate), numbers.date(summary.dueDate)),
        ]
        if let secretariat = summary.secretariat { meta.append((t(labels.secretariat), secretariat)) }
        let items = meta.map { (label, value) -> HTML in "<div><dt>\(label)</dt><dd>\(value)</dd></div>" }
        return """
            <header class="top">
            <p class="eyebrow">\(summary.heading(language))</p>
            <h1>\(summary.declarationTitle.text(language))</h1>
            <dl class="meta">\(items.joined())</dl>
            </header>

            """
    }

    private func card(_ label: String, _ big: String, _ note: String) -> HTML {
        "<div class=\"card\"><div class=\"label\">\(label)</div><div class=\"big\">\(big)</div><div class=\"note\">\(note)</div></div>"
    }

    func filing(_ summary: Summary) -> HTML {
        let counts = summary.filing
        let reportsIn = numbers.integer(counts.onTime + counts.late) + " / " + numbers.integer(counts.expected)
        let cards = [
            card(
                t(labels.completeness), numbers.percent(counts.completeness),
                t(labels.completenessHelp) + " · " + reportsIn),
            card(t(labels.timeliness), numbers.percent(counts.timeliness), t(labels.timelinessHelp)),
            card(
                t(FilingState.late.label), numbers.integer(counts.late),
                t(labels.expected) + " " + numbers.integer(counts.expected)),
            card(
                t(FilingState.missing.label), numbers.integer(counts.missing),
                t(FilingState.notDue.label) + " " + numbers.integer(counts.notDue) + " · "
                    + t(FilingState.notExpected.label) + " " + numbers.integer(counts.notExpected)),
        ]
        return
            "<section class=\"filing\">\n<h2>\(t(labels.filing))</h2>\n<div class=\"cards\">\(cards.joined())</div>\n\(filingBar(counts, wide: true))\(filingLegend(counts))</section>\n"
    }

    private func filingSegments(_ counts: FilingCounts) -> [SVGChart.Segment] {
        FilingState.displayOrder.map {
            .init(
                count: counts.count($0), color: HTMLPalette.color($0),
                title: "\($0.label.text(language)): \(counts.count($0))")
        }
    }

    func filingBar(_ counts: FilingCounts, wide: Bool = false) -> HTML {
        let label = FilingState.displayOrder.map { "\($0.label.text(language)) \(counts.count($0))" }.joined(
            separator: ", ")
        return SVGChart.stacked(filingSegments(counts), wide: wide, label: label)
    }

    /// The legend of filing states, with counts when given.
    func filingLegend(_ counts: FilingCounts? = nil) -> HTML {
        let items = FilingState.displayOrder.map { state -> HTML in
            let count = counts.map { " " + numbers.integer($0.count(state)) } ?? ""
            return
                "<span><i class=\"swatch \(HTMLPalette.cssClass(state))\"></i>\(state.symbol) \(t(state.label))\(count)</span>"
        }
        return "<div class=\"legend\">\(items.joined())</div>\n"
    }

    func statusLegend() -> HTML {
        let items = IndicatorStatus.allCases.map { status -> HTML in
            "<span><i class=\"swatch \(HTMLPalette.cssClass(status))\"></i>\(t(status.label))</span>"
        }
        return "<div class=\"legend\">\(items.joined())</div>\n"
    }

    private func lateAndMissing(_ summary: Summary) -> HTML {
        let late = summary.lateSignatories.map { signatory -> HTML in
            "<li><span>\(signatory.name)</span><span class=\"badge f-late\">\(signatory.filingText(language))</span></li>"
        }
        let missing = summary.missingSignatories.map { signatory -> HTML in
            "<li><span>\(signatory.name)</span><span class=\"muted\">\(t(summary.stakeholderName(signatory.stakeholder)))</span></li>"
        }
        let lateList: HTML =
            late.isEmpty
            ? "<p class=\"muted\">\(t(labels.noLateReports))</p>" : "<ul class=\"plain\">\(late.joined())</ul>"
        let missingList: HTML =
            missing.isEmpty
            ? "<p class=\"muted\">\(t(labels.noMissingReports))</p>" : "<ul class=\"plain\">\(missing.joined())</ul>"
        return """
            <section class="late-missing columns">
            <div><h2>\(t(labels.lateReports)) (\(late.count))</h2>\(lateList)</div>
            <div><h2>\(t(labels.missingReports)) (\(missing.count))</h2>\(missingList)</div>
            </section>

            """
    }

    /// The signatory × quarter grid of filing states, grouped by stakeholder kind.
    private func grid(_ summary: Summary) -> HTML {
        var html: HTML = "<section class=\"grid\">\n<h2>\(t(labels.filingByQuarter))</h2>\n\(filingLegend())"
        html += Self.scrollBox(t(labels.filingByQuarter))
        html += "<table class=\"grid\"><thead><tr><th>\(t(labels.signatory))</th><th>\(t(labels.stakeholder))</th>"
        for quarter in summary.quarters { html += "<th class=\"q\">\(quarter)</th>" }
        html += "</tr></thead>\n<tbody>\n"
        var previousKind: String?
        for signatory in summary.signatories {
            let startsKind = previousKind != nil && previousKind != signatory.stakeholder
            previousKind = signatory.stakeholder
            let rowClass: HTML = startsKind ? " class=\"kind-start\"" : ""
            html += "<tr\(rowClass)><td>\(signatory.name)</td>"
            html += "<td class=\"muted small\">\(t(summary.stakeholderName(signatory.stakeholder)))</td>"
            for (index, quarter) in summary.quarters.enumerated() {
                let state = index < signatory.history.count ? signatory.history[index] : .notExpected
                html +=
                    "<td class=\"cell \(HTMLPalette.cssClass(state))\" title=\"\(quarter): \(t(state.label))\">\(state.symbol)</td>"
            }
            html += "</tr>\n"
        }
        html += "</tbody></table></div>\n</section>\n"
        return html
    }

    func rollups(_ title: String, column: String, _ rollups: [Rollup]) -> HTML {
        var html: HTML = "<section class=\"rollups\">\n<h2>\(title)</h2>\n\(statusLegend())"
        html +=
            "\(Self.scrollBox(title))<table><thead><tr><th>\(column)</th><th class=\"num\">\(t(labels.signatoryCount))</th><th>\(t(labels.filing))</th>"
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
            html += "<tr><td>\(t(rollup.name))</td><td class=\"num\">\(numbers.integer(rollup.signatoryCount))</td>"
            html +=
                "<td>\(filingBar(rollup.filing))</td><td class=\"num\">\(numbers.percent(rollup.filing.completeness))</td>"
            html += "<td>\(SVGChart.stacked(statusSegments, label: statusLabel))</td>"
            html += "<td class=\"num\">\(numbers.integer(rollup.indicatorCount))</td></tr>\n"
        }
        html += "</tbody></table></div>\n</section>\n"
        return html
    }

    func totals(_ summary: Summary) -> HTML {
        var html: HTML = "<section class=\"totals\">\n<h2>\(t(labels.provinceTotals))</h2>\n"
        guard !summary.totals.isEmpty else {
            return html + "<p class=\"muted\">\(t(labels.noTotals))</p>\n</section>\n"
        }
        html += Self.scrollBox(t(labels.provinceTotals))
        html += "<table><thead><tr><th>\(t(labels.indicator))</th><th class=\"num\">\(t(labels.total))</th>"
        html += "<th class=\"num\">\(t(labels.signatoriesReporting))</th><th></th></tr></thead>\n<tbody>\n"
        for total in summary.totals {
            html +=
                "<tr><td>\(t(total.label))</td><td class=\"num\">\(numbers.value(total.value, unit: total.unit))</td>"
            html += "<td class=\"num\">\(numbers.integer(total.signatoryCount))</td>"
            html += "<td class=\"muted small\">\(t(labels.aggregation(total.aggregation)))</td></tr>\n"
        }
        html += "</tbody></table></div>\n</section>\n"
        return html
    }

    private func signatories(_ summary: Summary) -> HTML {
        var html: HTML = "<section class=\"signatories\">\n<h2>\(t(labels.signatories))</h2>\n"
        html += "<p class=\"muted small\">\(t(labels.progressBarHelp)) \(t(labels.historyHelp))</p>\n\(statusLegend())"
        if summary.signatories.isEmpty { html += "<p class=\"muted\">\(t(labels.noSignatories))</p>\n" }
        for signatory in summary.signatories { html += article(signatory, summary) }
        html += "</section>\n"
        return html
    }

    /// One signatory's card: its filing, review, indicators, history charts and breakdowns.
    func article(_ signatory: SignatorySummary, _ summary: Summary) -> HTML {
        var html: HTML = "<article class=\"signatory\" id=\"s-\(signatory.id)\">\n<header><h3>\(signatory.name)</h3>"
        html += "<span class=\"muted small\">\(t(summary.stakeholderName(signatory.stakeholder)))"
        if let region = signatory.region { html += " · \(summary.regionName(region))" }
        html += "</span>"
        html +=
            "<span class=\"badge \(HTMLPalette.cssClass(signatory.filing))\">\(signatory.filingText(language))</span>"
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
            HTML(
                text: "\(t(breakdown.sectionLabel)) · \(t(breakdown.fieldLabel)): "
                    + breakdown.counts.map { "\(t(breakdown.label(of: $0.value))) \(numbers.integer($0.count))" }
                    .joined(separator: ", "))
        }
        if !breakdowns.isEmpty { html += "<p class=\"breakdowns\">\(breakdowns.joined(separator: "<br>"))</p>\n" }
        html += "</article>\n"
        return html
    }

    /// The quarter's reports by review state, and those sent back with what was asked.
    private func reviews(_ summary: Summary) -> HTML {
        let sentBack = summary.signatories.filter { $0.review?.state == .changesRequested }.map {
            signatory -> HTML in
            let review = signatory.review
            let comment = review?.comment.map { comment -> HTML in "<div class=\"comment\">\(Self.lines(comment))</div>"
            }
            return
                "<li><div><strong>\(signatory.name)</strong> <span class=\"muted small\">\(t(labels.reviewedBy(.changesRequested, by: review?.by, on: review?.on)))</span>\(comment ?? HTML())</div></li>"
        }
        let list: HTML =
            sentBack.isEmpty
            ? "<p class=\"muted\">\(t(labels.noChangesRequested))</p>" : "<ul class=\"plain\">\(sentBack.joined())</ul>"
        return
            "<section class=\"reviews\">\n<h2>\(t(labels.reviews))</h2>\n<div class=\"legend\">\(reviewLegend(summary))</div>\n<h3>\(t(labels.changesRequested)) (\(sentBack.count))</h3>\(list)\n</section>\n"
    }

    /// Each review state with its count.
    func reviewLegend(_ summary: Summary) -> HTML {
        ReviewState.allCases.map { state -> HTML in
            "<span><i class=\"swatch \(Self.reviewClass(state))\"></i>\(t(state.label)) \(numbers.integer(summary.reviewCounts[state] ?? 0))</span>"
        }.joined()
    }

    /// Per goal, completeness and timeliness over the quarters: small multiples.
    func goalTrends(_ summary: Summary) -> HTML {
        guard summary.quarters.count > 0, !summary.goals.isEmpty else { return HTML() }
        var html: HTML =
            "<section class=\"trends\">\n<h2>\(t(labels.goalTrend))</h2>\n<p class=\"muted small\">\(t(labels.goalTrendHelp))</p>\n"
        html += "<div class=\"history\">"
        let first = summary.quarters.first.map(\.description) ?? ""
        let last = summary.quarters.last.map(\.description) ?? ""
        for goal in summary.goals {
            let points = zip(summary.quarters, goal.filingByQuarter).map { quarter, counts in
                "\(quarter) \(labels.completeness.text(language)) \(numbers.percent(counts.completeness)), \(labels.timeliness.text(language)) \(numbers.percent(counts.timeliness))"
            }.joined(separator: "; ")
            let chart = SVGChart.filingTrend(goal.filingByQuarter, label: goal.name.text(language) + ": " + points)
            html +=
                "<figure>\(chart)<figcaption>\(t(goal.name))<span class=\"muted\">\(first) – \(last)</span></figcaption></figure>"
        }
        html += "</div>\n</section>\n"
        return html
    }

    /// One small chart per indicator with a history: the value against the expected trajectory.
    func historyCharts(_ signatory: SignatorySummary) -> HTML {
        let charts = signatory.indicators.filter { !$0.history.isEmpty }.map { indicator -> HTML in
            let points = indicator.history.map {
                "\($0.quarter) \(numbers.value($0.value, unit: indicator.unit)) (\(labels.expectedMarker.text(language)) \(numbers.percent($0.expected)))"
            }.joined(separator: "; ")
            let first = indicator.history.first?.quarter.description ?? ""
            let last = indicator.history.last?.quarter.description ?? ""
            let chart = SVGChart.history(indicator, label: indicator.label.text(language) + ": " + points)
            return
                "<figure>\(chart)<figcaption>\(t(indicator.label))<span class=\"muted\">\(first) – \(last)</span></figcaption></figure>"
        }
        guard !charts.isEmpty else { return HTML() }
        return "<div class=\"history\" aria-label=\"\(t(labels.history))\">\(charts.joined())</div>\n"
    }

    /// The opening of a wide table's box: on a phone the table scrolls in it, not the page; named
    /// and focusable, so a keyboard can scroll it too (WCAG 2.1.1).
    static func scrollBox(_ name: String) -> HTML {
        "<div class=\"table-scroll\" tabindex=\"0\" role=\"region\" aria-label=\"\(name)\">"
    }

    static func reviewClass(_ state: ReviewState) -> String { "r-" + state.rawValue }

    /// Multi-line text: each line escaped, joined by line breaks.
    static func lines(_ text: String) -> HTML {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { HTML(text: String($0)) }.joined(
            separator: "<br>")
    }

    func indicatorTable(_ signatory: SignatorySummary) -> HTML {
        guard !signatory.indicators.isEmpty else { return "<p class=\"muted\">\(t(labels.noIndicators))</p>\n" }
        var html: HTML =
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
            let bar = SVGChart.progress(
                indicator.progress, expected: indicator.expected, status: indicator.status, label: label)
            html += "<tr><td>\(t(indicator.label))</td>"
            html +=
                "<td class=\"num\">\(numbers.value(indicator.value, unit: indicator.unit)) / \(numbers.value(indicator.target, unit: indicator.unit))</td>"
            html += "<td class=\"bar\">\(bar)</td>"
            html += "<td class=\"num\">\(progress)</td><td class=\"num muted\">\(expected)</td>"
            html +=
                "<td><span class=\"badge \(HTMLPalette.cssClass(indicator.status))\">\(t(indicator.status.label))</span></td></tr>\n"
        }
        html += "</tbody></table>\n"
        return html
    }
}
