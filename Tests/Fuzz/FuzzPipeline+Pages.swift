// The served form page and check page of every fuzzed report: compiled from
// Sources/KomitmenHTTP/Pages (the files that need no HTTP: ReportForm, ReportFormView, ReportView,
// PageHTML, PageWords) by
// .ci/fuzz-pipeline.sh, since Hummingbird, NIO and GRDB cannot sensibly be built by hand with the
// fuzzer's sanitizers. The page a signatory or the secretariat opens is this view inside the
// page frame (navigation, a few hundred bytes), the same for both.
import Foundation
import KomitmenCore
import KomitmenRegistry
import KomitmenRender
import KomitmenYAML

/// DESIGN, "Served intake": every page at most 200 KB; the frame around the view is under 2 KB.
let pageLimit = 200_000
let pageFrame = 2_000

/// Every report read: its form (as the form page fills it) in both languages stays under the page
/// bound, and the YAML the form files back reads again.
func checkFormPages(_ repository: Repository) {
    guard let declaration = repository.declaration else { return }
    for report in repository.reports {
        guard let signatory = repository.signatory(report.signatory) else { continue }
        let plugin = compiledInPlugins.plugin(signatory.stakeholder)
        let form = ReportForm(report, plugin: plugin)
        for language in Language.allCases {
            let view = ReportFormView(
                signatory: signatory, quarter: report.period, due: declaration.dueDate(report.period),
                plugin: plugin, form: form, csrf: String(repeating: "c", count: 43), language: language)
            let page = view.render().markup
            if verbose {
                say("--- form page \(report.period) \(report.signatory) \(language): \(page.utf8.count) bytes")
            }
            check(
                page.utf8.count + pageFrame <= pageLimit,
                "the form page of \(report.period) \(report.signatory) is \(page.utf8.count) bytes (\(language))")
            checkNoEscape(page, "form page")
            // The check page: the report in the plugin's words (its sections cut to a page's
            // worth), then the form as hidden fields (a check page over the form's budget is
            // answered with the form page, which then offers the file instead).
            let shown = ReportView(report: report, signatory: signatory, plugin: plugin, language: language).render()
            check(
                shown.byteCount + pageFrame <= pageLimit,
                "the report view of \(report.period) \(report.signatory) is \(shown.byteCount) bytes (\(language))")
            let hidden = form.hiddenFields(
                indicators: ReportFormView.indicators(signatory, plugin).map { $0.target.indicator }, plugin: plugin)
            let checkPage = (shown + hidden).markup
            checkNoEscape(checkPage, "check page")
        }
        let indicators = ReportFormView.indicators(signatory, plugin).map { ($0.target.indicator, $0.unit) }
        let built = form.yaml(signatory: signatory.id, quarter: report.period, indicators: indicators, plugin: plugin)
        do {
            _ = try YAMLDocument.parse(SourceText(path: "form.yaml", text: built.text))
        } catch {
            check(false, "the YAML the form files does not read: \(error.message.en) at \(error.mark)")
        }
    }
}
