import Foundation
import HTTPTypes
import Hummingbird
import KomitmenApp
import KomitmenCore
import KomitmenIntake
import KomitmenState
import Logging

/// What every route shares: the intake (its use cases), the answers kept per workspace, and what
/// only HTTP knows of a client (its address behind a proxy, its bearer header). The pages use the
/// same object, so a form files exactly as the API does.
public final class ServeServices: Sendable {
    public let configuration: ServeConfiguration
    public let intake: Intake
    /// The summary and status answers of the current workspace.
    let responses = ResponseCache()
    /// Signatories' rows of the summary, kept while their data is unchanged: a summary after a
    /// filing works out one signatory, not all.
    let summaries = SummaryMemo()
    let logger: Logger

    init(configuration: ServeConfiguration, store: StateStore, logger: Logger) async {
        self.configuration = configuration
        self.logger = logger
        intake = await Intake(settings: configuration.intake, store: store, logger: logger)
    }

    public var root: String { intake.root }
    public var store: StateStore { intake.store }

    /// The repository as it is now (`Intake.workspace`).
    public func workspace() async -> Workspace { await intake.workspace() }

    /// The repository as it is now, and its generation (what `responses` are kept under).
    func workspaceAndGeneration() async -> (Workspace, UInt64) { await intake.workspaceAndGeneration() }

    /// Reads the whole repository again (SIGHUP), and records what changed outside.
    public func reload() async { await intake.reload() }

    /// The account of an `Authorization: Bearer TOKEN` header (`Intake.authenticate`). Tokens are
    /// never logged.
    public func authenticate(bearer header: String?, address: String) async throws(IntakeFailure) -> Account {
        try await intake.authenticate(token: Self.bearerToken(header), address: address)
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

    /// A known signatory for `id`, after `account`'s right to act for it (`Intake.signatory`).
    public func signatory(_ id: String, for account: Account, in workspace: Workspace) throws(IntakeFailure)
        -> Signatory
    {
        try intake.signatory(id, for: account, in: workspace)
    }

    /// Files a report (`Intake.file`).
    public func file(_ bytes: [UInt8], quarter: Quarter, signatory: String, by account: Account) async throws -> Filed {
        try await intake.file(bytes, quarter: quarter, signatory: signatory, by: account)
    }

    /// What filing would store, stored nowhere (`Intake.check`).
    public func check(_ bytes: [UInt8], quarter: Quarter, signatory: String, by account: Account) async throws
        -> Checked
    {
        try await intake.check(bytes, quarter: quarter, signatory: signatory, by: account)
    }

    /// Sets a report's review (`Intake.setReview`).
    public func setReview(
        approved: Bool, comment: String?, quarter: Quarter, signatory: String, by account: Account
    ) async throws -> Review {
        try await intake.setReview(
            approved: approved, comment: comment, quarter: quarter, signatory: signatory, by: account)
    }

    /// Removes a report's review (`Intake.removeReview`).
    public func removeReview(quarter: Quarter, signatory: String, by account: Account) async throws -> Bool {
        try await intake.removeReview(quarter: quarter, signatory: signatory, by: account)
    }
}
