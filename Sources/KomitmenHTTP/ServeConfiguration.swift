import Foundation
import Hummingbird
import KomitmenCore
import KomitmenIntake
import KomitmenState
import KomitmenYAML

/// What `komitmen serve` was asked: where the repository and the state are, where to listen,
/// and the bounds that keep one client from holding the server.
public struct ServeConfiguration: Sendable {
    public var root: String
    public var stateFolder: String
    public var host = "127.0.0.1"
    public var port = 8080
    /// The server's public address (`--base-url`): the links it writes for people (reminders)
    /// start with it. Nil: `publicAddress` falls back to where it listens.
    public var baseURL: String?
    /// Commit each accepted filing in ROOT's git repository.
    public var git = false
    public var registry: PluginRegistry
    public var limits: YAMLLimits = .standard
    /// "Today" for checks and for the `submitted:` date a filing gets (fixed in tests).
    public var today: Today = .clock
    /// The time a receipt records (fixed in tests).
    public var now: @Sendable () -> Date = { Date() }
    /// A connection with nothing to read for this long is closed.
    public var idleTimeout: Duration = .seconds(30)
    /// A request's headers must arrive within this long of the connection (or of the previous
    /// answer), and its body within `bodyTimeout` of its headers: a client that sends a byte now
    /// and then cannot hold a connection.
    public var headerTimeout: Duration = .seconds(10)
    public var bodyTimeout: Duration = .seconds(60)
    /// Connections open at once; more wait to be accepted (`--max-connections`).
    public var maxConnections = 512
    /// Larger bodies are refused with 413 (before they are read when their length is declared).
    public var maxBodyBytes = 1 << 20
    /// After this many failed authentications from one address within `failureWindow`, 429.
    public var maxFailedAuthentications = 10
    public var failureWindow: TimeInterval = 60
    /// Reverse proxies whose `X-Forwarded-For` names the client (`--trusted-proxy`), as
    /// `IPAddressText.canonical` spells them.
    public var trustedProxies: Set<String> = []
    /// What one account may file (429 `quota_exceeded` past it): signatories' and the
    /// secretariat's, which files for many and may correct a report past a signatory's limit.
    public var signatoryQuota: FilingQuota = .signatory
    public var secretariatQuota: FilingQuota = .secretariat
    /// Changes made to ROOT outside the server are looked for at most this often (a stat scan).
    public var rescanInterval: TimeInterval = 1
    /// Reload the whole repository on SIGHUP (off in tests, which share one process).
    public var reloadOnHangup = true
    /// The pages (HTML front end) mounted beside the API; nil serves the API alone.
    public var pages: (any PageRoutes)?

    /// Where people reach the server: `baseURL`, else the address it listens on
    /// (`http://HOST:PORT`, fine on one machine; behind a proxy `--base-url` must say the public
    /// one). Never a request's `Host` header, which the client writes.
    public var publicAddress: String {
        if let baseURL { return baseURL }
        let shown = host.contains(":") ? "[\(host)]" : host
        return "http://\(shown):\(port)"
    }

    /// What the intake is given of these options.
    var intake: IntakeSettings {
        var settings = IntakeSettings(root: root, registry: registry)
        settings.limits = limits
        settings.today = today
        settings.now = now
        settings.git = git
        settings.maxFailedAuthentications = maxFailedAuthentications
        settings.failureWindow = failureWindow
        settings.signatoryQuota = signatoryQuota
        settings.secretariatQuota = secretariatQuota
        settings.rescanInterval = rescanInterval
        return settings
    }

    public init(root: String, stateFolder: String, registry: PluginRegistry) {
        self.root = root
        self.stateFolder = stateFolder
        self.registry = registry
    }
}

/// Where the HTML pages plug in: called once while the router is built, with the same context
/// and services the API uses. The API owns `/healthz` and `/api/`; pages take any other path.
public protocol PageRoutes: Sendable {
    func register(on router: Router<ServerContext>, services: ServeServices)
}
