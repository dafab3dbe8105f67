import KomitmenYAML

/// An institution that signed the declaration, and what it pledged.
public struct Signatory: Sendable {
    public var id: String
    public var name: String
    /// The `stakeholder:` kind, which picks the plugin.
    public var stakeholder: String
    public var region: String?
    public var representedBy: String?
    /// The first quarter it must report; nil means the declaration's first.
    public var joined: Quarter?
    /// The language its report template is commented in (default Indonesian).
    public var language: Language
    public var pledges: [Pledge]
    /// Who reminders go to (`contacts:`), in file order.
    public var contacts: [Contact] = []
    /// The file it was read from, as shown in diagnostics.
    public var file: String
    /// Every indicator id its pledges name, those whose pledge or target has an error included: a
    /// report's value for one of them is then not called unpledged on top of the pledge's error.
    public var namedIndicators: Set<String> = []

    public init(
        id: String, name: String, stakeholder: String, region: String? = nil, representedBy: String? = nil,
        joined: Quarter? = nil, language: Language = .id, pledges: [Pledge], file: String = ""
    ) {
        self.id = id
        self.name = name
        self.stakeholder = stakeholder
        self.region = region
        self.representedBy = representedBy
        self.joined = joined
        self.language = language
        self.pledges = pledges
        self.file = file
        namedIndicators = Set(pledges.flatMap { $0.indicators.map(\.indicator) })
    }

    /// The first quarter this signatory must report.
    public func firstQuarter(_ declaration: Declaration) -> Quarter {
        joined ?? declaration.firstQuarter
    }

    /// Every pledged indicator target, in file order.
    public var targets: [(pledge: Pledge, target: IndicatorTarget)] {
        pledges.flatMap { pledge in pledge.indicators.map { (pledge, $0) } }
    }
}

/// One pledge: a promise towards a goal, measured by indicator targets.
public struct Pledge: Sendable {
    public var id: String
    public var text: LocalizedText
    public var goal: String
    public var indicators: [IndicatorTarget]

    public init(id: String, text: LocalizedText, goal: String, indicators: [IndicatorTarget]) {
        self.id = id
        self.text = text
        self.goal = goal
        self.indicators = indicators
    }
}

/// A pledged indicator: where it starts, where it must reach, and by when.
public struct IndicatorTarget: Sendable {
    public var indicator: String
    public var target: Double
    public var by: Quarter
    public var baseline: Double?
    /// The quarter the trajectory starts; nil means the signatory's first quarter.
    public var from: Quarter?

    public init(indicator: String, target: Double, by: Quarter, baseline: Double? = nil, from: Quarter? = nil) {
        self.indicator = indicator
        self.target = target
        self.by = by
        self.baseline = baseline
        self.from = from
    }
}
