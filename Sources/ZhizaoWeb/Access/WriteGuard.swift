import Foundation
import Hummingbird
import ZhizaoAccess
import ZhizaoCore

extension AppContext {
    /// Throws 403 unless the caller may write records of `districts` (an editor only their own; nil: a record
    /// with no district, which only analysts and admins may write).
    func requireWrite(_ districts: String?...) throws {
        for district in districts where !AccessPolicy.allows(principal, .write(district: district)) {
            let name = principal?.account.name ?? "nobody"
            throw HTTPError(.forbidden, message: district.map { "\(name) may not write records of \($0)" } ?? "\(name) may write only records of their districts")
        }
    }
}

/// A JSON request body as `T`, with a 400 that says what is wrong.
func decodeBody<T: Decodable>(_ type: T.Type, _ request: Request, _ context: AppContext) async throws -> T {
    var request = request
    let body = try await request.collectBody(upTo: 1 << 20)
    do {
        return try JSONDecoder().decode(T.self, from: Data(body.readableBytesView))
    } catch let DecodingError.keyNotFound(key, _) {
        throw HTTPError(.badRequest, message: "the JSON body needs \"\(key.stringValue)\"")
    } catch let DecodingError.typeMismatch(_, c), let DecodingError.valueNotFound(_, c) {
        throw HTTPError(.badRequest, message: "\"\(c.codingPath.map(\.stringValue).joined(separator: "."))\" has the wrong type: \(c.debugDescription)")
    } catch {
        throw HTTPError(.badRequest, message: "the body must be JSON: \(error)")
    }
}
