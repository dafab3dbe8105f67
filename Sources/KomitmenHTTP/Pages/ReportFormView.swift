import Foundation
import KomitmenCore
import KomitmenRender

/// The report form as HTML: the pledged indicators (label, unit, target, what to count), each
/// section as rows of fields with an "add a row" button (a submit: no script), the narrative and
/// evidence, then the upload and the blank template. Its buttons check (the check page files);
/// mistakes appear beside their fields and in a list at the top.
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

    /// A phrase in the form's language: text, escaped where it is interpolated.
    private func t(_ phrase: Phrase) -> String { phrase.text(language) }
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

    func render() -> HTML {
        let action = "/reports/\(quarter)/\(signatory.id)"
        var out: HTML = "<p>\(signatory.name) · \(t(PageWords.dueDate)) \(due)</p>\n"
        if let review {
            out += "<div class=\"notice note\"><strong>\(t(PageWords.reviewState(review.state)))</strong>"
            if let comment = review.comment { out += "<blockquote>\(comment)</blockquote>" }
            out += "</div>\n"
        }
        out += errorList()
        let editable = editableForm(action)
        // A report of thousands of rows or long texts would make a page of megabytes (DESIGN: a
        // page is at most 200 KB): it is then offered as a file to download, correct and upload.
        if editable.byteCount <= Self.formBudget {
            out += editable
        } else {
            out += PageHTML.notice(PageWords.formTooLarge(editable.byteCount / 1000).text(language), kind: "note")
            out += "<p><a href=\"\(action)/file\">\(t(PageWords.downloadReport))</a></p>\n"
        }
        out += """
            <section class="card"><h2>\(t(PageWords.orUpload))</h2>
            <form method="post" action="\(action)/upload" enctype="multipart/form-data">\(PageHTML.csrfField(csrf))
            <label for="upload-file">\(t(PageWords.uploadFile))</label>
            <input type="file" id="upload-file" name="file" accept=".yaml,.yml,application/yaml,text/yaml">
            <button type="submit">\(t(PageWords.upload))</button></form>
            <p><a href="\(action)/template">\(t(PageWords.downloadTemplate))</a></p></section>

            """
        return out
    }

    /// A page's room for the editable form, the rest of the page (bar, notes, upload) aside.
    static let formBudget = 180_000

    /// The form itself: every indicator, section row, the narrative and the evidence.
    private func editableForm(_ action: String) -> HTML {
        var out: HTML =
            "<form method=\"post\" action=\"\(action)\" class=\"report\" novalidate>\n\(PageHTML.csrfField(csrf))\n"
        // The first submit button is the one Enter presses: checking, never adding a row, and
        // never filing (only the check page files).
        out +=
            "<button type=\"submit\" name=\"action\" value=\"check\" class=\"hidden-default\" tabindex=\"-1\" aria-hidden=\"true\">\(t(PageWords.check))</button>\n"
        out += indicatorsFieldset()
        for section in plugin?.sections ?? [] { out += sectionFieldset(section) }
        out += """
            <fieldset><div class="\(fieldClass("narrative"))"><label for="\(Self.anchor("narrative"))">\(t(PageWords.narrative))</label>
            <p class="help" id="narrative-help">\(t(PageWords.narrativeHelp))</p>
            \(fieldErrorsHTML("narrative"))<textarea id="\(Self.anchor("narrative"))" name="narrative" rows="5" aria-describedby="narrative-help">\(form.narrative)</textarea></div>
            <div class="\(fieldClass("evidence"))"><label for="\(Self.anchor("evidence"))">\(t(PageWords.evidence))</label>
            <p class="help" id="evidence-help">\(t(PageWords.evidenceHelp))</p>
            \(fieldErrorsHTML("evidence"))<textarea id="\(Self.anchor("evidence"))" name="evidence" rows="3" aria-describedby="evidence-help">\(form.evidence)</textarea></div>
            </fieldset>
            <p><button type="submit" name="action" value="check" class="primary">\(t(PageWords.check))</button></p>
            </form>

            """
        return out
    }

    private func fieldClass(_ name: String) -> HTML { fieldErrors[name] != nil ? "field invalid" : "field" }

    private func errorList() -> HTML {
        guard !topErrors.isEmpty || headline != nil else { return HTML() }
        var out: HTML = "<div class=\"errors\" role=\"alert\" id=\"errors\"><h2>\(headline ?? "")</h2><ul>\n"
        for (field, diagnostic) in topErrors {
            let text = message(diagnostic)
            if let field {
                out += "<li><a href=\"#\(Self.anchor(field))\">\(label(of: field)): \(text)</a></li>\n"
            } else {
                out += "<li>\(t(PageWords.line)) \(diagnostic.mark.line): \(text)</li>\n"
            }
        }
        out += "</ul></div>\n"
        return out
    }

    /// `validate`'s words: the message, then its hint.
    func message(_ diagnostic: Diagnostic) -> String { Self.message(diagnostic, language) }

    static func message(_ diagnostic: Diagnostic, _ language: Language) -> String {
        var text = diagnostic.message.text(language)
        if let hint = diagnostic.hint { text += " — " + hint.text(language) }
        return text
    }

    private func fieldErrorsHTML(_ field: String) -> HTML {
        (fieldErrors[field] ?? []).map { diagnostic -> HTML in
            "<p class=\"field-error\" role=\"alert\">\(message(diagnostic))</p>"
        }.joined()
    }

    /// What the top list calls a field.
    func label(of field: String) -> String {
        let parts = field.split(separator: ".").map(String.init)
        if parts.count == 2, parts[0] == "v" {
            return plugin?.indicator(parts[1])?.label.text(language) ?? parts[1]
        }
        if parts.count == 4, parts[0] == "s", let row = Int(parts[2]) {
            let section = plugin?.sections.first { $0.name == parts[1] }
            let field = section?.fields.first { $0.name == parts[3] }
            let sectionName = section.map { t($0.label) } ?? parts[1]
            return "\(sectionName) #\(row + 1) · \(field.map { t($0.label) } ?? parts[3])"
        }
        return
            (field == "narrative"
            ? PageWords.narrative : field == "evidence" ? PageWords.evidence : Phrase(verbatim: field)).text(language)
    }

    private func indicatorsFieldset() -> HTML {
        var out: HTML =
            "<fieldset><legend>\(t(PageWords.values))</legend><p class=\"help\">\(t(PageWords.valuesHelp))</p>\n"
        for (target, unit) in Self.indicators(signatory, plugin) {
            let name = ReportForm.valueName(target.indicator)
            let definition = plugin?.indicator(target.indicator)
            let value = form.values[target.indicator] ?? ""
            let invalid = fieldErrors[name] != nil
            let fieldClass: HTML = invalid ? "field invalid" : "field"
            out +=
                "<div class=\"\(fieldClass)\"><label for=\"\(Self.anchor(name))\">\(definition?.label.text(language) ?? target.indicator)</label>\n"
            out +=
                "<p class=\"help\">\(t(unit.label)) · \(t(PageWords.target)) \(formatNumber(target.target)) (\(target.by))"
            if let definition { out += " — \(definition.description.text(language))" }
            if let section = plugin?.sections.first(where: {
                $0.derivations.contains { $0.indicator == target.indicator }
            }) {
                out += " \(t(PageWords.derived(section.label)))"
            }
            out += "</p>\n\(fieldErrorsHTML(name))"
            if unit == .boolean {
                out +=
                    "<select id=\"\(Self.anchor(name))\" name=\"\(name)\">\(option("", "—", value))\(option("true", PageWords.yes.text(language), value))\(option("false", PageWords.no.text(language), value))</select>"
            } else {
                let mode = unit == .percent ? "decimal" : "numeric"
                let aria: HTML = invalid ? " aria-invalid=\"true\"" : ""
                out +=
                    "<input id=\"\(Self.anchor(name))\" name=\"\(name)\" value=\"\(value)\" inputmode=\"\(mode)\" maxlength=\"40\"\(aria)>"
            }
            out += "</div>\n"
        }
        out += "</fieldset>\n"
        return out
    }

    private func option(_ value: String, _ label: String, _ selected: String) -> HTML {
        let chosen: HTML = value == selected ? " selected" : ""
        return "<option value=\"\(value)\"\(chosen)>\(label)</option>"
    }

    private func sectionFieldset(_ section: SectionDefinition) -> HTML {
        var rows = form.rows[section.name] ?? []
        if rows.isEmpty { rows = [[:]] }
        var out: HTML =
            "<fieldset class=\"section\"><legend>\(t(section.label))</legend><p class=\"help\">\(section.description.text(language))</p>\n"
        out += "<input type=\"hidden\" name=\"rows.\(section.name)\" value=\"\(rows.count)\">\n"
        for (index, row) in rows.enumerated() {
            out += "<div class=\"row\"><p class=\"row-title\">#\(index + 1)</p>\n"
            // Without JavaScript too: the button posts the whole form, which comes back one row shorter.
            out +=
                "<button type=\"submit\" name=\"action\" value=\"remove:\(section.name):\(index)\" class=\"remove\">\(t(PageWords.removeRow(index + 1)))</button>\n"
            for field in section.fields {
                let name = ReportForm.fieldName(section.name, index, field.name)
                let given = row[field.name] ?? []
                let invalid = fieldErrors[name] != nil
                let fieldClass: HTML = invalid ? "field invalid" : "field"
                let optional: HTML = field.required ? "" : " <small>(\(t(PageWords.optional)))</small>"
                if case .choices = field.kind {
                    // A group of boxes is named by its legend: a label names one control.
                    out +=
                        "<fieldset id=\"\(Self.anchor(name))\" class=\"\(fieldClass) choices\"><legend>\(t(field.label))\(optional)</legend>"
                    out += "<p class=\"help\">\(field.description.text(language))</p>\(fieldErrorsHTML(name))"
                    out += "\(input(field, name: name, given: given, invalid: invalid))</fieldset>\n"
                    continue
                }
                out +=
                    "<div class=\"\(fieldClass)\"><label for=\"\(Self.anchor(name))\">\(t(field.label))\(optional)</label>"
                out += "<p class=\"help\">\(field.description.text(language))</p>\(fieldErrorsHTML(name))"
                out += "\(input(field, name: name, given: given, invalid: invalid))</div>\n"
            }
            out += "</div>\n"
        }
        out +=
            "<button type=\"submit\" name=\"action\" value=\"add:\(section.name)\">\(t(PageWords.addRow))</button>\n"
        out += "</fieldset>\n"
        return out
    }

    private func input(_ field: FieldDefinition, name: String, given: [String], invalid: Bool) -> HTML {
        let id = Self.anchor(name)
        let first = given.first ?? ""
        let aria: HTML = invalid ? " aria-invalid=\"true\"" : ""
        switch field.kind {
        case .choice(let choices):
            // The value sent is the YAML value; the text shown is its label.
            let options = choices.map { option($0.value, t($0.label), first) }.joined()
            return "<select id=\"\(id)\" name=\"\(name)\"\(aria)>\(option("", "—", first))\(options)</select>"
        case .choices(let choices):
            let boxes = choices.map { choice -> HTML in
                let checked: HTML = given.contains(choice.value) ? " checked" : ""
                return
                    "<label class=\"check\"><input type=\"checkbox\" name=\"\(name)\" value=\"\(choice.value)\"\(checked)> \(t(choice.label))</label>"
            }
            return boxes.joined()
        case .count, .rupiah:
            return
                "<input id=\"\(id)\" name=\"\(name)\" value=\"\(first)\" inputmode=\"numeric\" maxlength=\"40\"\(aria)>"
        case .dateInQuarter:
            return
                "<input id=\"\(id)\" name=\"\(name)\" value=\"\(first)\" type=\"date\" min=\"\(quarter.firstDay)\" max=\"\(quarter.lastDay)\"\(aria)>"
        case .url:
            return
                "<input id=\"\(id)\" name=\"\(name)\" value=\"\(first)\" type=\"url\" maxlength=\"2000\"\(aria)>"
        case .text:
            return "<input id=\"\(id)\" name=\"\(name)\" value=\"\(first)\" maxlength=\"2000\"\(aria)>"
        }
    }
}
