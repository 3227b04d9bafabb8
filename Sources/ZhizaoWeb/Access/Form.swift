import Foundation
import Hummingbird

/// A submitted form: `application/x-www-form-urlencoded` or `multipart/form-data` (file uploads).
struct Form: Sendable {
    struct Part: Sendable {
        var name: String
        var filename: String?
        var bytes: [UInt8]
        var text: String { String(decoding: bytes, as: UTF8.self) }
    }

    var parts: [Part]

    func text(_ name: String) -> String? { parts.first { $0.name == name && $0.filename == nil }?.text }

    /// A file field that was given a file.
    func file(_ name: String) -> Part? { parts.first { $0.name == name && $0.filename != nil && !$0.bytes.isEmpty } }

    init(body: ByteBuffer, contentType: String) throws {
        let bytes = Array(body.readableBytesView)
        if contentType.hasPrefix("multipart/form-data") {
            guard let boundary = Self.parameter("boundary", of: contentType) else {
                throw HTTPError(.badRequest, message: "a multipart form without a boundary")
            }
            parts = try Self.multipart(bytes, boundary: boundary)
        } else {
            parts = Self.urlEncoded(String(decoding: bytes, as: UTF8.self))
        }
    }

    /// Reads the form of `request`, or returns the one the CSRF check read.
    static func read(_ request: Request, _ context: AppContext) async throws -> Form {
        if let form = context.form { return form }
        var request = request
        let body = try await request.collectBody(upTo: context.maxUploadSize)
        return try Form(body: body, contentType: request.headers[.contentType] ?? "")
    }

    static func urlEncoded(_ text: String) -> [Part] {
        text.split(separator: "&").map { pair in
            let kv = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            func decode(_ s: Substring) -> String { s.replacingOccurrences(of: "+", with: " ").removingPercentEncoding ?? String(s) }
            return Part(name: decode(kv[0]), bytes: Array(decode(kv.count > 1 ? kv[1] : "").utf8))
        }
    }

    /// The parts between `--boundary` lines, each with its headers' name and filename.
    static func multipart(_ bytes: [UInt8], boundary: String) throws -> [Part] {
        let delimiter = Array("\r\n--\(boundary)".utf8)
        // The first delimiter has no line break before it.
        let body = Array("\r\n".utf8) + bytes
        var parts: [Part] = []
        var position = try find(delimiter, in: body, from: 0) ?? { throw HTTPError(.badRequest, message: "the multipart form is empty") }()
        while true {
            position += delimiter.count
            if body[position..<min(position + 2, body.count)].elementsEqual("--".utf8) { break }
            guard let headersEnd = find(Array("\r\n\r\n".utf8), in: body, from: position),
                let next = find(delimiter, in: body, from: headersEnd + 4)
            else { throw HTTPError(.badRequest, message: "the multipart form is cut short") }
            let headers = String(decoding: body[position..<headersEnd], as: UTF8.self)
            let disposition = headers.split(separator: "\r\n").first { $0.lowercased().hasPrefix("content-disposition:") }.map(String.init) ?? ""
            if let name = parameter("name", of: disposition) {
                parts.append(Part(name: name, filename: parameter("filename", of: disposition), bytes: Array(body[(headersEnd + 4)..<next])))
            }
            position = next
        }
        return parts
    }

    private static func find(_ needle: [UInt8], in haystack: [UInt8], from start: Int) -> Int? {
        guard let first = needle.first, haystack.count >= needle.count else { return nil }
        var i = start
        let last = haystack.count - needle.count
        while i <= last {
            guard let hit = haystack[i...last].firstIndex(of: first) else { return nil }
            if haystack[hit..<(hit + needle.count)].elementsEqual(needle) { return hit }
            i = hit + 1
        }
        return nil
    }

    /// `key=value` or `key="value"` in a header value such as `form-data; name="file"; filename="a.csv"`.
    static func parameter(_ key: String, of header: String) -> String? {
        for piece in header.split(separator: ";") {
            let kv = piece.trimmingCharacters(in: .whitespaces).split(separator: "=", maxSplits: 1)
            guard kv.count == 2, kv[0].lowercased() == key else { continue }
            var value = String(kv[1])
            if value.hasPrefix("\""), value.hasSuffix("\""), value.count >= 2 { value = String(value.dropFirst().dropLast()) }
            return value
        }
        return nil
    }
}
