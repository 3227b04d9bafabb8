import Hummingbird

extension Request {
    /// The value of the cookie `name`, found in the `Cookie` header without parsing the others (every page and
    /// API read asks for the session and the language); nil when absent or empty.
    func cookie(_ name: String) -> String? {
        headers[.cookie].flatMap { Self.cookie(name, in: $0) }
    }

    /// `name=value` in a `Cookie` header, scanned as bytes.
    static func cookie(_ name: String, in header: String) -> String? {
        let bytes = Array(header.utf8), key = Array(name.utf8) + [UInt8(ascii: "=")]
        var i = 0
        while i + key.count <= bytes.count {
            let atStart = i == 0 || bytes[i - 1] == UInt8(ascii: " ") || bytes[i - 1] == UInt8(ascii: ";")
            if atStart, bytes[i..<(i + key.count)].elementsEqual(key) {
                let start = i + key.count
                var end = start
                while end < bytes.count, bytes[end] != UInt8(ascii: ";"), bytes[end] != UInt8(ascii: " ") { end += 1 }
                return end > start ? String(decoding: bytes[start..<end], as: UTF8.self) : nil
            }
            i += 1
        }
        return nil
    }
}
