import Foundation
import Hummingbird
import HummingbirdCore
import KomitmenFiles
import KomitmenState
import Logging
import NIOCore
import ServiceLifecycle
import UnixSignals

/// The served intake as a Hummingbird application: the state opened (and any write a crash
/// interrupted finished) before a request is taken, the API routes, the pages' hook, and the
/// timeouts. `komitmen serve` runs it; tests drive it through HummingbirdTesting.
public func buildApplication(_ configuration: ServeConfiguration, logger: Logger? = nil) async throws
    -> some ApplicationProtocol
{
    var logger = logger ?? Logger(label: "komitmen.serve")
    if logger.logLevel > .info { logger.logLevel = .info }
    let store = try StateStore(folder: configuration.stateFolder, outside: configuration.root)
    let unfinished = try store.completeUnfinishedWrites(root: configuration.root)
    for path in unfinished.written {
        logger.notice("finished an interrupted write: \(path)")
    }
    for entry in unfinished.blocked {
        logger.warning("an interrupted write waits: \(entry) under ROOT is not a plain folder (a link?)")
    }
    for path in StaleTemporaries.remove(root: configuration.root) {
        logger.notice("removed a temporary file a killed write left: \(path)")
    }
    let services = await ServeServices(configuration: configuration, store: store, logger: logger)
    // What changed while the server was down (or was noticed but not recorded before a crash).
    await services.intake.recordOutsideChanges()
    let router = buildRouter(services)
    let server = HTTP1Channel.Configuration(
        additionalChannelHandlers: [
            RequestDeadlineHandler(
                headerTimeout: .init(configuration.headerTimeout), bodyTimeout: .init(configuration.bodyTimeout))
        ],
        idleTimeout: .init(configuration.idleTimeout))
    var app = Application(
        router: router,
        server: .http1(configuration: server),
        configuration: .init(
            address: .hostname(configuration.host, port: configuration.port), serverName: "komitmen",
            // Past the cap, connections wait in the listen backlog: a flood of idle sockets
            // cannot take every descriptor the state store and filings need.
            availableConnectionsDelegate: MaximumAvailableConnections(configuration.maxConnections, logger: logger)),
        logger: logger)
    if configuration.reloadOnHangup { app.addServices(ReloadOnHangup(services: services)) }
    return app
}

/// The router alone (the pages helper and tests may build on it).
public func buildRouter(_ services: ServeServices) -> Router<ServerContext> {
    // HEAD for every GET: HTTP wants it of a general-purpose server.
    let router = Router(context: ServerContext.self, options: .autoGenerateHeadEndpoints)
    router.add(middleware: ErrorMiddleware(services: services))
    APIRoutes(services: services).register(on: router)
    services.configuration.pages?.register(on: router, services: services)
    return router
}

/// SIGHUP reads the repository again.
struct ReloadOnHangup: Service {
    let services: ServeServices

    func run() async throws {
        let signals = await UnixSignalsSequence(trapping: .sighup)
        for await _ in signals.cancelOnGracefulShutdown() {
            await services.reload()
        }
    }
}

/// Builds the application and serves until SIGTERM or SIGINT, then finishes the requests in
/// flight and returns. `ready` is called once the state is open and the repository read.
public func serve(_ configuration: ServeConfiguration, ready: @Sendable () -> Void) async throws {
    limitMallocArenas()
    let app = try await buildApplication(configuration)
    ready()
    try await app.runService(gracefulShutdownSignals: [.sigterm, .sigint])
}

/// glibc gives each thread that allocates an arena of its own (up to 8 per core) and keeps what
/// they freed: the server's I/O and render threads grew its RSS by ~20 MiB (the load benchmark:
/// 74–78 rather than 57–61 MiB over 10,000 filings). Two arenas serve 2 cores.
private func limitMallocArenas() {
    #if os(Linux)
        // -8 is M_ARENA_MAX in <malloc.h>.
        _ = glibcMallopt(-8, 2)
    #endif
}

#if os(Linux)
    // <malloc.h> is not in Glibc's module.
    @_silgen_name("mallopt") private func glibcMallopt(_ parameter: Int32, _ value: Int32) -> Int32
#endif
