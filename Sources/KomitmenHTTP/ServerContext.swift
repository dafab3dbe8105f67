import Hummingbird
import KomitmenState
import NIOCore

/// The request context of every route: Hummingbird's core, the peer's address (the key of the
/// failed-authentication limit), and what the route group's middleware found: the account of the
/// bearer token (`BearerAuthentication`) or the page's request and session (`PageMiddleware`).
/// The body limit is the served intake's 1 MiB.
public struct ServerContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    /// The peer's IP address, or "unknown" (in-process tests have none).
    public let remoteAddress: String
    /// The authenticated account, set by the middleware of a route group that requires one.
    public internal(set) var account: Account?
    /// The page's view of the request (language, session, cookies), set by `PageMiddleware`.
    var page: PageRequest?

    public init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        remoteAddress = source.channel.remoteAddress?.ipAddress ?? "unknown"
    }

    public var maxUploadSize: Int { 1 << 20 }
}
