import KomitmenCore

/// The summary as a spreadsheet: one row per signatory × pledged indicator (a signatory without
/// pledged indicators still gets one row, so a missing report is never hidden).
///
/// RFC 4180: CRLF line ends; a field with a comma, quote, CR or LF is quoted, its quotes doubled.
/// UTF-8 with a byte-order mark, so spreadsheet programs open it as UTF-8 without an import
/// dialog. The header row, filing states and statuses are in `language`; numbers are exact, with
/// `.` as the decimal point (ratios as fractions, as in JSON).
public struct CSVRenderer: SummaryRenderer {
    public var language: Language
    /// `wide`: one row per signatory × indicator at the quarter; `long`: one row per signatory ×
    /// indicator × quarter of its history, which spreadsheets pivot easily.
    public var layout: CSVLayout

    public init(language: Language = .en, layout: CSVLayout = .wide) {
        self.language = language
        self.layout = layout
    }

    static let byteOrderMark = "\u{FEFF}"

    public var header: [String] {
        let labels = Labels.shared
        return [
            labels.quarter, labels.asOf, labels.signatoryID, labels.signatory, labels.stakeholder, labels.region,
            labels.filing, labels.daysLate,
            labels.submitted, labels.pledge, labels.goal, labels.indicatorID, labels.indicator, labels.unit,
            labels.value, labels.target, labels.baseline,
            labels.progress, labels.expectedProgress, labels.status, labels.review, labels.reviewComment,
        ].map { $0.text(language) }
    }

    public func render(_ summary: Summary) -> String {
        layout == .long ? renderLong(summary) : renderWide(summary)
    }

    func renderWide(_ summary: Summary) -> String {
        var rows = [header]
        for signatory in summary.signatories {
            let common = [
                summary.quarter.description, summary.asOf.description, Self.text(signatory.id),
                Self.text(signatory.name),
                Self.text(summary.stakeholderName(signatory.stakeholder).text(language)),
                Self.text(signatory.region ?? ""),
                signatory.filing.label.text(language),
                signatory.filing == .late ? signatory.daysLate.map(String.init) ?? "" : "",
                signatory.submitted?.description ?? "",
            ]
            let review = [
                signatory.review?.state.label.text(language) ?? "", Self.text(signatory.review?.comment ?? ""),
            ]
            if signatory.indicators.isEmpty {
                rows.append(common + Array(repeating: "", count: header.count - common.count - review.count) + review)
            }
            for indicator in signatory.indicators {
                rows.append(
                    common + [
                        Self.text(indicator.pledge), Self.text(summary.goalName(indicator.goal).text(language)),
                        Self.text(indicator.id),
                        Self.text(indicator.label.text(language)), indicator.unit.label.text(language),
                        Self.number(indicator.value), Self.number(indicator.target), Self.number(indicator.baseline),
                        Self.number(indicator.progress), Self.number(indicator.expected),
                        indicator.status.label.text(language),
                    ] + review)
            }
        }
        return Self.document(rows)
    }

    /// Rows as RFC 4180 text, with the byte-order mark.
    static func document(_ rows: [[String]]) -> String {
        byteOrderMark + rows.map { $0.map(field).joined(separator: ",") + "\r\n" }.joined()
    }

    /// An exact number, or an empty field for none.
    static func number(_ value: Double?) -> String {
        guard let value, value.isFinite else { return "" }
        return JSONValue.format(value)
    }

    /// Text from YAML files: a spreadsheet runs a cell as a formula when it starts with `=`, `+`,
    /// `-` or `@`, also after leading blanks, and some when it starts with a tab or CR; such text
    /// is prefixed with an apostrophe (which spreadsheets show as text). Numbers are written by
    /// `number(_:)`, never through here, so a negative number stays a number.
    static func text(_ text: String) -> String {
        guard let first = text.unicodeScalars.first else { return text }
        if first == "\t" || first == "\r" { return "'" + text }
        let start = text.unicodeScalars.first {
            !($0 == " " || $0 == "\t" || $0 == "\r" || $0 == "\n" || $0 == "\u{A0}" || $0 == "\u{3000}")
        }
        guard let start, "=+-@".unicodeScalars.contains(start) else { return text }
        return "'" + text
    }

    /// One field, quoted when it holds a comma, a quote, CR or LF.
    public static func field(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\r" || $0 == "\n" || $0 == "\r\n" }) else {
            return text
        }
        return "\"" + text.split(separator: "\"", omittingEmptySubsequences: false).joined(separator: "\"\"") + "\""
    }
}
