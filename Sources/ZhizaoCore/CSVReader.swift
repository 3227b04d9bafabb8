/// One field of a CSV record: where its bytes are and where it starts in the file.
public struct CSVField: Sendable {
    /// Byte range of the value inside the buffer (without enclosing quotes).
    public var range: Range<Int>
    /// True when the value contains doubled quotes ("") that stand for one.
    public var hasEscapedQuotes: Bool
    /// 1-based line where the field starts.
    public var line: Int
    /// Byte offset of the start of that line.
    public var lineStart: Int
    /// Byte offset where the field starts (at its opening quote if quoted).
    public var start: Int
}

/// A malformed CSV record.
public struct CSVSyntaxError: Error, Sendable, Equatable {
    public var line: Int
    public var column: Int
    public var message: String
}

/// A fast reader of RFC 4180 CSV over UTF-8 bytes: quoted fields, doubled quotes, CRLF, LF or CR line ends.
///
/// Fields are byte ranges into the buffer, so reading a million rows allocates no strings; ask for a value
/// with ``string(_:)`` or compare its bytes with ``bytes(_:)``.
public struct CSVReader: Sendable {
    public let buffer: [UInt8]
    private var position: Int
    private var line = 1

    /// Reads `buffer`, skipping a UTF-8 byte-order mark.
    public init(_ buffer: [UInt8]) {
        self.buffer = buffer
        position = buffer.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
    }

    /// Reads the next non-empty record into `fields`; false at the end of the buffer.
    public mutating func next(into fields: inout [CSVField]) throws(CSVSyntaxError) -> Bool {
        fields.removeAll(keepingCapacity: true)
        let quote = UInt8(ascii: "\""), comma = UInt8(ascii: ","), lf = UInt8(ascii: "\n"), cr = UInt8(ascii: "\r")
        let count = buffer.count
        // Skip empty lines.
        while position < count, buffer[position] == lf || buffer[position] == cr {
            if buffer[position] == lf || position + 1 >= count || buffer[position + 1] != lf { line += 1 }
            position += 1
        }
        guard position < count else { return false }
        let recordLineStart = position
        return try buffer.withUnsafeBufferPointer { bytes throws(CSVSyntaxError) -> Bool in
            var lineStart = recordLineStart
            while true {
                let start = position
                if position < count, bytes[position] == quote {
                    position += 1
                    var escaped = false
                    let fieldLine = line, fieldLineStart = lineStart
                    while true {
                        guard position < count else {
                            throw CSVSyntaxError(
                                line: fieldLine, column: column(of: start, lineStart: fieldLineStart),
                                message: "quoted field is never closed; add the closing double quote")
                        }
                        let byte = bytes[position]
                        if byte == quote {
                            if position + 1 < count, bytes[position + 1] == quote {
                                escaped = true
                                position += 2
                                continue
                            }
                            break
                        }
                        if byte == lf || (byte == cr && (position + 1 >= count || bytes[position + 1] != lf)) {
                            line += 1
                            lineStart = position + 1
                        }
                        position += 1
                    }
                    fields.append(
                        CSVField(
                            range: (start + 1)..<position, hasEscapedQuotes: escaped, line: fieldLine,
                            lineStart: fieldLineStart, start: start))
                    position += 1  // closing quote
                    if position < count, bytes[position] != comma, bytes[position] != lf, bytes[position] != cr {
                        throw CSVSyntaxError(
                            line: line, column: column(of: position, lineStart: lineStart),
                            message: "unexpected text after a closing quote; put the whole field in quotes")
                    }
                } else {
                    while position < count {
                        let byte = bytes[position]
                        if byte == comma || byte == lf || byte == cr { break }
                        if byte == quote {
                            throw CSVSyntaxError(
                                line: line, column: column(of: position, lineStart: lineStart),
                                message: "double quote inside an unquoted field; quote the field and double the quote")
                        }
                        position += 1
                    }
                    fields.append(
                        CSVField(
                            range: start..<position, hasEscapedQuotes: false, line: line, lineStart: lineStart,
                            start: start))
                }
                guard position < count else { return true }
                let byte = bytes[position]
                position += 1
                if byte == comma { continue }
                if byte == cr, position < count, bytes[position] == lf { position += 1 }
                line += 1
                return true
            }
        }
    }

    /// The field's value as a string, with doubled quotes undone.
    public func string(_ field: CSVField) -> String {
        let text = buffer.withUnsafeBufferPointer {
            String(decoding: UnsafeBufferPointer(rebasing: $0[field.range]), as: UTF8.self)
        }
        return field.hasEscapedQuotes ? text.replacingAll("\"\"", with: "\"") : text
    }

    /// The 1-based character column where the field starts.
    public func column(_ field: CSVField) -> Int {
        column(of: field.start, lineStart: field.lineStart)
    }

    private func column(of offset: Int, lineStart: Int) -> Int {
        // Count UTF-8 lead bytes: one per character.
        buffer[lineStart..<offset].reduce(1) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
    }
}

extension String {
    /// The string with every `target` replaced by `replacement` (no Foundation needed).
    fileprivate func replacingAll(_ target: String, with replacement: String) -> String {
        split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
