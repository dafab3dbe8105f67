import KomitmenYAML

/// What a reported number is measured in.
public enum IndicatorUnit: String, Sendable, CaseIterable, Codable {
    /// A whole number ≥ 0.
    case count
    /// 0 to 100.
    case percent
    /// Whole Indonesian rupiah ≥ 0.
    case rupiah
    /// `true` or `false`, counted as 1 or 0.
    case boolean

    public var label: Phrase {
        switch self {
        case .count: CoreWords.count
        case .percent: CoreWords.percent
        case .rupiah: CoreWords.rupiah
        case .boolean: CoreWords.yesNo
        }
    }
}

/// How quarters combine into an indicator's value.
public enum Aggregation: String, Sendable, CaseIterable, Codable {
    /// Flows (cases, people): quarters add up.
    case sum
    /// Stocks (service points open): the most recent value counts.
    case latest
}

/// Which way is progress.
public enum Direction: String, Sendable, CaseIterable, Codable {
    case increase
    case decrease
}

/// One measure a stakeholder kind reports, as its plugin defines it.
public struct IndicatorDefinition: Sendable, Hashable {
    public var id: String
    public var label: Phrase
    public var unit: IndicatorUnit
    public var aggregation: Aggregation
    public var direction: Direction
    public var description: Phrase

    public init(
        _ id: String, label: Phrase, unit: IndicatorUnit = .count, aggregation: Aggregation = .sum,
        direction: Direction = .increase, description: Phrase
    ) {
        self.id = id
        self.label = label
        self.unit = unit
        self.aggregation = aggregation
        self.direction = direction
        self.description = description
    }
}
