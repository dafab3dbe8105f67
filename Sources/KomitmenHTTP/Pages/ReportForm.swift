import Foundation
import KomitmenCore
import KomitmenYAML

/// What the report form holds, as the browser sent it (text, never parsed here): the pledged
/// indicators' values, each section's rows, the narrative and the evidence links. The YAML it
/// files is built from it (`ReportForm+YAML`), and a failed filing shows it again as typed.
struct ReportForm: Sendable {
    /// Indicator id → text.
    var values: [String: String] = [:]
    /// Section name → rows, each field name → its values (several for a `choices` field).
    var rows: [String: [[String: [String]]]] = [:]
    var narrative = ""
    /// One link or document number per line.
    var evidence = ""

    /// At most this many rows per section (a bound on the page and on the YAML built).
    static let maxRows = 500

    /// Field names on the page: `v.<indicator>`, `s.<section>.<row>.<field>`, `rows.<section>`.
    static func valueName(_ indicator: String) -> String { "v.\(indicator)" }
    static func fieldName(_ section: String, _ row: Int, _ field: String) -> String { "s.\(section).\(row).\(field)" }

    /// The form filled from a report on file (a correction starts from what was filed).
    init(_ report: Report, plugin: StakeholderPlugin?) {
        let units = Dictionary(
            (plugin?.indicators ?? []).map { ($0.id, $0.unit) }, uniquingKeysWith: { first, _ in first })
        // A value a listed section derives is left to the section (written too, it must agree).
        let derived = Self.derivedIndicators(report, plugin)
        for (indicator, value) in report.values where !derived.contains(indicator) {
            if units[indicator] == .boolean {
                values[indicator] = value != 0 ? "true" : "false"
            } else {
                values[indicator] = value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
            }
        }
        for section in plugin?.sections ?? [] {
            rows[section.name] = (report.sections[section.name] ?? []).prefix(Self.maxRows).map { entry in
                var fields: [String: [String]] = [:]
                for field in section.fields {
                    if let value = entry.value(field.name) { fields[field.name] = value.words }
                }
                return fields
            }
        }
        narrative = report.narrative ?? ""
        evidence = report.evidence.joined(separator: "\n")
    }

    init() {}

    /// The indicators `report`'s listed sections derive (a section with at least one entry).
    static func derivedIndicators(_ report: Report, _ plugin: StakeholderPlugin?) -> Set<String> {
        Set(
            (plugin?.sections ?? []).filter { !(report.sections[$0.name] ?? []).isEmpty }
                .flatMap { $0.derivations.map(\.indicator) })
    }

    /// Written values come from the sections' derivations too; an empty form still shows one row
    /// per section so there is somewhere to start.
    mutating func addRow(_ section: String) {
        guard rows[section, default: []].count < Self.maxRows else { return }
        rows[section, default: []].append([:])
    }

    /// Takes row `index` (0-based) out of `section`; the rows after it move up. An action naming
    /// no row is ignored (the page is shown again as it was).
    mutating func removeRow(_ section: String, _ index: Int) {
        guard var list = rows[section], list.indices.contains(index) else { return }
        list.remove(at: index)
        rows[section] = list
    }

    /// `remove:<section>:<row>` → the section and the 0-based row, or nil when malformed.
    static func removal(_ action: String) -> (section: String, row: Int)? {
        guard action.hasPrefix("remove:") else { return nil }
        let rest = action.dropFirst("remove:".count)
        guard let colon = rest.lastIndex(of: ":"), let row = Int(rest[rest.index(after: colon)...]) else { return nil }
        return (String(rest[..<colon]), row)
    }

    /// Rows with at least one non-empty field (the blank rows "add a row" made are not filed).
    func filledRows(_ section: String) -> [(index: Int, fields: [String: [String]])] {
        (rows[section] ?? []).enumerated().compactMap { index, fields in
            fields.values.contains { $0.contains { !$0.trimmingCharacters(in: .whitespaces).isEmpty } }
                ? (index, fields) : nil
        }
    }
}
