import Foundation
import HTTPTypes
import Hummingbird
import KomitmenApp
import KomitmenCore
import KomitmenServer
import Logging

/// What every route shares: the state store, the repository held in memory, the per-report
/// locks, the failed-authentication limit and `--git`. The pages use the same object, so a form
/// files exactly as the API does.
public final class ServeServices: Sendable {
    public let configuration: ServeConfiguration
    public let store: StateStore
    let holder: WorkspaceHolder
    let locks = KeyedLock()
    /// The summary and status answers of the current workspace.
    let responses = ResponseCache()
    /// Signatories' rows of the summary, kept while their data is unchanged: a summary after a
    /// filing works out one signatory, not all.
    let summaries = SummaryMemo()
    let failures: FailedAuthentications
    let git: GitCommitter?
    let logger: Logger

    init(configuration: ServeConfiguration, store: StateStore, logger: Logger) {
        self.configuration = configuration
        self.store = store
        self.logger = logger
        let options = LoadOptions(
            root: configuration.root, registry: configuration.registry, limits: configuration.limits,
            today: configuration.today)
        holder = WorkspaceHolder(options: options, rescanInterval: configuration.rescanInterval)
        failures = FailedAuthentications(
            limit: configuration.maxFailedAuthentications, window: configuration.failureWindow)
        git = configuration.git ? GitCommitter(root: configuration.root, logger: logger) : nil
    }

    public var root: String { configuration.root }

    /// The repository as it is now (read again first when ROOT changed outside the server).
    /// Changes it finds to reports with receipts are recorded first (never call it holding a
    /// report's lock: recording takes it).
    public func workspace() async -> Workspace {
        let workspace = await holder.current()
        let changed = await holder.takePending()
        if !changed.isEmpty { await recordOutsideChanges(changed) }
        return workspace
    }

    /// The repository as it is now, and its generation (what `responses` are kept under); changes
    /// found outside are recorded first, as by `workspace()`.
    func workspaceAndGeneration() async -> (Workspace, UInt64) {
        let current = await holder.currentWithGeneration()
        let changed = await holder.takePending()
        if !changed.isEmpty { await recordOutsideChanges(changed) }
        return current
    }

    /// Reads the whole repository again (SIGHUP), and records what changed outside.
    public func reload() async {
        await holder.reload()
        await recordOutsideChanges()
    }

    /// The account of a bearer token: 401 without one or with a wrong one (`WWW-Authenticate`),
    /// 429 once `address` failed too often. A valid token always passes: behind a proxy every
    /// client shares one address, and others' failures must not lock a clerk out. Tokens are
    /// never logged.
    public func authenticate(bearer header: String?, address: String) async throws(APIError) -> Account {
        let now = Date()
        if let token = Self.bearerToken(header) {
            let account: Account?
            do {
                account = try store.authenticate(token)
            } catch {
                logger.error("state store: \(error)")
                throw .internalFailure
            }
            if let account { return account }
        }
        if let wait = await failures.retryAfter(address, now: now) { throw .tooManyFailures(retryAfter: wait) }
        guard header != nil, Self.bearerToken(header) != nil else { throw .unauthenticated }
        await failures.record(address, now: now)
        throw .badToken
    }

    /// The token of an `Authorization: Bearer TOKEN` header; nil for any other header.
    static func bearerToken(_ header: String?) -> String? {
        guard let header, header.utf8.count <= 1024 else { return nil }
        let parts = header.split(separator: " ", maxSplits: 1)
        guard parts.count == 2, parts[0].lowercased() == "bearer" else { return nil }
        return parts[1].trimmingCharacters(in: .whitespaces)
    }

    /// The client's address, the key of the failed-authentication limit: the peer's, or, when the
    /// peer is a `--trusted-proxy`, the last address of `X-Forwarded-For` (the one that proxy
    /// saw; any before it the client may have written itself).
    public func clientAddress(_ request: Request, _ context: ServerContext) -> String {
        let peer = context.remoteAddress
        guard configuration.trustedProxies.contains(peer) else { return peer }
        let forwarded = request.headers[values: HTTPField.Name("X-Forwarded-For")!].last ?? ""
        guard let last = forwarded.split(separator: ",").last?.trimmingCharacters(in: .whitespaces),
            !last.isEmpty, last.utf8.count <= 45, IPAddressText.isValid(last)
        else { return peer }
        return last
    }

    /// A known signatory for `id` (404 with the closest id otherwise), after `account`'s right to
    /// act for it (403: a signatory token learns nothing of other ids).
    public func signatory(_ id: String, for account: Account, in workspace: Workspace) throws(APIError) -> Signatory {
        guard account.mayAct(for: id) else { throw .forbidden(id) }
        guard let signatory = workspace.repository.signatory(id) else {
            throw .unknownSignatory(
                id,
                suggestion: account.kind == .secretariat
                    ? Suggestion.closest(to: id, in: workspace.repository.signatories.map(\.id)) : nil)
        }
        return signatory
    }
}
