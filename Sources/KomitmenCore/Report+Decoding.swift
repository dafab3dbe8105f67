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

    init(declaration: Declaration?, signatories: [String: Signatory], registry: PluginRegistry, folderQuarter: Quarter? = nil,
         today: CalendarDate? = nil) {
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
        pledged = signatories.mapValues { $0.pledges.flatMap { $0.indicators.map(\.indicator) } }
    }
}

extension Report {
    static let baseFields = ["signatory", "period", "submitted", "values", "narrative", "evidence"]

    static func decode(_ root: Node, context: ReportContext, diagnostics: inout [Diagnostic]) -> Report? {
        let start = diagnostics.count
        // The plugin is known only once the signatory is; read that key first.
        let signatoryID = root["signatory"]?.scalar?.value
        let signatory = signatoryID.flatMap { context.signatories[$0] }
        let plugin = signatory.flatMap { context.registry.plugin($0.stakeholder) }
        let known = plugin.flatMap { context.knownFields[$0.kind] } ?? context.knownFieldsOfAnyKind
        guard let fields = FieldReader(root, known: known, diagnostics: &diagnostics) else { return nil }

        let id = fields.required("signatory", &diagnostics, Node.text)
        if let id, let node = fields.optional("signatory") {
            if signatory == nil {
                // The keys as they are: sorting them for every such report cost (reports × signatories × log).
                diagnostics.append(node.error(Phrase(en: "unknown signatory '\(id)'", id: "penanda tangan '\(id)' tidak dikenal"),
                                              hint: Suggestion.hint(for: id, in: context.signatories.keys)
                                                ?? Phrase(en: "signatories are the files in signatories/", id: "daftar penanda tangan ada di folder signatories/")))
            }
            let stem = fileStem(root.file)
            if stem != id {
                diagnostics.append(node.error(Phrase(en: "signatory '\(id)' does not match the file name '\(stem).yaml'",
                                                     id: "signatory '\(id)' tidak sama dengan nama berkas '\(stem).yaml'"),
                                              hint: Phrase(en: "a report is named after its signatory: \(id).yaml", id: "laporan diberi nama sesuai penanda tangannya: \(id).yaml")))
            }
        }
        let period = fields.required("period", &diagnostics, Node.quarter)
        if let period, let node = fields.optional("period") {
            if let folder = context.folderQuarter, folder != period {
                diagnostics.append(node.error(Phrase(en: "period \(period) does not match the folder reports/\(folder)/",
                                                     id: "period \(period) tidak sama dengan folder reports/\(folder)/"),
                                              hint: Phrase(en: "move the file to reports/\(period)/, or correct the period",
                                                           id: "pindahkan berkas ke reports/\(period)/, atau perbaiki period")))
            }
            if let signatory, let declaration = context.declaration, period < signatory.firstQuarter(declaration) {
                let first = signatory.firstQuarter(declaration)
                diagnostics.append(node.error(Phrase(en: "\(signatory.id) does not report for \(period): its first quarter is \(first)",
                                                     id: "\(signatory.id) tidak melapor untuk \(period): triwulan pertamanya \(first)")))
            }
        }
        let submitted = fields.required("submitted", &diagnostics, Node.date)
        if let submitted, let period, submitted < period.firstDay, let node = fields.optional("submitted") {
            diagnostics.append(node.error(Phrase(en: "submitted \(submitted) is before the quarter \(period) began (\(period.firstDay))",
                                                 id: "submitted \(submitted) lebih awal dari awal triwulan \(period) (\(period.firstDay))")))
        }
        // A mistyped year (2062) would otherwise drop the report from every summary in silence,
        // since a summary leaves out reports submitted after its as-of date. A warning, as
        // DESIGN.md says: the file itself is well formed.
        if let submitted, let today = context.today, submitted > today, let node = fields.optional("submitted") {
            diagnostics.append(node.warning(
                Phrase(en: "submitted \(submitted) is after today (\(today)); summaries leave this report out until then",
                       id: "submitted \(submitted) lebih lambat dari hari ini (\(today)); ringkasan tidak memuat laporan ini sampai tanggal itu"),
                hint: Phrase(en: "check the date: write the day the report was submitted",
                             id: "periksa tanggalnya: tulis hari laporan diserahkan")))
        }
        let narrative = fields.optional("narrative", &diagnostics, Node.multilineText)
        var evidence: [String] = []
        if let node = fields.optional("evidence"), let items = read(&diagnostics, node.items) {
            evidence = items.compactMap { read(&diagnostics, $0.text) }
        }

        var reported: [String: (value: Double, node: Node)] = [:]
        // The pledged indicator ids, listed once rather than per value.
        let pledged = signatoryID.flatMap { context.pledged[$0] } ?? []
        if let node = fields.optional("values"), let pairs = read(&diagnostics, node.pairs) {
            for pair in pairs {
                guard let key = pair.key.scalar?.value else { continue }
                guard let plugin else {
                    if let value = pair.value.scalar.flatMap({ CoreSchema.wholeNumber($0.value) }) { reported[key] = (Double(value), pair.value) }
                    continue
                }
                guard let definition = plugin.indicator(key) else {
                    diagnostics.append(unknownIndicator(key, at: pair.key, plugin: plugin))
                    continue
                }
                if let signatory, !pledged.contains(key) {
                    diagnostics.append(pair.key.warning(Phrase(en: "'\(key)' is not among \(signatory.id)'s pledged indicators; it is not counted",
                                                               id: "'\(key)' tidak termasuk indikator janji \(signatory.id); nilainya tidak dihitung")))
                }
                if let value = read(&diagnostics, { () throws(Diagnostic) in try pair.value.indicatorValue(definition.unit) }) {
                    reported[key] = (value, pair.value)
                }
            }
        }

        var values = reported.mapValues(\.value)
        var sections: [String: [SectionEntry]] = [:]
        if let plugin, let period {
            for section in plugin.sections {
                guard let node = fields.optional(section.name) else { continue }
                let before = diagnostics.count
                let entries = SectionReader(section: section, quarter: period).entries(node, &diagnostics)
                sections[section.name] = entries
                guard diagnostics.count == before else { continue }
                for (indicator, derivation) in section.derivations {
                    let derived = section.derive(derivation, from: entries)
                    if let given = reported[indicator], given.value != derived {
                        diagnostics.append(given.node.error(
                            Phrase(en: "\(indicator) is \(formatNumber(given.value)) but the \(section.name) give \(formatNumber(derived)) (\(derivation.formula))",
                                   id: "\(indicator) tertulis \(formatNumber(given.value)) tetapi \(section.name) menghasilkan \(formatNumber(derived)) (\(derivation.formulaPhrase.id))"),
                            hint: Phrase(en: "correct the number, or leave it out and let komitmen count the \(section.name)",
                                         id: "perbaiki angkanya, atau hapus saja dan biarkan komitmen menghitung dari \(section.name)")))
                    }
                    values[indicator] = derived
                }
            }
        }

        let hasErrors = diagnostics[start...].contains { $0.severity == .error }
        guard !hasErrors, let id, let period, let submitted else { return nil }
        return Report(signatory: id, period: period, submitted: submitted, values: values, sections: sections,
                      narrative: narrative, evidence: evidence, file: root.file)
    }
}
