import Foundation
import Hummingbird
import KomitmenApp
import KomitmenCore
import KomitmenIntake
import KomitmenRender
import KomitmenState
import KomitmenYAML

/// The JSON API of DESIGN's "Served intake" table, each route a thin call into `ServeServices`.
struct APIRoutes: Sendable {
    let services: ServeServices

    func register(on router: Router<ServerContext>) {
        router.get("/healthz") { _, _ in
            Response(
                status: .ok, headers: [.contentType: "text/plain; charset=utf-8"],
                body: .init(byteBuffer: ByteBuffer(string: "ok")))
        }
        // Every route of the API authenticates (`BearerAuthentication`); a body a route would
        // refuse is refused first, before its token is looked at.
        let authenticated = BearerAuthentication(services: services)
        let limit = services.configuration.maxBodyBytes
        let api = router.group("/api/v1").add(middleware: authenticated)
        api.get("/reports/:quarter/:signatory", use: getReport)
        api.get("/reports/:quarter/:signatory/versions", use: getVersions)
        api.get("/reports/:quarter/:signatory/versions/:number", use: getVersion)
        api.get("/templates/:quarter/:signatory", use: getTemplate)
        api.get("/status", use: getStatus)
        api.get("/summary", use: getSummary)
        api.get("/audit", use: getAudit)
        api.delete("/reviews/:quarter/:signatory", use: deleteReview)
        router.group("/api/v1")
            .add(middleware: BodyPrecheck(limit: limit, accepted: RequestBodyReader.yamlTypes))
            .add(middleware: authenticated)
            .put("/reports/:quarter/:signatory", use: putReport)
        router.group("/api/v1")
            .add(middleware: BodyPrecheck(limit: limit, accepted: RequestBodyReader.jsonTypes))
            .add(middleware: authenticated)
            .put("/reviews/:quarter/:signatory", use: putReview)
    }

    // MARK: - What every route checks first

    /// The account `BearerAuthentication` put in the context.
    func account(_ context: ServerContext) throws(IntakeFailure) -> Account {
        guard let account = context.account else { throw .unauthenticated }
        return account
    }

    /// The secretariat's account; `secretariatOnly` for a signatory's.
    func secretariat(_ context: ServerContext) throws(IntakeFailure) -> Account {
        try Intake.secretariat(account(context))
    }

    /// The quarter and signatory of the path, checked character by character (400), then the
    /// account's right (403) and the signatory's existence (404).
    func target(_ request: Request, _ context: ServerContext) async throws -> (Account, Quarter, Signatory, Workspace) {
        let account = try account(context)
        let (quarter, id) = try Self.pathParts(context)
        let workspace = await services.workspace()
        let signatory = try services.signatory(id, for: account, in: workspace)
        return (account, quarter, signatory, workspace)
    }

    static func pathParts(_ context: ServerContext) throws(APIError) -> (Quarter, String) {
        let quarterText = context.parameters.get("quarter") ?? ""
        let id = context.parameters.get("signatory") ?? ""
        guard let quarter = Self.quarter(quarterText) else { throw .badQuarter(quarterText) }
        guard Receipt.isValidSignatoryID(id) else { throw .badSignatoryID(id) }
        return (quarter, id)
    }

    /// Only the canonical spelling `YYYY-Qn`: nothing else ever becomes part of a path.
    static func quarter(_ text: String) -> Quarter? {
        guard text.utf8.count == 7, let quarter = Quarter(text), quarter.description == text else { return nil }
        return quarter
    }

    static func yaml(_ bytes: [UInt8], status: HTTPResponse.Status = .ok) -> Response {
        Response(
            status: status, headers: [.contentType: "application/yaml; charset=utf-8"],
            body: .init(byteBuffer: ByteBuffer(bytes: bytes)))
    }
}
