/// Text as the reader reads it: lines broken mid-sentence by a column layout joined again, page chrome and
/// bylines dropped; each kept scalar remembers its offset in the original input.
public struct CleanText: Sendable {
    public let scalars: [Unicode.Scalar]
    /// `offsets[i]` is the original offset of `scalars[i]`; one more entry holds the input's length.
    public let offsets: [Int]

    /// Lines that are page furniture, not report: bylines, photo credits, font-size menus, counters, timestamps.
    static let chrome: [String] = [
        "记者", "通讯员", "图/", "摄影", "供图", "责任编辑", "编辑：", "来源：", "字号", "浏览次数", "阅读量", "分享到", "打印本页", "关闭窗口",
        "发布时间", "【大 中 小】", "扫一扫",
    ]
    static let sentenceEnds: Set<Unicode.Scalar> = ["。", "！", "？", "；", "：", "!", "?", ";", "”", "」"]

    /// Whether a short line holds one of the chrome words and is no sentence (记者从…获悉，… is report).
    static func isChrome(_ line: [Unicode.Scalar]) -> Bool {
        !line.contains("，") && !line.contains("。") && line.indices.contains { i in chrome.contains { QuantityScanner.has(line, i, $0) } }
    }

    public init(_ text: String) {
        let input = Array(text.unicodeScalars)
        var scalars: [Unicode.Scalar] = []
        var offsets: [Int] = []
        scalars.reserveCapacity(input.count)
        var lineStart = 0
        while lineStart < input.count {
            var lineEnd = lineStart
            while lineEnd < input.count, input[lineEnd] != "\n" { lineEnd += 1 }
            let line = input[lineStart..<lineEnd]
            let trimmed = line.drop { $0 == " " || $0 == "\t" || $0 == "\u{3000}" || $0 == "\r" }
            let isChrome = trimmed.count < 40 && Self.isChrome(Array(trimmed))
            if !trimmed.isEmpty && !isChrome {
                // A line that does not end a sentence continues on the next one: join without a break.
                let joins = !scalars.isEmpty && !Self.sentenceEnds.contains(scalars.last!) && scalars.last! != "\n"
                if !joins, !scalars.isEmpty, scalars.last! != "\n" {
                    scalars.append("\n")
                    offsets.append(lineStart - 1)
                }
                for (k, scalar) in zip(trimmed.indices, trimmed) where scalar != "\r" {
                    scalars.append(scalar)
                    offsets.append(k)
                }
            }
            lineStart = lineEnd + 1
        }
        offsets.append(input.count)
        self.scalars = scalars
        self.offsets = offsets
    }

    /// The original range of a range of clean scalars.
    public func original(_ range: Range<Int>) -> Range<Int> {
        guard !range.isEmpty else { return offsets[range.lowerBound]..<offsets[range.lowerBound] }
        return offsets[range.lowerBound]..<(offsets[range.upperBound - 1] + 1)
    }

    public func string(_ range: Range<Int>) -> String {
        String(String.UnicodeScalarView(scalars[range]))
    }
}
