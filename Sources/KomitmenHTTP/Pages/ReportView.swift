import Foundation
import KomitmenCore
import KomitmenRender

/// A report as a page, in the words of its plugin's labels (never YAML keys): each pledged
/// indicator with its value or "not reported", each section's entries as a table, the narrative
/// and the evidence, and its warnings. The check page, a locked report and every stored version
/// are shown through it.
struct ReportView {
    var report: Report
    var signatory: Signatory
    var plugin: StakeholderPlugin?
    var language: Language
    var warnings: [Diagnostic] = []

    private func t(_ phrase: Phrase) -> String { phrase.text(language) }

    func render() -> HTML {
        var out = warningList()
        out += "<p>\(t(PageWords.submittedDate)): <strong>\(report.submitted)</strong></p>\n"
        out += indicatorTable()
        for section in plugin?.sections ?? [] { out += sectionTable(section) }
        out += "<section class=\"card\"><h2>\(t(PageWords.narrative))</h2>\n"
        if let written = report.narrative, !written.isEmpty {
            // A page's worth (the file has it all); line breaks as written: paragraphs and <br>.
            let narrative = String(written.unicodeScalars.prefix(Self.textScalars))
            let paragraphs = narrative.components(separatedBy: "\n\n").map { paragraph -> HTML in
                let lines = paragraph.split(separator: "\n", omittingEmptySubsequences: false).map {
                    HTML(text: String($0))
                }
                return "<p>\(lines.joined(separator: "<br>"))</p>"
            }
            out += paragraphs.joined(separator: "\n")
            if narrative.unicodeScalars.count < written.unicodeScalars.count {
                out += "<p>\(t(PageWords.continuedInFile))</p>"
            }
        } else {
            out += "<p><em>\(t(PageWords.nothingWritten))</em></p>"
        }
        out += "</section>\n<section class=\"card\"><h2>\(t(PageWords.evidence))</h2>\n"
        if report.evidence.isEmpty {
            out += "<p><em>\(t(PageWords.nothingWritten))</em></p>"
        } else {
            let items = report.evidence.prefix(Self.evidenceShown).map { item -> HTML in
                let shown = String(item.unicodeScalars.prefix(Self.evidenceScalars))
                return "<li>\(shown)\(shown.unicodeScalars.count < item.unicodeScalars.count ? " …" : "")</li>"
            }
            out += "<ul>" + items.joined() + "</ul>"
            if report.evidence.count > Self.evidenceShown {
                out += "<p>\(t(PageWords.moreEntries(report.evidence.count - Self.evidenceShown)))</p>"
            }
        }
        out += "</section>\n"
        return out
    }

    private func warningList() -> HTML {
        guard !warnings.isEmpty else { return HTML() }
        var out: HTML =
            "<div class=\"notice note\" role=\"status\"><h2>\(t(PageWords.warnings(warnings.count)))</h2><ul>\n"
        for warning in warnings { out += "<li>\(ReportFormView.message(warning, language))</li>\n" }
        return out + "</ul></div>\n"
    }

    private func indicatorTable() -> HTML {
        var out: HTML = """
            <section class="card"><h2>\(t(PageWords.values))</h2>
            <table class="stack"><thead><tr><th scope="col">\(t(PageWords.indicator))</th><th scope="col">\(t(PageWords.value))</th><th scope="col">\(t(PageWords.targetHeading))</th></tr></thead><tbody>

            """
        let pledged = ReportFormView.indicators(signatory, plugin)
        let derived = ReportForm.derivedIndicators(report, plugin)
        var shown: Set<String> = []
        func row(_ id: String, unit: IndicatorUnit, target: HTML) {
            shown.insert(id)
            let label = plugin?.indicator(id)?.label.text(language) ?? id
            let value: HTML
            if let number = report.values[id] {
                let text = unit == .boolean ? t(number != 0 ? PageWords.yes : PageWords.no) : formatNumber(number)
                let note: HTML = derived.contains(id) ? " <small>(\(t(PageWords.countedFrom)))</small>" : ""
                value = "<strong>\(text)</strong>\(note)"
            } else {
                value = "<em class=\"blank\">\(t(PageWords.notReported))</em>"
            }
            out +=
                "<tr><th scope=\"row\">\(label)</th><td data-label=\"\(t(PageWords.value))\">\(value)</td><td data-label=\"\(t(PageWords.targetHeading))\">\(target)</td></tr>\n"
        }
        for (target, unit) in pledged {
            row(target.indicator, unit: unit, target: "\(formatNumber(target.target)) (\(target.by))")
        }
        // A value written for an indicator not pledged (a warning) is still shown.
        for id in report.values.keys.sorted() where !shown.contains(id) {
            row(id, unit: plugin?.indicator(id)?.unit ?? .count, target: "—")
        }
        return out + "</tbody></table></section>\n"
    }

    private func sectionTable(_ section: SectionDefinition) -> HTML {
        let entries = report.sections[section.name] ?? []
        var out: HTML = "<section class=\"card\"><h2>\(t(section.label))</h2>\n"
        guard !entries.isEmpty else { return out + "<p>\(t(PageWords.noEntries))</p></section>\n" }
        out += "<table class=\"stack\"><thead><tr><th scope=\"col\">#</th>"
        for field in section.fields { out += "<th scope=\"col\">\(t(field.label))</th>" }
        out += "</tr></thead><tbody>\n"
        let start = out.byteCount
        var shownRows = 0
        for (index, entry) in entries.enumerated() {
            guard index < Self.rowsShown, out.byteCount - start < Self.sectionBytes else { break }
            shownRows += 1
            out += "<tr><th scope=\"row\">\(index + 1)</th>"
            for field in section.fields {
                let shown = entry.value(field.name).map { words($0, field) } ?? "—"
                out += "<td data-label=\"\(t(field.label))\">\(shown)</td>"
            }
            out += "</tr>\n"
        }
        out += "</tbody></table>\n"
        if entries.count > shownRows {
            out += "<p>\(t(PageWords.moreEntries(entries.count - shownRows)))</p>\n"
        }
        return out + "</section>\n"
    }

    // What a page shows of a report, so it stays within a page's bound (DESIGN: 200 KB) whatever
    // the report holds; the rest is counted, and the file (a download away) has it all.
    /// Entries of a section, and bytes of its table (a text field may hold 2,000 characters).
    static let rowsShown = 100
    static let sectionBytes = 40_000
    /// Unicode scalars of the narrative (each escapes to at most 6 bytes, `&quot;`).
    static let textScalars = 5_000
    static let evidenceShown = 50
    static let evidenceScalars = 100

    /// A field's value as a person reads it: a choice by its label, a count as a number.
    private func words(_ value: FieldValue, _ field: FieldDefinition) -> String {
        switch (value, field.kind) {
        case (.choice(let word), .choice(let choices)):
            return choices.first { $0.value == word }.map { t($0.label) } ?? word
        case (.choices(let words), .choices(let choices)):
            return words.map { word in choices.first { $0.value == word }.map { t($0.label) } ?? word }
                .joined(separator: ", ")
        case (.count(let number), _), (.rupiah(let number), _):
            return formatNumber(Double(number))
        default:
            return value.words.joined(separator: ", ")
        }
    }
}
