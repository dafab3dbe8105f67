import Hummingbird
import KomitmenIntake

/// The API's authentication, as middleware on its route group: the account of the
/// `Authorization: Bearer TOKEN` header goes into the context, or the request is answered 401
/// (with `WWW-Authenticate`) or 429 once its address failed too often (`Intake.authenticate`).
/// Tokens are never logged.
struct BearerAuthentication: RouterMiddleware {
    typealias Context = ServerContext
    let services: ServeServices

    func handle(
        _ request: Request, context: ServerContext,
        next: (Request, ServerContext) async throws -> Response
    ) async throws -> Response {
        var context = context
        context.account = try await services.authenticate(
            bearer: request.headers[.authorization], address: services.clientAddress(request, context))
        return try await next(request, context)
    }
}

/// What a route checks before it authenticates, so a body it would refuse is refused before
/// anything else is looked at: a declared length over the bound (413), a media type it does not
/// take (415).
struct BodyPrecheck: RouterMiddleware {
    typealias Context = ServerContext
    let limit: Int
    let accepted: [String]

    func handle(
        _ request: Request, context: ServerContext,
        next: (Request, ServerContext) async throws -> Response
    ) async throws -> Response {
        try RequestBodyReader.precheck(request, limit: limit, accepted: accepted)
        return try await next(request, context)
    }
}
