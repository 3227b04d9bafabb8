import Hummingbird

/// Finds who is asking, from a bearer token or the session cookie, before any route runs. A token that is
/// unknown, revoked or expired is refused at once (401) rather than treated as anonymous.
struct AuthenticationMiddleware: RouterMiddleware {
    let sessions: Sessions

    func handle(_ request: Request, context: AppContext, next: (Request, AppContext) async throws -> Response) async throws -> Response {
        var context = context
        (context.principal, context.session) = try await sessions.principal(request)
        return try await next(request, context)
    }
}
