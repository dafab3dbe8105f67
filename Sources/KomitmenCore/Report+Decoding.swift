import KomitmenYAML

/// What a report is checked against: the rest of the repository.
struct ReportContext {
    var declaration: Declaration?
    var signatories: [String: Signatory]
    var registry: PluginRegistry
    /// The quarter named by the report's folder, when it sits in one.
    var folderQuarter: Quarter?
    /// Today in the declaration's time zone; nil skips the "submitted in the future" check.
    var today: CalendarDate?
    /// The fields a report may have, by stakeholder kind, and when the kind is unknown: listed once
    /// here rather than for every report.
    let knownFields: [String: [String]]
    let knownFieldsOfAnyKind: [String]
    /// Each signatory's pledged indicator ids, by signatory id.
    let pledged: [String: [String]]

    init(
        declaration: Declaration?, signatories: [String: Signatory], registry: PluginRegistry,
        folderQuarter: Quarter? = nil,
        today: CalendarDate? = nil
    ) {
        self.declaration = declaration
        self.today = today
        self.signatories = signatories
        self.registry = registry
        self.folderQuarter = folderQuarter
        var knownFields: [String: [String]] = [:]
        for plugin in registry.plugins where knownFields[plugin.kind] == nil {
            knownFields[plugin.kind] = Report.baseFields + plugin.sections.map(\.name)
        }
        self.knownFields = knownFields
        knownFieldsOfAnyKind = Report.baseFields + registry.plugins.flatMap { $0.sections.map(\.name) }
        pledged = signatories.mapValues { Array($0.namedIndicators) }
    }
}

extension Report {
    static let baseFields = ["signatory", "period", "submitted", "values", "narrative", "evidence"]

    /// A report from its file's root node, in three steps: the header (`signatory`, `period`,
    /// `submitted`), the values written, then the plugin's sections and what they derive. Nil when
    /// any step found an error.
    static func decode(_ root: Node, context: ReportContext, diagnostics: inout [Diagnostic]) -> Report? {
        let start = diagnostics.count
        // The plugin is known only once the signatory is; read that key first.
        let signatoryID = root["signatory"]?.scalar?.value
        let signatory = signatoryID.flatMap { context.signatories[$0] }
        let plugin = signatory.flatMap { context.registry.plugin($0.stakeholder) }
        let known = plugin.flatMap { context.knownFields[$0.kind] } ?? context.knownFieldsOfAnyKind
        guard let fields = FieldReader(root, known: known, diagnostics: &diagnostics) else { return nil }

        let header = Header(fields, signatory: signatory, context: context, &diagnostics)
        let narrative = fields.optional("narrative", &diagnostics, Node.multilineText)
        var evidence: [String] = []
        if let node = fields.optional("evidence"), let items = read(&diagnostics, node.items) {
            evidence = items.compactMap { read(&diagnostics, $0.text) }
        }
        var values = WrittenValues(
            fields, signatory: signatory, plugin: plugin,
            pledged: signatoryID.flatMap { context.pledged[$0] } ?? [], &diagnostics)
        var sections: [String: [SectionEntry]] = [:]
        if let plugin, let period = header.period {
            sections = values.readSections(of: plugin, from: fields, quarter: period, &diagnostics)
        }

        let hasErrors = diagnostics[start...].contains { $0.severity == .error }
        guard !hasErrors, let id = header.signatory, let period = header.period, let submitted = header.submitted else {
            return nil
        }
        return Report(
            signatory: id, period: period, submitted: submitted, values: values.values, sections: sections,
            narrative: narrative, evidence: evidence, file: root.file)
    }
}
