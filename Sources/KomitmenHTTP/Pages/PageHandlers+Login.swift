import Foundation
import Hummingbird
import KomitmenCore
import KomitmenIntake
import KomitmenRender
import KomitmenState

/// `/login` and `/logout`. The login form is guarded by a double-submit token (a random cookie
/// that the form repeats), since there is no session yet to tie it to.
extension PageHandlers {
    @Sendable func loginPage(_ request: Request, _ context: ServerContext, _ page: PageRequest) async throws -> Response
    {
        renderLogin(page, message: nil, status: .ok)
    }

    func renderLogin(_ page: PageRequest, message: String?, status: HTTPResponse.Status) -> Response {
        var page = page
        let token =
            page.cookie(PageRequest.loginCookie).flatMap {
                $0.hasPrefix(AccessToken.prefix) && $0.count <= 64 ? $0 : nil
            }
            ?? AccessToken.generate()
        page.cookies.append(PageRequest.cookie(PageRequest.loginCookie, token, secure: page.secure, maxAge: 3600))
        let l = page.language
        let notice = message.map { PageHTML.notice($0, kind: "error") } ?? HTML()
        let body: HTML = """
            \(notice)<form method="post" action="/login" class="card">
            \(PageHTML.csrfField(token))
            <label for="token">\(PageWords.tokenLabel, in: l)</label>
            <input id="token" name="token" type="password" autocomplete="current-password" required maxlength="256">
            <p class="help">\(PageWords.tokenHelp, in: l)</p>
            <button type="submit">\(PageWords.signIn, in: l)</button>
            </form>
            """
        return page.page(PageWords.signIn, body, status: status)
    }

    @Sendable func login(_ request: Request, _ context: ServerContext, _ page: PageRequest) async throws -> Response {
        let body = try await FormBody.read(request, limit: 64 * 1024)
        guard let expected = page.cookie(PageRequest.loginCookie), let given = body["csrf"],
            ConstantTime.equal(Array(expected.utf8), Array(given.utf8))
        else {
            return renderLogin(page, message: PageWords.badCSRF.text(page.language), status: .forbidden)
        }
        let token = (body["token"] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        let account: Account
        do {
            // The API's check, so its failed-authentication limit counts browser attempts too.
            account = try await services.authenticate(
                bearer: "Bearer " + token, address: services.clientAddress(request, context))
        } catch {
            var response = renderLogin(page, message: error.message.text(page.language), status: APIError(error).status)
            if case .tooManyFailures(let wait) = error { response.headers[.retryAfter] = String(wait) }
            return response
        }
        let (sessionToken, _) = try services.store.createSession(for: account, now: services.configuration.now())
        let home = account.kind == .secretariat ? "/secretariat" : "/signatories/\(account.who)"
        return PageHTML.redirect(
            home,
            cookies: page.cookies + [
                PageRequest.cookie(PageRequest.sessionCookie, sessionToken, secure: page.secure),
                PageRequest.cookie(PageRequest.loginCookie, "", secure: page.secure, maxAge: 0),
            ])
    }

    @Sendable func logout(_ request: Request, _ context: ServerContext, _ page: PageRequest) async throws -> Response {
        _ = try await form(request, page)
        if let token = page.sessionToken { try services.store.endSession(token) }
        return PageHTML.redirect(
            "/login",
            cookies: page.cookies + [
                PageRequest.cookie(PageRequest.sessionCookie, "", secure: page.secure, maxAge: 0)
            ])
    }
}
