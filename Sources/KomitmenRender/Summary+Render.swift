import KomitmenCore

/// Views of the summary that several renderers share.
extension Summary {
    /// Signatories whose report came in after the due date, most days late first.
    public var lateSignatories: [SignatorySummary] {
        signatories.filter { $0.filing == .late }.sorted { ($0.daysLate ?? 0, $1.id) > ($1.daysLate ?? 0, $0.id) }
    }

    /// Signatories whose report is past due and absent, by kind then id.
    public var missingSignatories: [SignatorySummary] {
        signatories.filter { $0.filing == .missing }
    }

    /// The display name of a stakeholder kind (its rollup's name), else the kind itself.
    public func stakeholderName(_ kind: String) -> Phrase {
        stakeholders.first { $0.id == kind }?.name ?? Phrase(verbatim: kind)
    }

    /// A region's name as the declaration gives it, else its id.
    public func regionName(_ id: String) -> String {
        regions.first { $0.id == id }?.name ?? id
    }

    /// The display name of a goal (its rollup's name), else the id.
    public func goalName(_ id: String) -> Phrase {
        goals.first { $0.id == id }?.name ?? Phrase(verbatim: id)
    }

    /// The summary's title line: "Compliance summary 2026-Q3".
    public func heading(_ language: Language) -> String {
        Labels.shared.complianceSummary.text(language) + " · " + quarter.description
    }
}

extension SignatorySummary {
    /// "on time", "12 days late", "missing": the filing state with days late spelled out.
    public func filingText(_ language: Language) -> String {
        if filing == .late, let daysLate { return Labels.shared.daysLate(daysLate).text(language) }
        return filing.label.text(language)
    }
}
