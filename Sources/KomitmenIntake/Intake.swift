import Foundation
import KomitmenApp
import KomitmenCore
import KomitmenState
import Logging

/// The served intake's use cases, whatever carries the requests: authentication against the
/// state store, filing, reviews, and changes made outside the server, over the repository held in
/// memory and the per-report locks. The API and the pages call the same object, so a form files
/// exactly as the API does. Refusals are `IntakeFailure`s; the transport says them its own way.
public final class Intake: Sendable {
    public let settings: IntakeSettings
    public let store: StateStore
    let holder: WorkspaceHolder
    let locks = KeyedLock()
    let failures: FailedAuthentications
    let git: GitCommitter?
    public let logger: Logger

    /// The intake over `store`, the repository read first (off Swift's cooperative pool).
    public init(settings: IntakeSettings, store: StateStore, logger: Logger) async {
        self.settings = settings
        self.store = store
        self.logger = logger
        let options = LoadOptions(
            root: settings.root, registry: settings.registry, limits: settings.limits, today: settings.today)
        holder = await WorkspaceHolder(options: options, rescanInterval: settings.rescanInterval)
        failures = FailedAuthentications(limit: settings.maxFailedAuthentications, window: settings.failureWindow)
        git = settings.git ? GitCommitter(root: settings.root, logger: logger) : nil
    }

    public var root: String { settings.root }

    /// The repository as it is now (read again first when ROOT changed outside the server).
    /// Changes it finds to reports with receipts are recorded first (never call it holding a
    /// report's lock: recording takes it).
    public func workspace() async -> Workspace {
        let workspace = await holder.current()
        let changed = await holder.takePending()
        if !changed.isEmpty { await recordOutsideChanges(changed) }
        return workspace
    }

    /// The repository as it is now, and its generation (what answers computed from it can be kept
    /// under); changes found outside are recorded first, as by `workspace()`.
    public func workspaceAndGeneration() async -> (Workspace, UInt64) {
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

    /// The account of an access token: `unauthenticated` without one, `badCredential` for a wrong
    /// one, `tooManyFailures` once `address` failed too often. A valid token always passes: behind
    /// a proxy every client shares one address, and others' failures must not lock a clerk out.
    /// Tokens are never logged.
    public func authenticate(token: String?, address: String) async throws(IntakeFailure) -> Account {
        let now = Date()
        if let token {
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
        guard token != nil else { throw .unauthenticated }
        await failures.record(address, now: now)
        throw .badCredential
    }

    /// A known signatory for `id` (`unknownSignatory` with the closest id otherwise), after
    /// `account`'s right to act for it (`forbidden`: a signatory's account learns nothing of other ids).
    public func signatory(_ id: String, for account: Account, in workspace: Workspace) throws(IntakeFailure)
        -> Signatory
    {
        guard account.mayAct(for: id) else { throw .forbidden(signatory: id) }
        guard let signatory = workspace.repository.signatory(id) else {
            throw .unknownSignatory(
                id,
                suggestion: account.kind == .secretariat
                    ? Suggestion.closest(to: id, in: workspace.repository.signatories.map(\.id)) : nil)
        }
        return signatory
    }

    /// The secretariat's account; `secretariatOnly` for a signatory's.
    public static func secretariat(_ account: Account) throws(IntakeFailure) -> Account {
        guard account.kind == .secretariat else { throw .secretariatOnly }
        return account
    }
}
