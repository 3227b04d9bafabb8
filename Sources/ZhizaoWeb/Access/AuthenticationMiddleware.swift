import Hummingbird

/// Finds who is asking, from a bearer token or the session cookie, and the page language, before any route runs
/// (the `Cookie` fields scanned once for both). A token that is unknown, revoked or expired is refused at once
/// (401) rather than treated as anonymous.
struct AuthenticationMiddleware: RouterMiddleware {
    let sessions: Sessions

    func handle(_ request: Request, context: AppContext, next: (Request, AppContext) async throws -> Response) async throws -> Response {
        var context = context
        let (sessionCookie, languageCookie) = request.cookies(Sessions.cookieName, Reply.languageCookie)
        (context.principal, context.session, context.viewer) = try await sessions.principal(request, cookie: sessionCookie)
        (context.language, context.languageFromQuery) = Reply.language(request, cookie: languageCookie)
        return try await next(request, context)
    }
}
