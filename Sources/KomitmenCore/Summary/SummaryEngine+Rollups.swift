import KomitmenYAML

/// Rollups per stakeholder kind and per goal, province totals, and plugin breakdowns.
extension SummaryEngine {
    func stakeholderRollups(_ signatories: [SignatorySummary]) -> [Rollup] {
        let quarters = signatories.first?.history.count ?? 0
        var tallies: [String: RollupTally] = [:]
        // The summary's signatories come sorted by kind: one lookup per kind, not per signatory.
        var start = signatories.startIndex
        while start < signatories.endIndex {
            let kind = signatories[start].stakeholder
            var end = start + 1
            while end < signatories.endIndex && signatories[end].stakeholder == kind { end += 1 }
            tallies[kind, default: RollupTally(quarters: quarters)].add(signatories[start..<end])
            start = end
        }
        return tallies.keys.sorted().map { kind in
            let name = registry.plugin(kind)?.name ?? Phrase(verbatim: kind)
            return tallies[kind, default: RollupTally(quarters: quarters)].rollup(id: kind, name: name)
        }
    }

    /// A goal counts the signatories with a pledge towards it, and the indicators of those pledges.
    func goalRollups(_ signatories: [SignatorySummary]) -> [Rollup] {
        let quarters = signatories.first?.history.count ?? 0
        return declaration.goals.map { goal in
            var tally = RollupTally(quarters: quarters)
            for signatory in signatories {
                var towards = 0
                for indicator in signatory.indicators where indicator.goal == goal.id {
                    tally.add(indicator.status)
                    towards += 1
                }
                if towards > 0 { tally.add(signatory) }
            }
            return tally.rollup(id: goal.id, name: goal.title.phrase)
        }
    }

    /// Per indicator id: the signatories' values added up, and how many signatories have one.
    /// A signatory that pledged one indicator twice counts once.
    func totals(_ signatories: [SignatorySummary]) -> [IndicatorTotal] {
        var totals: [String: IndicatorTotal] = [:]
        for signatory in signatories {
            signatory.indicators.withUnsafeBufferPointer { indicators in
                for index in indicators.indices {
                    guard let value = indicators[index].value else { continue }
                    let id = indicators[index].id
                    // Its first time in this signatory's list (a few pledges: a look back costs less than a set).
                    var earlier = false
                    for before in 0..<index where indicators[before].id == id {
                        earlier = true
                        break
                    }
                    if earlier { continue }
                    if let slot = totals.index(forKey: id) {
                        totals.values[slot].add(value)
                    } else {
                        let indicator = indicators[index]
                        totals[id] = IndicatorTotal(
                            id: id, label: indicator.label, unit: indicator.unit, aggregation: indicator.aggregation,
                            value: value, signatoryCount: 1)
                    }
                }
            }
        }
        return totals.values.sorted { $0.id < $1.id }
    }

    /// What the plugin's sections show for the quarter: entries counted per value of each breakdown field.
    func breakdowns(_ signatory: Signatory, plugin: StakeholderPlugin?, quarter: Quarter) -> [Breakdown] {
        breakdowns(plugin: plugin, report: report(signatory.id, quarter))
    }

    /// The breakdowns of one report (nil: none).
    func breakdowns(plugin: StakeholderPlugin?, report: Report?) -> [Breakdown] {
        guard let plugin, let report else { return [] }
        var result: [Breakdown] = []
        for section in plugin.sections {
            guard let entries = report.sections[section.name], !entries.isEmpty else { continue }
            for field in section.breakdowns {
                let definition = section.field(field)
                var counts: [String: Int] = [:]
                for entry in entries {
                    for word in entry.value(field)?.words ?? [] { counts[word, default: 0] += 1 }
                }
                result.append(
                    Breakdown(
                        section: section.name, field: field,
                        counts: counts.sorted { $0.key < $1.key }.map { (value: $0.key, count: $0.value) },
                        sectionLabel: section.label, fieldLabel: definition?.label,
                        valueLabels: Dictionary(
                            (definition?.kind.allowedChoices ?? []).map { ($0.value, $0.label) },
                            uniquingKeysWith: { first, _ in first })))
            }
        }
        return result
    }
}
