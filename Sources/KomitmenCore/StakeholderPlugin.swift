import KomitmenYAML

/// One kind of signatory (police, church, newsroom, ...): what it measures, what its reports may
/// carry, and examples that test themselves. Modelled on SwiftLint's rule descriptions: one value
/// describes the plugin whole, and the registry lists every compiled-in plugin.
public struct StakeholderPlugin: Sendable {
    /// The value of `stakeholder:` in a signatory file.
    public var kind: String
    public var name: Phrase
    public var description: Phrase
    public var indicators: [IndicatorDefinition]
    public var sections: [SectionDefinition]
    public var examples: [PluginExample]
    /// Every code the plugin's entry rules report with, so `docs/diagnostics.md` lists them all
    /// (a test runs the examples and fails on a code that is in no catalog).
    public var diagnosticCodes: [DiagnosticCode]

    public init(
        kind: String, name: Phrase, description: Phrase, indicators: [IndicatorDefinition],
        sections: [SectionDefinition], examples: [PluginExample], diagnosticCodes: [DiagnosticCode] = []
    ) {
        self.kind = kind
        self.name = name
        self.description = description
        self.indicators = indicators
        self.sections = sections
        self.examples = examples
        self.diagnosticCodes = diagnosticCodes
    }

    public func indicator(_ id: String) -> IndicatorDefinition? {
        indicators.first { $0.id == id }
    }

    public func section(_ name: String) -> SectionDefinition? {
        sections.first { $0.name == name }
    }
}

/// The compiled-in plugins, looked up by kind. The core receives it; it never names a plugin.
public struct PluginRegistry: Sendable {
    public let plugins: [StakeholderPlugin]

    public init(_ plugins: [StakeholderPlugin]) {
        self.plugins = plugins.sorted { $0.kind < $1.kind }
    }

    public func plugin(_ kind: String) -> StakeholderPlugin? {
        plugins.first { $0.kind == kind }
    }

    public var kinds: [String] { plugins.map(\.kind) }
}
