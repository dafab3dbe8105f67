import KomitmenYAML

/// What a report is checked against: the rest of the repository.
///
/// Copied for every report (to set its folder's quarter): what does not change from report to
/// report sits in one shared object, so a copy is one retain rather than one per field.
struct ReportContext {
    /// The quarter named by the report's folder, when it sits in one.
    var folderQuarter: Quarter?
    let shared: Shared

    var declaration: Declaration? { shared.declaration }
    var signatories: [String: Signatory] { shared.signatories }
    /// Today in the declaration's time zone; nil skips the "submitted in the future" check.
    var today: CalendarDate? { shared.today }

    init(
        declaration: Declaration?, signatories: [String: Signatory], registry: PluginRegistry,
        folderQuarter: Quarter? = nil,
        today: CalendarDate? = nil, detail: ReportDetail = .everything
    ) {
        self.folderQuarter = folderQuarter
        shared = Shared(
            declaration: declaration, signatories: signatories, registry: registry, today: today, detail: detail)
    }

    /// Everything but the folder's quarter, worked out once per load rather than for every report.
    final class Shared: Sendable {
        let declaration: Declaration?
        let signatories: [String: Signatory]
        let today: CalendarDate?
        /// What a report read in this context keeps: everything is checked either way.
        let detail: ReportDetail
        /// What a report of each known signatory is read with, by signatory id: one lookup a report.
        let bySignatory: [String: SignatoryEntry]
        /// The fields a report may have when its signatory or kind is unknown.
        let knownFieldsOfAnyKind: [String]

        init(
            declaration: Declaration?, signatories: [String: Signatory], registry: PluginRegistry,
            today: CalendarDate?, detail: ReportDetail = .everything
        ) {
            self.detail = detail
            self.declaration = declaration
            self.signatories = signatories
            self.today = today
            var plugins: [String: ReportPlugin] = [:]
            for plugin in registry.plugins where plugins[plugin.kind] == nil {
                plugins[plugin.kind] = ReportPlugin(plugin)
            }
            bySignatory = signatories.mapValues { signatory in
                SignatoryEntry(
                    signatory: signatory, plugin: plugins[signatory.stakeholder],
                    firstQuarter: declaration.map { signatory.firstQuarter($0) })
            }
            knownFieldsOfAnyKind = Report.baseFields + registry.plugins.flatMap { $0.sections.map(\.name) }
        }
    }

    /// A known signatory, its plugin, and which of the plugin's indicators it pledged. A class:
    /// a report's reads share it (a struct holding the signatory was copied for every value read).
    final class SignatoryEntry: Sendable {
        let signatory: Signatory
        let plugin: ReportPlugin?
        /// By index into the plugin's indicators: pledged or not.
        let pledged: [Bool]
        /// The first quarter it reports for; nil without a declaration.
        let firstQuarter: Quarter?
        /// By index into the plugin's indicators: the pledged ones' plausibility references.
        let pledges: [PledgedIndicator?]

        init(signatory: Signatory, plugin: ReportPlugin?, firstQuarter: Quarter?) {
            self.signatory = signatory
            self.plugin = plugin
            self.firstQuarter = firstQuarter
            pledged = plugin?.plugin.indicators.map { signatory.namedIndicators.contains($0.id) } ?? []
            pledges =
                plugin?.plugin.indicators.map {
                    PledgedIndicator($0, of: signatory, firstQuarter: firstQuarter)
                } ?? []
        }
    }
}

/// A plugin as reports are read with it: its indicator ids with their lengths, and the fields its
/// reports may have. A class, so a report's lookups share it instead of copying the plugin's arrays.
final class ReportPlugin: Sendable {
    let plugin: StakeholderPlugin
    /// `plugin.indicators`' ids and their lengths in UTF-8 bytes, by index.
    private let ids: [String]
    private let idLengths: [Int]
    let knownFields: [String]
    /// Whether a section derives a value: only then are written values' marks kept.
    let derives: Bool

    init(_ plugin: StakeholderPlugin) {
        self.plugin = plugin
        derives = plugin.sections.contains { !$0.derivations.isEmpty }
        ids = plugin.indicators.map(\.id)
        idLengths = ids.map(\.utf8.count)
        knownFields = Report.baseFields + plugin.sections.map(\.name)
    }

    /// The index of the first indicator with this id. The few ids of a plugin are searched in
    /// order, each compared only when its length matches: hashing the key (as a dictionary does)
    /// cost more than that, and comparing every id in full (as `indicator(_:)` does) more again.
    func indicatorIndex(_ id: String) -> Int? {
        let length = id.utf8.count
        for index in ids.indices where idLengths[index] == length && ids[index] == id { return index }
        return nil
    }
}

extension Report {
    static let baseFields = ["signatory", "period", "submitted", "values", "narrative", "evidence"]

    /// Whether `diagnostic` is this reading's "missing field" or "has no value" for the report's
    /// top-level `key`: the served intake says those of `submitted` in its own words.
    public static func isMissing(_ key: String, _ diagnostic: Diagnostic) -> Bool {
        (diagnostic.code == .missingField && diagnostic.message == CoreWords.missingField(key))
            || (diagnostic.code == .emptyField && diagnostic.message == CoreWords.fieldHasNoValue(key))
    }

    /// A report from its file's root node, in three steps: the header (`signatory`, `period`,
    /// `submitted`), the values written, then the plugin's sections and what they derive. Nil when
    /// any step found an error.
    static func decode(_ root: Node, context: ReportContext, diagnostics: inout [Diagnostic]) -> Report? {
        let start = diagnostics.count
        // The plugin is known only once the signatory is; read that key first.
        let entry = signatoryEntry(of: root, in: context)
        let known = entry?.plugin?.knownFields ?? context.shared.knownFieldsOfAnyKind
        let fields = FieldReader(reading: root, known: known, diagnostics: &diagnostics)
        guard fields.isMapping else { return nil }

        let header = Header(fields, entry: entry, context: context, &diagnostics)
        // Everything is read and checked; what the context's detail does not keep is not stored
        // (a table or list made for every report, only to be let go).
        let detail = context.shared.detail
        let narrative = readNarrative(fields, &diagnostics)
        let evidence = readEvidence(fields, keeping: detail == .everything, &diagnostics)
        let keepsValues = detail != .reviewed
        var values = WrittenValues(fields, entry: entry, keepingValues: keepsValues, &diagnostics)
        var sections: [String: [SectionEntry]] = [:]
        if let plugin = entry?.plugin, let period = header.period {
            sections = values.readSections(
                of: plugin, from: fields, quarter: period, keepingEntries: keepsValues, pledges: entry?.pledges ?? [],
                &diagnostics)
        }
        let hasErrors = diagnostics[start...].contains { $0.severity == .error }
        // A report with an error is not accepted: blanks and emptiness are asked of it once it is
        // fixed, not piled on the error that says what is wrong.
        if !hasErrors { checkBlanks(values, fields: fields, entry: entry, period: header.period, &diagnostics) }
        guard !hasErrors, let id = header.signatory, let period = header.period, let submitted = header.submitted else {
            return nil
        }
        var report = Report(
            signatory: id, period: period, submitted: submitted, values: values.values, sections: sections,
            narrative: detail == .everything ? narrative : nil, evidence: evidence, file: root.file)
        report.largeSums = values.largeSums
        return report
    }

    /// The entry of the signatory named by the first `signatory` key, if it is known: the pairs
    /// read in place (`root["signatory"]` gave a `Node?`, destroyed through the runtime's generic
    /// code for every report).
    private static func signatoryEntry(of root: Node, in context: ReportContext) -> ReportContext.SignatoryEntry? {
        guard case .mapping(let pairs) = root.content else { return nil }
        for index in pairs.indices {
            guard case .scalar(let key) = pairs[index].key.content, key.value == "signatory" else { continue }
            guard case .scalar(let value) = pairs[index].value.content else { return nil }
            return context.shared.bySignatory[value.value]
        }
        return nil
    }
}
