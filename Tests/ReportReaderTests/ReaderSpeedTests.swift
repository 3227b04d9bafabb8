import Testing
import ZhizaoCore

@testable import ReportReader

/// What the reader's speed work (issue 9) must keep: the same output, and time linear in the text.
@Suite struct ReaderSpeedTests {
    /// JSON strings escaped straight into bytes are those `JSONText.quoted` makes.
    @Test func quotedBytes() {
        for text in ["", "全市规上工业增加值", "引号\"与\\反斜杠", "行\n回车\r制表\t", "\u{01}\u{1F}控制\u{7F}", "😀 emoji", "a\"\"b\\"] {
            var out: [UInt8] = []
            Fact.quoted(text, into: &out)
            #expect(String(decoding: out, as: UTF8.self) == JSONText.quoted(text))
        }
    }

    /// Lines without 。 are joined into one sentence; every figure in it is still read as in a line of its own,
    /// a goal marks only what follows its word, and reading it is not quadratic (3,000 lines took minutes).
    @Test(.timeLimit(.minutes(1))) func longSentence() {
        let line = "汽车产业实现产值123.4亿元，同比增长5.6%，力争到2025年突破200亿元\n"
        let facts = FactExtractor.extract(String(repeating: line, count: 3000), documentYear: 2023)
        #expect(facts.map(\.occurrences).reduce(0, +) == 9000)
        #expect(facts.prefix(2).allSatisfy { $0.kind != .target && $0.occurrences == 1 })
        #expect(facts.dropFirst(2).allSatisfy { $0.kind == .target })
    }
}
