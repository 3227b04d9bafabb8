import Foundation
import Hummingbird

extension Request {
    /// The value of the cookie `name`, found in the `Cookie` header without parsing the others (every page and
    /// API read asks for the session and the language); nil when absent or empty.
    func cookie(_ name: String) -> String? {
        headers[.cookie].flatMap { Self.cookie(name, in: $0) }
    }

    static func cookie(_ name: String, in header: String) -> String? {
        var rest = header[...]
        while let found = rest.range(of: name + "=") {
            let before = found.lowerBound == header.startIndex ? nil : header[header.index(before: found.lowerBound)]
            if before == nil || before == " " || before == ";" {
                let value = header[found.upperBound...].prefix { $0 != ";" && $0 != " " }
                return value.isEmpty ? nil : String(value)
            }
            rest = header[found.upperBound...]
        }
        return nil
    }
}
