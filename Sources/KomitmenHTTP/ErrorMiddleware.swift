import Hummingbird
import KomitmenIntake
import Logging

/// Every answer in the API's shape: an error of any kind becomes `{"error": {...}}` (a failure
/// inside the server says no more than that), and every answer is marked not to be sniffed or
/// cached. With the pages mounted, a browser asking for a page that is not there (outside
/// `/api/`, accepting HTML) gets the error as a page in its language instead (DESIGN: "Browsers
/// get errors as pages in their language, never JSON"). Requests are not logged here (no header,
/// so no token, ever reaches a log).
struct ErrorMiddleware: RouterMiddleware {
    typealias Context = ServerContext
    let services: ServeServices

    var logger: Logger { services.logger }

    func handle(
        _ request: Request, context: ServerContext,
        next: (Request, ServerContext) async throws -> Response
    ) async throws -> Response {
        var response: Response
        do {
            response = try await next(request, context)
        } catch let error as APIError {
            response = try error.response(from: request, context: context)
        } catch let failure as IntakeFailure {
            response = try APIError(failure).response(from: request, context: context)
        } catch let error as HTTPError {
            var mapped: APIError =
                switch error.status {
                case .notFound: .notFound
                case .methodNotAllowed: .methodNotAllowed
                case .contentTooLarge: .tooLarge(context.maxUploadSize)
                default: APIError(error.status, "http_\(error.status.code)", .init(verbatim: error.status.reasonPhrase))
                }
            // A known path asked with another method: 405 naming the methods it answers.
            if error.status == .notFound, let allow = RouteMethods.allowed(request.uri.path) {
                mapped = .methodNotAllowed
                mapped.headers[.allow] = allow
            }
            response =
                Self.isBrowserPage(request, pages: services.configuration.pages != nil)
                ? PageRequest(request, services: services).errorPage(mapped)
                : try mapped.response(from: request, context: context)
        } catch {
            logger.error("request failed: \(String(describing: error).prefix(500))")
            response = try APIError.internalFailure.response(from: request, context: context)
        }
        response.headers[.xContentTypeOptions] = "nosniff"
        if response.headers[.cacheControl] == nil { response.headers[.cacheControl] = "no-store" }
        return response
    }

    /// A browser's request for a page: not the API, not a file the pages serve, and HTML accepted.
    static func isBrowserPage(_ request: Request, pages: Bool) -> Bool {
        guard pages, !request.uri.path.hasPrefix("/api/"), !request.uri.path.hasPrefix("/assets/") else { return false }
        return request.headers[values: .accept].contains { $0.contains("text/html") }
    }
}
