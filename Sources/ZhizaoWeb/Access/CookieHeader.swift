import Hummingbird

extension Request {
    /// The value of the cookie `name`, found in the `Cookie` fields without parsing the others or copying the header
    /// (every page and API read asks for the session and the language); nil when absent or empty. HTTPTypes gives
    /// a field per `name=value` pair of the header, so each field is scanned in place.
    func cookie(_ name: String) -> String? {
        for field in headers where field.name == .cookie {
            if let value = Self.cookie(name, in: field.value) { return value }
        }
        return nil
    }

    /// The values of two cookies, found in one pass over the `Cookie` fields (the session and the language, which
    /// every request asks for).
    func cookies(_ first: String, _ second: String) -> (String?, String?) {
        var found: (String?, String?) = (nil, nil)
        for field in headers where field.name == .cookie {
            if found.0 == nil { found.0 = Self.cookie(first, in: field.value) }
            if found.1 == nil { found.1 = Self.cookie(second, in: field.value) }
            if found.0 != nil, found.1 != nil { break }
        }
        return found
    }

    /// `name=value` in a `Cookie` header, scanned as bytes.
    static func cookie(_ name: String, in header: String) -> String? {
        header.utf8.withContiguousStorageIfAvailable { bytes in
            name.utf8.withContiguousStorageIfAvailable { key in value(of: key, in: bytes) } ?? nil
        } ?? Array(header.utf8).withUnsafeBufferPointer { bytes in
            Array(name.utf8).withUnsafeBufferPointer { key in value(of: key, in: bytes) }
        }
    }

    /// The value after `key=` where `key` starts the header or follows a space or a semicolon.
    private static func value(of key: UnsafeBufferPointer<UInt8>, in bytes: UnsafeBufferPointer<UInt8>) -> String? {
        var i = 0
        while i + key.count < bytes.count {
            let atStart = i == 0 || bytes[i - 1] == UInt8(ascii: " ") || bytes[i - 1] == UInt8(ascii: ";")
            if atStart, bytes[i + key.count] == UInt8(ascii: "="), UnsafeBufferPointer(rebasing: bytes[i..<(i + key.count)]).elementsEqual(key) {
                let start = i + key.count + 1
                var end = start
                while end < bytes.count, bytes[end] != UInt8(ascii: ";"), bytes[end] != UInt8(ascii: " ") { end += 1 }
                return end > start ? String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self) : nil
            }
            i += 1
        }
        return nil
    }
}
