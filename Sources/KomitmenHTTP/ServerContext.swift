import Hummingbird
import NIOCore

/// The request context of every route: Hummingbird's core, and the peer's address (the key of
/// the failed-authentication limit). The body limit is the served intake's 1 MiB.
public struct ServerContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    /// The peer's IP address, or "unknown" (in-process tests have none).
    public let remoteAddress: String

    public init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        remoteAddress = source.channel.remoteAddress?.ipAddress ?? "unknown"
    }

    public var maxUploadSize: Int { 1 << 20 }
}
