/// A streaming reader of the tags and text of an XML document fed in chunks, for the two parts of a workbook that
/// grow with its rows (worksheets and shared strings).
///
/// FoundationXML's `XMLParser` reads the small parts (workbook, relationships, styles). For the large ones this
/// scanner is used instead: it takes the chunks the ZIP decompressor hands out, so a worksheet of a million rows
/// is never whole in memory, and it is several times faster than `XMLParser` on them (docs/PERFORMANCE.md,
/// "Excel (issue 11)"). It understands what spreadsheet XML uses: elements, attributes in either quote,
/// text, the five named entities and character references, CDATA, comments and processing instructions; it does
/// not validate.
struct XMLStream {
    /// What the scanner found: a start tag (`<c r="A1">`, or `<c/>` with `isEmpty`), an end tag, or text.
    enum Event {
        case start(XMLTag)
        case end(XMLTag)
        case text(ArraySlice<UInt8>)
    }

    /// Bytes received but not yet handed out (an unfinished tag or text).
    private var pending: [UInt8] = []

    /// Hands every complete tag and text in `chunk` (after what earlier chunks left) to `handle`.
    mutating func feed(_ chunk: some Sequence<UInt8>, _ handle: (Event) throws -> Void) rethrows {
        pending.append(contentsOf: chunk)
        let consumed = try scan(handle)
        if consumed == pending.count {
            pending.removeAll(keepingCapacity: true)
        } else if consumed > 0 {
            pending.removeSubrange(0..<consumed)
        }
    }

    /// True when nothing but whitespace is left unread (the document ended cleanly).
    var isDrained: Bool { pending.allSatisfy { $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 } }

    /// Scans `pending` and returns how many bytes were handed out.
    private func scan(_ handle: (Event) throws -> Void) rethrows -> Int {
        let lt = UInt8(ascii: "<"), gt = UInt8(ascii: ">"), slash = UInt8(ascii: "/")
        let bytes = pending
        let count = bytes.count
        var position = 0
        while position < count {
            guard let open = bytes[position...].firstIndex(of: lt) else { return position }  // text may go on
            if open > position { try handle(.text(bytes[position..<open])) }
            position = open
            guard open + 1 < count else { return position }
            switch bytes[open + 1] {
            case UInt8(ascii: "?"):
                guard let end = Self.find([UInt8(ascii: "?"), gt], in: bytes, from: open + 2) else { return position }
                position = end + 2
            case UInt8(ascii: "!"):
                if Self.has([UInt8(ascii: "!"), UInt8(ascii: "["), UInt8(ascii: "C")], in: bytes, at: open + 1) {
                    guard let end = Self.find(Array("]]>".utf8), in: bytes, from: open + 9) else { return position }
                    // CDATA is text as is; handed out escaped so that the reader's entity decoding keeps it.
                    try handle(.text(ArraySlice(XMLText.escape(bytes[(open + 9)..<end]))))
                    position = end + 3
                } else {
                    guard let end = Self.find(Array("-->".utf8), in: bytes, from: open + 2) else { return position }
                    position = end + 3
                }
            default:
                guard let close = Self.tagEnd(bytes, from: open + 1) else { return position }
                let isEnd = bytes[open + 1] == slash
                let isEmpty = !isEnd && bytes[close - 1] == slash
                let inner = bytes[(isEnd ? open + 2 : open + 1)..<(isEmpty ? close - 1 : close)]
                let tag = XMLTag(inner)
                if isEnd {
                    try handle(.end(tag))
                } else {
                    try handle(.start(tag.emptied(isEmpty)))
                    if isEmpty { try handle(.end(tag)) }
                }
                position = close + 1
            }
        }
        return position
    }

    /// The `>` that closes the tag starting at `start`, skipping quoted attribute values.
    private static func tagEnd(_ bytes: [UInt8], from start: Int) -> Int? {
        var quote: UInt8 = 0
        var index = start
        while index < bytes.count {
            let byte = bytes[index]
            if quote != 0 {
                if byte == quote { quote = 0 }
            } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                quote = byte
            } else if byte == UInt8(ascii: ">") {
                return index
            }
            index += 1
        }
        return nil
    }

    private static func has(_ needle: [UInt8], in bytes: [UInt8], at offset: Int) -> Bool {
        offset + needle.count <= bytes.count && bytes[offset..<(offset + needle.count)].elementsEqual(needle)
    }

    private static func find(_ needle: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
        var index = start
        while index + needle.count <= bytes.count {
            if bytes[index] == needle[0], has(needle, in: bytes, at: index) { return index }
            index += 1
        }
        return nil
    }
}

/// A tag's name (without namespace prefix) and its attributes, read on demand.
struct XMLTag {
    /// The bytes between `<` (or `</`) and `>` (or `/>`).
    let inner: ArraySlice<UInt8>
    /// The local name: `c` for both `<c …>` and `<x:c …>`.
    let name: ArraySlice<UInt8>
    /// True for `<c/>`.
    private(set) var isEmpty = false

    init(_ inner: ArraySlice<UInt8>) {
        self.inner = inner
        let end = inner.firstIndex { $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 } ?? inner.endIndex
        let qualified = inner[inner.startIndex..<end]
        name = qualified.lastIndex(of: UInt8(ascii: ":")).map { qualified[($0 + 1)...] } ?? qualified
    }

    func emptied(_ empty: Bool) -> XMLTag {
        var copy = self
        copy.isEmpty = empty
        return copy
    }

    /// Whether the local name is `text` (ASCII).
    func `is`(_ text: StaticString) -> Bool {
        name.count == text.utf8CodeUnitCount
            && text.withUTF8Buffer { name.elementsEqual($0) }
    }

    /// The raw (still escaped) value of the attribute named `key` (qualified names compared whole).
    func attribute(_ key: StaticString) -> ArraySlice<UInt8>? {
        key.withUTF8Buffer { key -> ArraySlice<UInt8>? in
            var index = name.endIndex
            let end = inner.endIndex
            while index < end {
                // Skip whitespace, read NAME = "VALUE".
                while index < end, inner[index] <= 0x20 { index += 1 }
                let nameStart = index
                while index < end, inner[index] != UInt8(ascii: "="), inner[index] > 0x20 { index += 1 }
                let attributeName = inner[nameStart..<index]
                while index < end, inner[index] != UInt8(ascii: "\""), inner[index] != UInt8(ascii: "'") { index += 1 }
                guard index < end else { return nil }
                let quote = inner[index]
                let valueStart = index + 1
                guard let valueEnd = inner[valueStart...].firstIndex(of: quote) else { return nil }
                if attributeName.elementsEqual(key) { return inner[valueStart..<valueEnd] }
                index = valueEnd + 1
            }
            return nil
        }
    }
}

/// Text and attribute values of XML: entities decoded, and Excel's `_xHHHH_` escapes of control characters.
enum XMLText {
    /// The decoded string of escaped bytes.
    static func decode(_ bytes: ArraySlice<UInt8>) -> String {
        guard bytes.contains(UInt8(ascii: "&")) || bytes.contains(UInt8(ascii: "_")) else {
            return String(decoding: bytes, as: UTF8.self)
        }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let byte = bytes[index]
            if byte == UInt8(ascii: "&"), let semicolon = bytes[index...].prefix(12).firstIndex(of: UInt8(ascii: ";")),
                let scalar = entity(bytes[(index + 1)..<semicolon])
            {
                out.append(contentsOf: String(Character(scalar)).utf8)
                index = semicolon + 1
            } else if byte == UInt8(ascii: "_"), index + 7 <= bytes.endIndex, bytes[index + 1] == UInt8(ascii: "x"),
                bytes[index + 6] == UInt8(ascii: "_"), let code = hexValue(bytes[(index + 2)..<(index + 6)]),
                let scalar = Unicode.Scalar(code)
            {
                out.append(contentsOf: String(Character(scalar)).utf8)
                index += 7
            } else {
                out.append(byte)
                index += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// `&`, `<` and `>` escaped, for CDATA handed out as ordinary text.
    static func escape(_ bytes: ArraySlice<UInt8>) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        for byte in bytes {
            switch byte {
            case UInt8(ascii: "&"): out.append(contentsOf: "&amp;".utf8)
            case UInt8(ascii: "<"): out.append(contentsOf: "&lt;".utf8)
            case UInt8(ascii: "_"): out.append(contentsOf: "&#95;".utf8)
            default: out.append(byte)
            }
        }
        return out
    }

    private static func entity(_ name: ArraySlice<UInt8>) -> Unicode.Scalar? {
        switch String(decoding: name, as: UTF8.self) {
        case "amp": "&"
        case "lt": "<"
        case "gt": ">"
        case "quot": "\""
        case "apos": "'"
        case let reference where reference.hasPrefix("#x"):
            UInt32(reference.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init)
        case let reference where reference.hasPrefix("#"):
            UInt32(reference.dropFirst()).flatMap(Unicode.Scalar.init)
        default: nil
        }
    }

    private static func hexValue(_ digits: ArraySlice<UInt8>) -> UInt32? {
        UInt32(String(decoding: digits, as: UTF8.self), radix: 16)
    }
}
