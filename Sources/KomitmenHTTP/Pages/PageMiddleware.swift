import Hummingbird
import KomitmenIntake

/// The pages' session, as middleware on their route groups: the request's `PageRequest`
/// (language, the session of the cookie, cookies to set) and the session's account go into the
/// context. Where a session is required, a GET without one goes to the login page and anything
/// else is refused; a POST from another site is refused (`PageRequest.isSameOrigin`, behind the
/// CSRF token); the pages' errors come back as HTML.
struct PageMiddleware: RouterMiddleware {
    typealias Context = ServerContext
    let services: ServeServices
    let requiresSession: Bool

    func handle(
        _ request: Request, context: ServerContext,
        next: (Request, ServerContext) async throws -> Response
    ) async throws -> Response {
        let page = PageRequest(request, services: services)
        if requiresSession && page.session == nil {
            if request.method == .get { return PageHTML.redirect("/login", cookies: page.cookies) }
            return page.errorPage(APIError(.unauthorized, "unauthenticated", PageWords.signInFirst))
        }
        if request.method == .post && !page.isSameOrigin { return page.errorPage(PageHandlers.crossOrigin) }
        var context = context
        context.page = page
        context.account = page.session?.account
        return await PageHandlers.catching(page, services) { try await next(request, context) }
    }
}
