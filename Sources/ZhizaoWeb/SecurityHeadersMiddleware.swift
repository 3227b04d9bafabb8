import HTTPTypes
import Hummingbird

/// Headers that tell browsers what the dashboard's responses may do, on every response (pages, API, assets,
/// errors): no inline or foreign scripts, no plugins, no framing, no sniffing, no referrer sent off the site.
///
/// Added in `buildRouter` outside `ErrorMiddleware`, so the error page and the API's JSON errors carry them too.
struct SecurityHeadersMiddleware<Context: RequestContext>: RouterMiddleware {
    /// What a page may load: its own scripts, styles and images only. `style-src-attr 'unsafe-inline'`
    /// allows `style` attributes, not `<style>` elements: the charts (`ZhizaoCharts`) cap each SVG's width
    /// in one (`style="max-width: 720px"`), a size that differs from chart to chart.
    static var contentSecurityPolicy: String {
        [
            "default-src 'self'", "script-src 'self'", "style-src 'self'", "style-src-attr 'unsafe-inline'",
            "img-src 'self'", "object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'", "form-action 'self'",
        ].joined(separator: "; ")
    }

    /// The headers added to each response.
    static var headers: HTTPFields {
        [
            .contentSecurityPolicy: contentSecurityPolicy,
            .xContentTypeOptions: "nosniff",
            HTTPField.Name("Referrer-Policy")!: "same-origin",
            HTTPField.Name("X-Frame-Options")!: "DENY",
        ]
    }

    private let headers = Self.headers

    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        var response = try await next(request, context)
        for field in headers { response.headers[field.name] = field.value }
        return response
    }
}
