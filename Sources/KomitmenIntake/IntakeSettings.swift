import Foundation
import KomitmenCore
import KomitmenState
import KomitmenYAML

/// What the intake needs of `komitmen serve`'s options: the repository, the clock, the bounds
/// on authentication and filing, `--git`. Where it listens and how long it waits for a client are
/// the transport's.
public struct IntakeSettings: Sendable {
    public var root: String
    public var registry: PluginRegistry
    public var limits: YAMLLimits = .standard
    /// "Today" for checks and for the `submitted:` date a filing gets (fixed in tests).
    public var today: Today = .clock
    /// The time a receipt records (fixed in tests).
    public var now: @Sendable () -> Date = { Date() }
    /// Commit each accepted filing in ROOT's git repository.
    public var git = false
    /// After this many failed authentications from one address within `failureWindow`, refused.
    public var maxFailedAuthentications = 10
    public var failureWindow: TimeInterval = 60
    public var signatoryQuota: FilingQuota = .signatory
    public var secretariatQuota: FilingQuota = .secretariat
    /// Changes made to ROOT outside the server are looked for at most this often (a stat scan).
    public var rescanInterval: TimeInterval = 1

    public init(root: String, registry: PluginRegistry) {
        self.root = root
        self.registry = registry
    }

    /// What `account` may file: signatories' quota, or the secretariat's, which files for many and
    /// may correct a report past a signatory's limit.
    func quota(for account: Account) -> FilingQuota {
        account.kind == .secretariat ? secretariatQuota : signatoryQuota
    }
}
