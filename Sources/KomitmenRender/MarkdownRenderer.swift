import KomitmenCore

/// The summary as a Markdown document the secretariat pastes into a letter: headings, tables,
/// numbers rounded and grouped for reading.
public struct MarkdownRenderer: SummaryRenderer {
    public var language: Language

    public init(language: Language = .en) {
        self.language = language
    }

    private var labels: Labels { .shared }
    private var numbers: HumanNumbers { HumanNumbers(language) }
    private func t(_ phrase: Phrase) -> String { phrase.text(language) }

    public func render(_ summary: Summary) -> String {
        var blocks: [String] = []
        blocks.append("# " + Self.escape(summary.declarationTitle.text(language)))
        blocks.append("## " + Self.escape(summary.heading(language)))
        var meta = [
            "**\(t(labels.quarter)):** \(summary.quarter)",
            "**\(t(labels.asOf)):** \(numbers.date(summary.asOf))",
            "**\(t(labels.dueDate)):** \(numbers.date(summary.dueDate))",
        ]
        if let secretariat = summary.secretariat {
            meta.append("**\(t(labels.secretariat)):** \(Self.escape(secretariat))")
        }
        blocks.append(meta.joined(separator: "  \n"))
        blocks += filing(summary)
        blocks += lateAndMissing(summary)
        blocks += reviews(summary)
        blocks += rollups(t(labels.byStakeholder), column: t(labels.stakeholder), summary.stakeholders)
        blocks += rollups(t(labels.byGoal), column: t(labels.goal), summary.goals)
        blocks += totals(summary)
        blocks += signatories(summary)
        blocks.append("_\(t(labels.generatedBy)) · \(Self.escape(summary.declarationID)) · \(summary.asOf)_")
        return blocks.joined(separator: "\n\n") + "\n"
    }

    private func filing(_ summary: Summary) -> [String] {
        var rows = FilingState.displayOrder.map { [t($0.label), numbers.integer(summary.filing.count($0))] }
        rows.append(["**\(t(labels.expected))**", "**\(numbers.integer(summary.filing.expected))**"])
        rows.append(["**\(t(labels.completeness))**", "**\(numbers.percent(summary.filing.completeness))**"])
        rows.append(["**\(t(labels.timeliness))**", "**\(numbers.percent(summary.filing.timeliness))**"])
        return [
            "### " + t(labels.filing),
            Self.table(
                header: [t(labels.filing), t(labels.signatoryCount)], alignRight: [false, true], rows: rows,
                escape: false),
            "_\(t(labels.completeness)): \(t(labels.completenessHelp)); \(t(labels.timeliness)): \(t(labels.timelinessHelp))._",
        ]
    }

    private func lateAndMissing(_ summary: Summary) -> [String] {
        var blocks = ["### " + t(labels.lateReports)]
        let late = summary.lateSignatories
        if late.isEmpty {
            blocks.append(t(labels.noLateReports))
        } else {
            blocks.append(
                Self.table(
                    header: [t(labels.signatory), t(labels.stakeholder), t(labels.submitted), t(labels.daysLate)],
                    alignRight: [false, false, false, true],
                    rows: late.map {
                        [
                            $0.name, t(summary.stakeholderName($0.stakeholder)), $0.submitted?.description ?? "",
                            $0.daysLate.map { numbers.integer($0) } ?? "",
                        ]
                    }))
        }
        blocks.append("### " + t(labels.missingReports))
        let missing = summary.missingSignatories
        if missing.isEmpty {
            blocks.append(t(labels.noMissingReports))
        } else {
            blocks.append(
                Self.table(
                    header: [t(labels.signatory), t(labels.stakeholder), t(labels.region)],
                    alignRight: [false, false, false],
                    rows: missing.map {
                        [$0.name, t(summary.stakeholderName($0.stakeholder)), $0.region.map(summary.regionName) ?? ""]
                    }))
        }
        return blocks
    }

    private func rollups(_ title: String, column: String, _ rollups: [Rollup]) -> [String] {
        let states: [FilingState] = [.onTime, .late, .missing, .notDue]
        let header =
            [column, t(labels.signatoryCount)] + states.map { t($0.label) }
            + [t(labels.completeness)] + IndicatorStatus.allCases.map { t($0.label) }
        let rows = rollups.map { rollup in
            [t(rollup.name), numbers.integer(rollup.signatoryCount)]
                + states.map { numbers.integer(rollup.filing.count($0)) }
                + [numbers.percent(rollup.filing.completeness)]
                + IndicatorStatus.allCases.map { numbers.integer(rollup.statuses[$0] ?? 0) }
        }
        return [
            "### " + title,
            Self.table(
                header: header, alignRight: [false] + Array(repeating: true, count: header.count - 1), rows: rows),
        ]
    }

    private func totals(_ summary: Summary) -> [String] {
        guard !summary.totals.isEmpty else { return ["### " + t(labels.provinceTotals), t(labels.noTotals)] }
        return [
            "### " + t(labels.provinceTotals),
            Self.table(
                header: [t(labels.indicator), t(labels.total), t(labels.signatoriesReporting)],
                alignRight: [false, true, true],
                rows: summary.totals.map {
                    [t($0.label), numbers.value($0.value, unit: $0.unit), numbers.integer($0.signatoryCount)]
                }),
        ]
    }

    private func signatories(_ summary: Summary) -> [String] {
        var blocks = ["### " + t(labels.signatories)]
        for signatory in summary.signatories {
            let facts = [
                t(summary.stakeholderName(signatory.stakeholder)), signatory.region.map(summary.regionName),
                signatory.filingText(language),
                signatory.review.map { t(labels.review) + ": " + t($0.state.label) },
            ]
            .compactMap { $0 }.map(Self.escape).joined(separator: " · ")
            blocks.append("#### \(Self.escape(signatory.name)) (\(Self.code(signatory.id)))\n\n\(facts)")
            if let comment = signatory.review?.comment {
                blocks.append("> **\(t(labels.reviewComment)):** " + Self.lines(comment))
            }
            if signatory.indicators.isEmpty {
                blocks.append(t(labels.noIndicators))
            } else {
                blocks.append(
                    Self.table(
                        header: [
                            t(labels.indicator), t(labels.value), t(labels.target), t(labels.progress),
                            t(labels.expectedProgress), t(labels.status),
                        ],
                        alignRight: [false, true, true, true, true, false],
                        rows: signatory.indicators.map {
                            [
                                t($0.label), numbers.value($0.value, unit: $0.unit),
                                numbers.value($0.target, unit: $0.unit),
                                numbers.percent($0.progress), numbers.percent($0.expected), t($0.status.label),
                            ]
                        }))
            }
            let breakdowns = signatory.breakdowns.filter { !$0.counts.isEmpty }.map { breakdown in
                "- \(Self.escape(t(breakdown.sectionLabel))) · \(Self.escape(t(breakdown.fieldLabel))): "
                    + breakdown.counts.map {
                        "\(Self.escape(t(breakdown.label(of: $0.value)))) \(numbers.integer($0.count))"
                    }.joined(
                        separator: ", ")
            }
            if !breakdowns.isEmpty { blocks.append(breakdowns.joined(separator: "\n")) }
        }
        return blocks
    }

    /// The quarter's reports by review state, then each one sent back with what was asked.
    private func reviews(_ summary: Summary) -> [String] {
        var blocks = ["### " + t(labels.reviews)]
        blocks.append(
            Self.table(
                header: [t(labels.review), t(labels.signatoryCount)], alignRight: [false, true],
                rows: ReviewState.allCases.map { [t($0.label), numbers.integer(summary.reviewCounts[$0] ?? 0)] }))
        let sentBack = summary.signatories.filter { $0.review?.state == .changesRequested }
        blocks.append("**\(t(labels.changesRequested))**")
        blocks.append(
            sentBack.isEmpty
                ? t(labels.noChangesRequested)
                : sentBack.map { signatory in
                    "- \(Self.escape(signatory.name)) (\(Self.code(signatory.id))) · "
                        + Self.escape(
                            t(labels.reviewedBy(.changesRequested, by: signatory.review?.by, on: signatory.review?.on)))
                        + (signatory.review?.comment.map { ": " + Self.lines($0) } ?? "")
                }.joined(separator: "\n"))
        return blocks
    }

    /// Multi-line text kept inside one paragraph or list item: each line escaped, joined by hard breaks.
    static func lines(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { escape(String($0)) }.joined(
            separator: "<br>")
    }

    /// An id as inline code; ids are validated (`a-z`, digits, `-`), anything else is escaped text.
    static func code(_ id: String) -> String {
        id.utf8.allSatisfy({ ($0 >= 97 && $0 <= 122) || ($0 >= 48 && $0 <= 57) || $0 == 45 }) && !id.isEmpty
            ? "`\(id)`" : escape(id)
    }

    /// A pipe table; cells are escaped unless `escape` is false (cells that carry Markdown).
    static func table(header: [String], alignRight: [Bool], rows: [[String]], escape: Bool = true) -> String {
        let cell: (String) -> String = escape ? { Self.escape($0) } : { $0 }
        var lines = ["| " + header.map(Self.escape).joined(separator: " | ") + " |"]
        lines.append("|" + alignRight.map { $0 ? " ---: " : " --- " }.joined(separator: "|") + "|")
        lines += rows.map { "| " + $0.map(cell).joined(separator: " | ") + " |" }
        return lines.joined(separator: "\n")
    }

    /// Text safe inside a Markdown paragraph, heading or table cell: Markdown's punctuation
    /// backslashed, line breaks turned into spaces, `<` and `&` written as entities so no HTML gets
    /// through, a leading `>`, `+`, `-`, `=` or `1.` backslashed so the text cannot start a quote,
    /// list or rule, and control characters shown as visible escapes (`\u{1B}`).
    static func escape(_ text: String) -> String {
        var output = ""
        output.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\", "`", "*", "_", "[", "]", "|", "#", "~", "$": output += "\\" + String(scalar)
            case "<": output += "&lt;"
            case "&": output += "&amp;"
            case "\n", "\r", "\t", "\u{2028}", "\u{2029}": output += " "
            default:
                if let visible = TerminalText.visible(scalar) {
                    output += "\\" + visible  // `\\u{1B}` renders as `\u{1B}`
                } else {
                    output.unicodeScalars.append(scalar)
                }
            }
        }
        return escapeLeadingMarker(output)
    }

    /// `> quote`, `- item`, `+ item`, `=` or `-` underlines and `1. item` / `1) item` at the start
    /// of a block; the escaped text may start a paragraph, so its first such marker is backslashed.
    private static func escapeLeadingMarker(_ text: String) -> String {
        let body = text.drop { $0 == " " }
        let blanks = text.prefix(text.count - body.count)
        guard let first = body.first else { return text }
        if ">+-=".contains(first) { return blanks + "\\" + body }
        let digits = body.prefix { $0.isASCII && $0.isNumber }
        if !digits.isEmpty, let after = body.dropFirst(digits.count).first, after == "." || after == ")" {
            return blanks + digits + "\\" + body.dropFirst(digits.count)
        }
        return text
    }
}
