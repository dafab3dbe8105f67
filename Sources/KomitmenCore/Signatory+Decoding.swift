import KomitmenYAML

extension Signatory {
    static let fields = [
        "id", "name", "stakeholder", "region", "represented_by", "joined", "language", "pledges", "contacts",
    ]

    /// Reads a signatory file; checks names against the declaration and the registry.
    static func decode(
        _ root: Node, declaration: Declaration?, registry: PluginRegistry,
        diagnostics: inout [Diagnostic]
    ) -> Signatory? {
        guard let fields = FieldReader(root, known: Self.fields, diagnostics: &diagnostics) else { return nil }
        let id = fields.required("id", &diagnostics, Node.identifier)
        if let id, let node = fields.optional("id") {
            let expected = fileStem(root.file)
            if id != expected {
                diagnostics.append(
                    node.error(
                        .fileNameMismatch,
                        CoreWords.idNotFileName(id, expected: expected),
                        hint: CoreWords.renameOrWriteID(id, expected: expected)))
            }
        }
        let name = fields.required("name", &diagnostics, Node.text)
        let kind = fields.required("stakeholder", &diagnostics, Node.text)
        var plugin: StakeholderPlugin?
        if let kind, let node = fields.optional("stakeholder") {
            plugin = registry.plugin(kind)
            if plugin == nil {
                diagnostics.append(
                    node.error(
                        .unknownStakeholder,
                        CoreWords.unknownStakeholderKind(kind),
                        hint: Suggestion.unknownNameHint(
                            for: kind, in: registry.kinds,
                            listedAfter: CoreWords.theKindsAre)))
            }
        }
        let region = fields.optional("region", &diagnostics, Node.identifier)
        if let region, let declaration, !declaration.regions.isEmpty, let node = fields.optional("region"),
            !declaration.regions.contains(where: { $0.id == region })
        {
            let ids = declaration.regions.map(\.id)
            diagnostics.append(
                node.error(
                    .unknownRegion,
                    CoreWords.unknownRegion(region),
                    hint: Suggestion.hint(for: region, in: ids)))
        }
        let representedBy = fields.optional("represented_by", &diagnostics, Node.text)
        let joined = fields.optional("joined", &diagnostics, Node.quarter)
        if let joined, let declaration, joined < declaration.firstQuarter, let node = fields.optional("joined") {
            diagnostics.append(
                node.error(
                    .joinedTooEarly,
                    CoreWords.joinedTooEarly(joined, first: declaration.firstQuarter)))
        }
        var language = Language.id
        if let node = fields.optional("language"), let text = read(&diagnostics, node, Node.text) {
            if let parsed = Language(spokenCode: text) {
                language = parsed
            } else {
                diagnostics.append(
                    node.error(
                        .unknownLanguage,
                        CoreWords.unknownLanguage(text)))
            }
        }
        var pledges: [Pledge] = []
        var namedIndicators: Set<String> = []
        // A signatory may sign before it pledges anything measurable: it still files reports.
        if let node = fields.optional("pledges"), let items = read(&diagnostics, node, Node.items) {
            var seen: [String: Int] = [:]
            for item in items {
                namedIndicators.formUnion(Pledge.namedIndicators(item))
                guard
                    let pledge = Pledge.decode(
                        item, declaration: declaration, plugin: plugin,
                        firstQuarter: joined ?? declaration?.firstQuarter,
                        diagnostics: &diagnostics)
                else { continue }
                if let line = seen[pledge.id] {
                    diagnostics.append(
                        item["id"]?.error(.duplicateID, duplicateID("pledge", pledge.id, line))
                            ?? item.error(.duplicateID, duplicateID("pledge", pledge.id, line)))
                    continue
                }
                seen[pledge.id] = item["id"]?.mark.line ?? item.mark.line
                pledges.append(pledge)
            }
        }
        let contacts = fields.optional("contacts").map { Contact.decodeList($0, diagnostics: &diagnostics) } ?? []
        // A broken id, name or kind is reported above; the signatory is kept (under its file's name
        // when its id does not read) so that its reports are not each called "unknown signatory".
        let stem = fileStem(root.file)
        guard let id = id ?? (isIdentifier(stem) ? stem : nil) else { return nil }
        var signatory = Signatory(
            id: id, name: name ?? id, stakeholder: kind ?? "", region: region, representedBy: representedBy,
            joined: joined, language: language, pledges: pledges, file: root.file)
        signatory.contacts = contacts
        signatory.namedIndicators.formUnion(namedIndicators)
        return signatory
    }
}

/// The file name without folder and `.yaml`.
func fileStem(_ path: String) -> String {
    // Called for every file: find the last component by bytes, without splitting the whole path.
    var name = Substring(path)
    if let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")), path.utf8.index(after: slash) != path.utf8.endIndex {
        name = path[path.utf8.index(after: slash)...]
    } else if path.utf8.contains(UInt8(ascii: "/")) {
        name = path.split(separator: "/").last ?? name
    }
    let bytes = name.utf8
    if bytes.count >= 5, bytes.suffix(5).elementsEqual(".yaml".utf8) { return String(Substring(bytes.dropLast(5))) }
    return String(name)
}

/// Whether `fileStem(path) == id`, for every report: without making the stem. The bytes are
/// compared in place when the path ends in `/<id>.yaml` (or is `<id>.yaml`) and the id has no
/// slash; anything else asks `fileStem`.
func fileStem(of path: String, is id: String) -> Bool {
    let quick = path.utf8.withContiguousStorageIfAvailable { path in
        id.utf8.withContiguousStorageIfAvailable { id -> Bool in
            let suffix = id.count + 5
            guard !id.contains(UInt8(ascii: "/")), path.count >= suffix else { return false }
            let start = path.count - suffix
            guard start == 0 || path[start - 1] == UInt8(ascii: "/") else { return false }
            for index in 0..<id.count where path[start + index] != id[index] { return false }
            let dot = start + id.count
            return path[dot] == UInt8(ascii: ".") && path[dot + 1] == UInt8(ascii: "y")
                && path[dot + 2] == UInt8(ascii: "a") && path[dot + 3] == UInt8(ascii: "m")
                && path[dot + 4] == UInt8(ascii: "l")
        }
    }
    if quick == true { return true }
    return fileStem(path) == id
}

extension Pledge {
    static let fields = ["id", "text", "goal", "indicators"]

    /// The indicator ids a pledge item names, read without checking anything (its decoder does).
    static func namedIndicators(_ item: Node) -> [String] {
        guard let list = item["indicators"], let targets = try? list.items() else { return [] }
        return targets.compactMap { $0["indicator"]?.scalar?.value }
    }

    /// `firstQuarter` is the signatory's first reporting quarter, when known.
    static func decode(
        _ node: Node, declaration: Declaration?, plugin: StakeholderPlugin?, firstQuarter: Quarter? = nil,
        diagnostics: inout [Diagnostic]
    ) -> Pledge? {
        guard let fields = FieldReader(node, known: Self.fields, diagnostics: &diagnostics) else { return nil }
        let id = fields.required("id", &diagnostics, Node.identifier)
        let text = fields.optional("text", &diagnostics, Node.localizedText)
        let goal = fields.required("goal", &diagnostics, Node.text)
        if let goal, let declaration, !declaration.goals.isEmpty, declaration.goal(goal) == nil,
            let goalNode = fields.optional("goal")
        {
            let ids = declaration.goals.map(\.id)
            diagnostics.append(
                goalNode.error(
                    .unknownGoal, CoreWords.unknownGoal(goal),
                    hint: Suggestion.unknownNameHint(
                        for: goal, in: ids,
                        listedAfter: CoreWords.theGoalsAre)))
        }
        var targets: [IndicatorTarget] = []
        if let list = fields.required("indicators", &diagnostics), let items = read(&diagnostics, list, Node.items) {
            if items.isEmpty {
                diagnostics.append(
                    list.error(
                        .pledgeWithoutIndicator,
                        CoreWords.pledgeNeedsAnIndicator))
            }
            for item in items {
                if let target = IndicatorTarget.decode(
                    item, plugin: plugin, firstQuarter: firstQuarter, diagnostics: &diagnostics)
                {
                    targets.append(target)
                }
            }
        }
        guard let id, let goal else { return nil }
        return Pledge(id: id, text: text ?? LocalizedText(id), goal: goal, indicators: targets)
    }
}

extension IndicatorTarget {
    static let fields = ["indicator", "target", "by", "baseline", "from"]

    /// Checks that the target is reachable (DESIGN.md): above its baseline for `increase`, below
    /// it for `decrease`, and `by` neither before `from` nor before the signatory's `firstQuarter`.
    static func decode(
        _ node: Node, plugin: StakeholderPlugin?, firstQuarter: Quarter? = nil,
        diagnostics: inout [Diagnostic]
    ) -> IndicatorTarget? {
        guard let fields = FieldReader(node, known: Self.fields, diagnostics: &diagnostics) else { return nil }
        let id = fields.required("indicator", &diagnostics, Node.text)
        var definition: IndicatorDefinition?
        if let id, let plugin, let idNode = fields.optional("indicator") {
            definition = plugin.indicator(id)
            if definition == nil { diagnostics.append(unknownIndicator(id, at: idNode, plugin: plugin)) }
        }
        let unit = definition?.unit ?? .count
        let target = fields.required("target", &diagnostics) { node in
            { () throws(Diagnostic) in try node.indicatorValue(unit) }
        }
        let baseline = fields.optional("baseline", &diagnostics) { node in
            { () throws(Diagnostic) in try node.indicatorValue(unit) }
        }
        let by = fields.required("by", &diagnostics, Node.quarter)
        let from = fields.optional("from", &diagnostics, Node.quarter)
        if let by, let from, from > by, let node = fields.optional("from") {
            diagnostics.append(
                node.error(
                    .quarterOrder,
                    CoreWords.fromAfterBy(from, by: by)))
        } else if let by, let firstQuarter, by < firstQuarter, let node = fields.optional("by") {
            diagnostics.append(
                node.error(
                    .quarterOrder,
                    CoreWords.byTooEarly(by, firstQuarter: firstQuarter),
                    hint: CoreWords.writeAQuarterFrom(firstQuarter)))
        }
        if let definition, definition.direction == .increase, let target, target <= baseline ?? 0,
            let targetNode = fields.optional("target")
        {
            // A missing baseline counts as 0, as in the progress rule.
            let floor = formatNumber(baseline ?? 0)
            diagnostics.append(
                targetNode.error(
                    .targetDirection,
                    CoreWords.targetNotAboveBaseline(definition.id, floor: floor),
                    hint: baseline == nil
                        ? CoreWords.withoutABaseline : nil))
        }
        if let definition, definition.direction == .decrease, let target {
            if baseline == nil {
                diagnostics.append(
                    node.warning(
                        .missingBaseline,
                        CoreWords.giveABaselineAbove(definition.id)))
            } else if let baseline, baseline <= target, let baselineNode = fields.optional("baseline") {
                diagnostics.append(
                    baselineNode.error(
                        .targetDirection,
                        CoreWords.baselineNotAboveTarget(definition.id, target: formatNumber(target))))
            }
        }
        guard let id, let target, let by else { return nil }
        return IndicatorTarget(indicator: id, target: target, by: by, baseline: baseline, from: from)
    }
}

/// "unknown indicator 'x' for a police signatory", with the closest indicator of the plugin.
func unknownIndicator(_ id: String, at node: Node, plugin: StakeholderPlugin) -> Diagnostic {
    let ids = plugin.indicators.map(\.id)
    return node.error(
        .unknownIndicator,
        CoreWords.unknownIndicator(id, kind: plugin.kind),
        hint: Suggestion.unknownNameHint(
            for: id, in: ids, listedAfter: CoreWords.itsIndicatorsAre))
}

/// A number as people write it: no trailing `.0`.
public func formatNumber(_ value: Double) -> String {
    if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
    return String(value)
}
