import Foundation
import KomitmenCore
import KomitmenRender

/// The report form as HTML: the pledged indicators (label, unit, target, what to count), each
/// section as rows of fields with an "add a row" button (a submit: no script), the narrative and
/// evidence, then the upload and the blank template. Mistakes appear beside their fields and in
/// a list at the top.
struct ReportFormView {
    var signatory: Signatory
    var quarter: Quarter
    var due: CalendarDate
    var plugin: StakeholderPlugin?
    var form: ReportForm
    var csrf: String
    var language: Language
    /// Form field name → the diagnostics placed on it.
    var fieldErrors: [String: [Diagnostic]] = [:]
    /// The list at the top: (form field or nil, diagnostic).
    var topErrors: [(field: String?, diagnostic: Diagnostic)] = []
    var headline: String?
    var review: (state: ReviewState, comment: String?)?

    private func t(_ phrase: Phrase) -> String { PageHTML.h(phrase.text(language)) }
    private func h(_ text: String) -> String { PageHTML.h(text) }
    static func anchor(_ field: String) -> String { "f-" + field.replacingOccurrences(of: ".", with: "-") }

    /// The pledged indicators, each once, in the order of the pledges.
    static func indicators(_ signatory: Signatory, _ plugin: StakeholderPlugin?) -> [(
        target: IndicatorTarget, unit: IndicatorUnit
    )] {
        var seen: Set<String> = []
        return signatory.targets.compactMap { _, target in
            guard seen.insert(target.indicator).inserted else { return nil }
            return (target, plugin?.indicator(target.indicator)?.unit ?? .count)
        }
    }

    func render() -> String {
        let action = "/reports/\(quarter)/\(h(signatory.id))"
        var out = "<p>\(h(signatory.name)) · \(t(PageWords.dueDate)) \(due)</p>\n"
        if let review {
            out += "<div class=\"notice note\"><strong>\(t(PageWords.reviewState(review.state)))</strong>"
            if let comment = review.comment { out += "<blockquote>\(h(comment))</blockquote>" }
            out += "</div>\n"
        }
        out += errorList()
        let editable = editableForm(action)
        // A report of thousands of rows or long texts would make a page of megabytes (DESIGN: a
        // page is at most 200 KB): it is then offered as a file to download, correct and upload.
        out +=
            editable.utf8.count <= Self.formBudget
            ? editable
            : PageHTML.notice(PageWords.formTooLarge(editable.utf8.count / 1000).text(language), kind: "note")
                + "<p><a href=\"\(action)/file\">\(t(PageWords.downloadReport))</a></p>\n"
        out += """
            <section class="card"><h2>\(t(PageWords.orUpload))</h2>
            <form method="post" action="\(action)/upload" enctype="multipart/form-data">\(PageHTML.csrfField(csrf))
            <input type="file" name="file" accept=".yaml,.yml,application/yaml,text/yaml">
            <button type="submit">\(t(PageWords.upload))</button></form>
            <p><a href="\(action)/template">\(t(PageWords.downloadTemplate))</a></p></section>

            """
        return out
    }

    /// A page's room for the editable form, the rest of the page (bar, notes, upload) aside.
    static let formBudget = 180_000

    /// The form itself: every indicator, section row, the narrative and the evidence.
    private func editableForm(_ action: String) -> String {
        var out =
            "<form method=\"post\" action=\"\(action)\" class=\"report\" novalidate>\n\(PageHTML.csrfField(csrf))\n"
        // The first submit button is the one Enter presses: saving, never adding a row.
        out +=
            "<button type=\"submit\" name=\"action\" value=\"save\" class=\"hidden-default\" tabindex=\"-1\" aria-hidden=\"true\">\(t(PageWords.save))</button>\n"
        out += indicatorsFieldset()
        for section in plugin?.sections ?? [] { out += sectionFieldset(section) }
        out += """
            <fieldset><legend>\(t(PageWords.narrative))</legend>
            \(fieldErrorsHTML("narrative"))<textarea id="\(Self.anchor("narrative"))" name="narrative" rows="5" maxlength="20000">\(h(form.narrative))</textarea>
            </fieldset>
            <fieldset><legend>\(t(PageWords.evidence))</legend><p class="help">\(t(PageWords.evidenceHelp))</p>
            \(fieldErrorsHTML("evidence"))<textarea id="\(Self.anchor("evidence"))" name="evidence" rows="3" maxlength="20000">\(h(form.evidence))</textarea>
            </fieldset>
            <p><button type="submit" name="action" value="save" class="primary">\(t(PageWords.save))</button></p>
            </form>

            """
        return out
    }

    private func errorList() -> String {
        guard !topErrors.isEmpty || headline != nil else { return "" }
        var out = "<div class=\"errors\" role=\"alert\" id=\"errors\"><h2>\(h(headline ?? ""))</h2><ul>\n"
        for (field, diagnostic) in topErrors {
            let text = message(diagnostic)
            if let field {
                out += "<li><a href=\"#\(Self.anchor(field))\">\(h(label(of: field))): \(h(text))</a></li>\n"
            } else {
                out += "<li>\(t(PageWords.line)) \(diagnostic.mark.line): \(h(text))</li>\n"
            }
        }
        return out + "</ul></div>\n"
    }

    /// `validate`'s words: the message, then its hint.
    func message(_ diagnostic: Diagnostic) -> String {
        var text = diagnostic.message.text(language)
        if let hint = diagnostic.hint { text += " — " + hint.text(language) }
        return text
    }

    private func fieldErrorsHTML(_ field: String) -> String {
        (fieldErrors[field] ?? []).map { "<p class=\"field-error\" role=\"alert\">\(h(message($0)))</p>" }.joined()
    }

    /// What the top list calls a field.
    func label(of field: String) -> String {
        let parts = field.split(separator: ".").map(String.init)
        if parts.count == 2, parts[0] == "v" {
            return plugin?.indicator(parts[1])?.label.text(language) ?? parts[1]
        }
        if parts.count == 4, parts[0] == "s", let row = Int(parts[2]) {
            return "\(parts[1]) #\(row + 1) · \(parts[3])"
        }
        return
            (field == "narrative"
            ? PageWords.narrative : field == "evidence" ? PageWords.evidence : Phrase(verbatim: field)).text(language)
    }

    private func indicatorsFieldset() -> String {
        var out = "<fieldset><legend>\(t(PageWords.values))</legend><p class=\"help\">\(t(PageWords.valuesHelp))</p>\n"
        for (target, unit) in Self.indicators(signatory, plugin) {
            let name = ReportForm.valueName(target.indicator)
            let definition = plugin?.indicator(target.indicator)
            let value = form.values[target.indicator] ?? ""
            let invalid = fieldErrors[name] != nil
            out +=
                "<div class=\"field\(invalid ? " invalid" : "")\"><label for=\"\(Self.anchor(name))\">\(h(definition?.label.text(language) ?? target.indicator))</label>\n"
            out +=
                "<p class=\"help\">\(t(unit.label)) · \(t(PageWords.target)) \(h(formatNumber(target.target))) (\(target.by))"
            if let definition { out += " — \(h(definition.description.text(language)))" }
            if let section = plugin?.sections.first(where: {
                $0.derivations.contains { $0.indicator == target.indicator }
            }) {
                out += " \(t(PageWords.derived(section.name)))"
            }
            out += "</p>\n" + fieldErrorsHTML(name)
            if unit == .boolean {
                out +=
                    "<select id=\"\(Self.anchor(name))\" name=\"\(h(name))\">" + option("", "—", value)
                    + option("true", PageWords.yes.text(language), value)
                    + option("false", PageWords.no.text(language), value) + "</select>"
            } else {
                out +=
                    "<input id=\"\(Self.anchor(name))\" name=\"\(h(name))\" value=\"\(h(value))\" inputmode=\"\(unit == .percent ? "decimal" : "numeric")\" maxlength=\"40\"\(invalid ? " aria-invalid=\"true\"" : "")>"
            }
            out += "</div>\n"
        }
        return out + "</fieldset>\n"
    }

    private func option(_ value: String, _ label: String, _ selected: String) -> String {
        "<option value=\"\(h(value))\"\(value == selected ? " selected" : "")>\(h(label))</option>"
    }

    private func sectionFieldset(_ section: SectionDefinition) -> String {
        var rows = form.rows[section.name] ?? []
        if rows.isEmpty { rows = [[:]] }
        var out =
            "<fieldset class=\"section\"><legend>\(h(section.name))</legend><p class=\"help\">\(h(section.description.text(language)))</p>\n"
        out += "<input type=\"hidden\" name=\"rows.\(h(section.name))\" value=\"\(rows.count)\">\n"
        for (index, row) in rows.enumerated() {
            out += "<div class=\"row\"><p class=\"row-title\">#\(index + 1)</p>\n"
            for field in section.fields {
                let name = ReportForm.fieldName(section.name, index, field.name)
                let given = row[field.name] ?? []
                let invalid = fieldErrors[name] != nil
                let optional = field.required ? "" : " <small>(\(t(PageWords.optional)))</small>"
                out +=
                    "<div class=\"field\(invalid ? " invalid" : "")\"><label for=\"\(Self.anchor(name))\">\(h(field.name))\(optional)</label>"
                out += "<p class=\"help\">\(h(field.description.text(language)))</p>" + fieldErrorsHTML(name)
                out += input(field, name: name, given: given, invalid: invalid) + "</div>\n"
            }
            out += "</div>\n"
        }
        out +=
            "<button type=\"submit\" name=\"action\" value=\"add:\(h(section.name))\">\(t(PageWords.addRow))</button>\n"
        return out + "</fieldset>\n"
    }

    private func input(_ field: FieldDefinition, name: String, given: [String], invalid: Bool) -> String {
        let id = Self.anchor(name)
        let first = given.first ?? ""
        let aria = invalid ? " aria-invalid=\"true\"" : ""
        switch field.kind {
        case .choice(let values):
            return "<select id=\"\(id)\" name=\"\(h(name))\"\(aria)>" + option("", "—", first)
                + values.map { option($0, $0, first) }.joined() + "</select>"
        case .choices(let values):
            return "<span id=\"\(id)\" class=\"choices\">"
                + values.map { value in
                    "<label class=\"check\"><input type=\"checkbox\" name=\"\(h(name))\" value=\"\(h(value))\"\(given.contains(value) ? " checked" : "")> \(h(value))</label>"
                }.joined() + "</span>"
        case .count, .rupiah:
            return
                "<input id=\"\(id)\" name=\"\(h(name))\" value=\"\(h(first))\" inputmode=\"numeric\" maxlength=\"40\"\(aria)>"
        case .dateInQuarter:
            return
                "<input id=\"\(id)\" name=\"\(h(name))\" value=\"\(h(first))\" type=\"date\" min=\"\(quarter.firstDay)\" max=\"\(quarter.lastDay)\"\(aria)>"
        case .url:
            return
                "<input id=\"\(id)\" name=\"\(h(name))\" value=\"\(h(first))\" type=\"url\" maxlength=\"2000\"\(aria)>"
        case .text:
            return "<input id=\"\(id)\" name=\"\(h(name))\" value=\"\(h(first))\" maxlength=\"2000\"\(aria)>"
        }
    }
}
