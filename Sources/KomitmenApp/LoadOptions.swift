import KomitmenCore
import KomitmenYAML

/// What a front end says about a load: where, with which plugins, within which bounds, and what
/// "today" is. A value: the server keeps one per repository and loads again with it on a change.
public struct LoadOptions: Sendable {
    /// The repository folder, as the user named it (diagnostics name files under it).
    public var root: String
    public var registry: PluginRegistry
    public var limits: YAMLLimits
    /// Where "today" comes from; front ends decide (the CLI reads `KOMITMEN_TODAY`).
    public var today: Today
    /// Called after each report file is read, with (done, total), from any thread.
    public var progress: (@Sendable (Int, Int) -> Void)?
    /// How much of each report a load keeps: everything (the default: the server shows reports
    /// back in its forms), what summaries read (`summary`, `status`), or only what a review is
    /// checked against (`validate`). Every check is made either way; what is not kept is let go
    /// as each file is done, so a load of 68,000 reports holds far less memory.
    public var reportDetail: ReportDetail = .everything

    public init(
        root: String, registry: PluginRegistry, limits: YAMLLimits = .standard, today: Today = .clock,
        progress: (@Sendable (Int, Int) -> Void)? = nil
    ) {
        self.root = root
        self.registry = registry
        self.limits = limits
        self.today = today
        self.progress = progress
    }
}
