import HTTPTypes
import Hummingbird
import ZhizaoAccess

/// Cross-site request forgery: a browser session's write must come from this site (its `Origin`, when sent,
/// is ours) and carry the session's token, in the `X-CSRF-Token` header or a form's `csrf` field.
enum CSRF {
    static let field = "csrf"
    static let header = HTTPField.Name("X-CSRF-Token")!

    static func check(_ request: inout Request, _ context: inout AppContext) async throws {
        guard let session = context.session else { return }
        if let origin = request.headers[.origin], let host = request.head.authority,
            origin != "http://\(host)", origin != "https://\(host)"
        {
            throw HTTPError(.forbidden, message: "a write from another site (\(origin)) is refused")
        }
        let sent = try await token(in: &request, &context)
        guard let sent, Secrets.equal(sent, session.csrf) else {
            throw HTTPError(.forbidden, message: "the form has expired or did not come from this site; reload the page and try again")
        }
    }

    /// The token sent with the request, from the header or the form body (which stays readable); a form read
    /// here is kept in the context, so that the handler does not parse an upload a second time.
    static func token(in request: inout Request, _ context: inout AppContext) async throws -> String? {
        if let header = request.headers[header] { return header }
        let type = request.headers[.contentType] ?? ""
        guard type.hasPrefix("application/x-www-form-urlencoded") || type.hasPrefix("multipart/form-data") else { return nil }
        let form = try Form(body: try await request.collectBody(upTo: context.maxUploadSize), contentType: type)
        context.form = form
        return form.text(field)
    }
}
