import Foundation
import Hummingbird
import KomitmenApp
import KomitmenCore
import KomitmenIntake
import KomitmenRender
import KomitmenState

/// The served pages (DESIGN.md, "Served intake"): login, a signatory's home, the report form,
/// receipts, and the secretariat's grid, summary, review queue and chase list. Every page calls
/// `ServeServices` as the API does, and catches its own errors so they come back as HTML.
public struct Pages: PageRoutes {
    public init() {}

    public func register(on router: Router<ServerContext>, services: ServeServices) {
        let pages = PageHandlers(services: services)
        router.get("/") { request, _ in
            let page = PageRequest(request, services: services)
            guard let session = page.session else { return PageHTML.redirect("/login", cookies: page.cookies) }
            let home = session.account.kind == .secretariat ? "/secretariat" : "/signatories/\(session.account.who)"
            return PageHTML.redirect(home, cookies: page.cookies)
        }
        router.get("/assets/pages.css") { _, _ in
            Response(
                status: .ok, headers: [.contentType: "text/css; charset=utf-8", .cacheControl: "max-age=3600"],
                body: .init(byteBuffer: ByteBuffer(string: PageStyle.css)))
        }
        // The session of the cookie (and the checks a POST needs) by middleware on two route groups:
        // pages anyone may open, and pages for a signed-in browser.
        let open = router.group().add(middleware: PageMiddleware(services: services, requiresSession: false))
        let signedIn = router.group().add(middleware: PageMiddleware(services: services, requiresSession: true))
        open.get("/login", use: pages.open(pages.loginPage))
        open.post("/login", use: pages.open(pages.login))
        signedIn.post("/logout", use: pages.signedIn(pages.logout))
        signedIn.get("/signatories/:signatory", use: pages.signedIn(pages.home))
        signedIn.get("/reports/:quarter/:signatory", use: pages.signedIn(pages.form))
        signedIn.post("/reports/:quarter/:signatory", use: pages.signedIn(pages.submitForm))
        signedIn.post("/reports/:quarter/:signatory/upload", use: pages.signedIn(pages.upload))
        signedIn.get("/reports/:quarter/:signatory/template", use: pages.signedIn(pages.template))
        signedIn.get("/reports/:quarter/:signatory/file", use: pages.signedIn(pages.reportFile))
        signedIn.get("/reports/:quarter/:signatory/versions/:number", use: pages.signedIn(pages.receipt))
        signedIn.get("/reports/:quarter/:signatory/versions/:number/file", use: pages.signedIn(pages.versionFile))
        signedIn.get("/secretariat", use: pages.signedIn(pages.grid))
        signedIn.get("/secretariat/summary", use: pages.signedIn(pages.summary))
        signedIn.get("/secretariat/summary.html", use: pages.signedIn(pages.summaryDownload))
        signedIn.get("/secretariat/summary/:signatory", use: pages.signedIn(pages.summarySignatory))
        signedIn.get("/secretariat/reviews", use: pages.signedIn(pages.reviewQueue))
        signedIn.get("/secretariat/chase", use: pages.signedIn(pages.chase))
        signedIn.get("/reports/:quarter/:signatory/review", use: pages.signedIn(pages.reviewPage))
        signedIn.post("/reports/:quarter/:signatory/review", use: pages.signedIn(pages.submitReview))
    }
}

/// The pages' handlers; each gets the request's `PageRequest` (and, behind `signedIn`, a session).
struct PageHandlers: Sendable {
    typealias Handler = @Sendable (Request, ServerContext, PageRequest) async throws -> Response
    let services: ServeServices

    /// A page anyone may open; `PageMiddleware` made its `PageRequest` and turns its errors into HTML.
    func open(_ handler: @escaping Handler) -> @Sendable (Request, ServerContext) async throws -> Response {
        { request, context in
            guard let page = context.page else { throw IntakeFailure.internalFailure }
            return try await handler(request, context, page)
        }
    }

    /// A page for a signed-in browser: `PageMiddleware` saw to the session (a POST must also carry
    /// the session's CSRF token, checked by `form`).
    func signedIn(_ handler: @escaping Handler) -> @Sendable (Request, ServerContext) async throws -> Response {
        open(handler)
    }

    static func catching(_ page: PageRequest, _ services: ServeServices, _ body: () async throws -> Response) async
        -> Response
    {
        do {
            return try await body()
        } catch let failure as IntakeFailure {
            guard case .repositoryHasErrors = failure else { return page.errorPage(APIError(failure)) }
            // The secretariat is told where: a link a `git pull` brought stops every summary.
            let secretariat = page.session?.account.kind == .secretariat
            let list = secretariat ? Self.problemList(await services.workspace(), page.language) : HTML()
            return page.errorPage(APIError(failure), details: list)
        } catch let error as APIError {
            return page.errorPage(error)
        } catch {
            services.logger.error("page failed: \(String(describing: error).prefix(500))")
            return page.errorPage(.internalFailure)
        }
    }

    static let listedProblems = 20

    /// The repository's errors, where each is (`path:line:col`) and what it is, the first
    /// `listedProblems` of them.
    static func problemList(_ workspace: Workspace, _ language: Language) -> HTML {
        let errors = workspace.repository.diagnostics.filter { $0.severity == .error }
        guard !errors.isEmpty else { return HTML() }
        var out: HTML = "<ul class=\"problems\">\n"
        for diagnostic in errors.prefix(listedProblems) {
            let place = "\(diagnostic.file):\(diagnostic.mark.line):\(diagnostic.mark.column)"
            out += "<li><code>\(place)</code> \(diagnostic.message, in: language)</li>\n"
        }
        if errors.count > listedProblems {
            out += "<li>\(PageWords.moreProblems(errors.count - listedProblems), in: language)</li>\n"
        }
        out += "</ul>\n"
        return out
    }

    /// A POSTed form whose CSRF token is the session's (403 otherwise).
    func form(_ request: Request, _ page: PageRequest) async throws -> FormBody {
        let body = try await FormBody.read(request, limit: services.configuration.maxBodyBytes)
        guard let session = page.session, let given = body["csrf"],
            ConstantTime.equal(Array(given.utf8), Array(session.csrf.utf8))
        else { throw Self.badCSRF }
        return body
    }

    static let badCSRF = APIError(.forbidden, "csrf", PageWords.badCSRF)
    static let crossOrigin = APIError(.forbidden, "cross_origin", PageWords.crossOrigin)

    /// The quarter and signatory of the path, the session's right to them, and the repository.
    func target(_ context: ServerContext, _ page: PageRequest) async throws -> (Account, Quarter, Signatory, Workspace)
    {
        guard let account = page.session?.account else { throw IntakeFailure.unauthenticated }
        let (quarter, id) = try APIRoutes.pathParts(context)
        let workspace = await services.workspace()
        return (account, quarter, try services.signatory(id, for: account, in: workspace), workspace)
    }

    func secretariat(_ page: PageRequest) throws -> Account {
        guard let account = page.session?.account, account.kind == .secretariat else {
            throw IntakeFailure.secretariatOnly
        }
        return account
    }
}
