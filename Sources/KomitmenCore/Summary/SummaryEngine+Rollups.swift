import KomitmenYAML

/// Rollups per stakeholder kind and per goal, province totals, and plugin breakdowns.
extension SummaryEngine {
    func stakeholderRollups(_ signatories: [SignatorySummary]) -> [Rollup] {
        let kinds = Set(signatories.map(\.stakeholder)).sorted()
        return kinds.map { kind in
            let members = signatories.filter { $0.stakeholder == kind }
            var filing = FilingCounts()
            var statuses: [IndicatorStatus: Int] = [:]
            for member in members {
                filing.add(member.filing)
                for indicator in member.indicators { statuses[indicator.status, default: 0] += 1 }
            }
            let name = registry.plugin(kind)?.name ?? Phrase(verbatim: kind)
            var rollup = Rollup(id: kind, name: name, signatoryCount: members.count, filing: filing, statuses: statuses)
            rollup.filingByQuarter = Summary.filingByQuarter(members, quarters: signatories.first?.history.count ?? 0)
            return rollup
        }
    }

    /// A goal counts the signatories with a pledge towards it, and the indicators of those pledges.
    func goalRollups(_ signatories: [SignatorySummary]) -> [Rollup] {
        declaration.goals.map { goal in
            var filing = FilingCounts()
            var statuses: [IndicatorStatus: Int] = [:]
            var members: [SignatorySummary] = []
            for signatory in signatories {
                let indicators = signatory.indicators.filter { $0.goal == goal.id }
                guard !indicators.isEmpty else { continue }
                members.append(signatory)
                filing.add(signatory.filing)
                for indicator in indicators { statuses[indicator.status, default: 0] += 1 }
            }
            let name = Phrase(en: goal.title.text(.en), id: goal.title.text(.id))
            var rollup = Rollup(
                id: goal.id, name: name, signatoryCount: members.count, filing: filing, statuses: statuses)
            rollup.filingByQuarter = Summary.filingByQuarter(members, quarters: signatories.first?.history.count ?? 0)
            return rollup
        }
    }

    /// Per indicator id: the signatories' values added up, and how many signatories have one.
    /// A signatory that pledged one indicator twice counts once.
    func totals(_ signatories: [SignatorySummary]) -> [IndicatorTotal] {
        var totals: [String: IndicatorTotal] = [:]
        for signatory in signatories {
            var seen: Set<String> = []
            for indicator in signatory.indicators where seen.insert(indicator.id).inserted {
                guard let value = indicator.value else { continue }
                var total =
                    totals[indicator.id]
                    ?? IndicatorTotal(
                        id: indicator.id, label: indicator.label, unit: indicator.unit,
                        aggregation: indicator.aggregation, value: 0, signatoryCount: 0)
                total.value += value
                total.signatoryCount += 1
                totals[indicator.id] = total
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
                var counts: [String: Int] = [:]
                for entry in entries {
                    for word in entry.value(field)?.words ?? [] { counts[word, default: 0] += 1 }
                }
                result.append(
                    Breakdown(
                        section: section.name, field: field,
                        counts: counts.sorted { $0.key < $1.key }.map { (value: $0.key, count: $0.value) }))
            }
        }
        return result
    }
}
