#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Turns the bytes of a text file into UTF-8: UTF-8 with or without BOM as is, GBK/GB18030 (what Excel
/// writes in China) converted, anything else refused with the place it went wrong.
public enum TextDecoding {
    /// The encoding a file turned out to be in.
    public enum Encoding: String, Sendable {
        case utf8 = "UTF-8", gb18030 = "GB18030"
    }

    /// UTF-8 bytes without a BOM, and the encoding found. A refusal says how to save the file again: from Excel for
    /// a `table`, as plain text for a report.
    public static func utf8(_ bytes: [UInt8], file: String, table: Bool = true) throws(ImportError) -> (text: [UInt8], encoding: Encoding) {
        let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes
        guard let badOffset = firstInvalidUTF8(body) else { return (body, .utf8) }
        if let converted = gb18030ToUTF8(body) { return (converted, .gb18030) }
        let line = body[..<badOffset].reduce(1) { $0 + ($1 == UInt8(ascii: "\n") ? 1 : 0) }
        throw ImportError([
            ImportProblem(
                file: file, line: line, column: 0,
                message: "the file is neither UTF-8 nor GBK/GB18030 (byte 0x\(hex(body[badOffset])) at offset "
                    + "\(badOffset)); " + (table ? "save it as UTF-8 (in Excel: CSV UTF-8) and try again" : "give a text file, saved as UTF-8"),
                chinese: "文件编码无法识别（既不是 UTF-8 也不是 GBK/GB18030，第 \(badOffset) 字节处）；"
                    + (table ? "请另存为 UTF-8（Excel：“CSV UTF-8”）或直接上传 .xlsx 工作簿" : "请提供文本文件，另存为 UTF-8 编码"))
        ])
    }

    /// The offset of the first byte that breaks UTF-8, nil when all of it is valid.
    static func firstInvalidUTF8(_ bytes: [UInt8]) -> Int? {
        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b < 0x80 {
                i += 1
                continue
            }
            let length: Int, minimum: UInt32
            switch b {
            case 0xC2...0xDF: (length, minimum) = (2, 0x80)
            case 0xE0...0xEF: (length, minimum) = (3, 0x800)
            case 0xF0...0xF4: (length, minimum) = (4, 0x10000)
            default: return i
            }
            guard i + length <= n else { return i }
            var scalar = UInt32(b) & (0xFF >> (length + 1))
            for k in 1..<length {
                let c = bytes[i + k]
                guard c & 0xC0 == 0x80 else { return i }
                scalar = scalar << 6 | UInt32(c & 0x3F)
            }
            guard scalar >= minimum, scalar <= 0x10FFFF, !(0xD800...0xDFFF).contains(scalar) else { return i }
            i += length
        }
        return nil
    }

    /// Converts GB18030 (a superset of GBK and GB2312) with the C library's iconv; nil when the bytes are not
    /// GB18030 either.
    static func gb18030ToUTF8(_ bytes: [UInt8]) -> [UInt8]? {
        let converter = iconv_open("UTF-8", "GB18030")
        guard converter != iconv_t(bitPattern: -1) else { return nil }
        defer { iconv_close(converter) }
        var input = bytes
        var output = [UInt8](repeating: 0, count: bytes.count * 2 + 16)  // GB18030 → UTF-8 grows by at most 2×
        let written: Int? = input.withUnsafeMutableBufferPointer { inBuffer in
            output.withUnsafeMutableBufferPointer { outBuffer in
                var inPointer = UnsafeMutableRawPointer(inBuffer.baseAddress)?.assumingMemoryBound(to: CChar.self)
                var inLeft = inBuffer.count
                var outPointer = UnsafeMutableRawPointer(outBuffer.baseAddress)?.assumingMemoryBound(to: CChar.self)
                var outLeft = outBuffer.count
                guard iconv(converter, &inPointer, &inLeft, &outPointer, &outLeft) != -1, inLeft == 0 else {
                    return nil
                }
                return outBuffer.count - outLeft
            }
        }
        guard let written else { return nil }
        return Array(output[..<written])
    }

    private static func hex(_ byte: UInt8) -> String {
        let digits = Array("0123456789ABCDEF")
        return String([digits[Int(byte >> 4)], digits[Int(byte & 0xF)]])
    }
}
