import Testing
import ZhizaoCore

@testable import ReportReader

/// A text read in parts on several threads gives exactly the facts one reader gives.
@Suite struct ParallelReadingTests {
    /// Every annotated passage twice (so that facts of one part are stated again in another), read whole and in 2 to 16
    /// parts: the same facts, spans and counts of statements, with parts taken over where the readers agree.
    @Test func findsWhatOneReaderFinds() throws {
        let passages = try Evaluation.shippedCases().map(\.text).joined(separator: "\n")
        let clean = CleanText(passages + "\n" + passages)
        var whole = FactReader(clean, documentYear: 2023)
        whole.read()
        #expect(whole.facts.contains { $0.occurrences > 1 })
        for parts in [2, 3, 7, 16] {
            let read = ParallelReading.read(FactReader(clean, documentYear: 2023), parts: parts, smallest: 1000)
            #expect(read.facts == whole.facts, "\(parts) parts")
            #expect(read.partsTaken > 0, "\(parts) parts: none taken over")
        }
    }

    /// A park named at the start stands for every later 园区: a reader of a later part, which never saw the name,
    /// never agrees with the leader, so the leader reads the whole text itself and the facts stay the park's.
    @Test func aPartThatNeverAgreesIsReadByTheLeader() {
        let sentences = (1...400).map { "园区第\($0)号厂房建成，年产值\($0)亿元。" }.joined()
        let clean = CleanText("湾区智造产业园运营情况报告\n" + sentences)
        var whole = FactReader(clean, documentYear: 2023)
        whole.read()
        let read = ParallelReading.read(FactReader(clean, documentYear: 2023), parts: 4, smallest: 1000)
        #expect(read.partsTaken == 0)
        #expect(read.facts == whole.facts)
        #expect(read.facts.count == 400 && read.facts.dropFirst().allSatisfy { $0.holder == "湾区智造产业园" }, "\(read.facts.filter { $0.holder != "湾区智造产业园" }.map(\.quote))")
    }

    /// A text shorter than two smallest parts is read by one reader, on the caller's thread.
    @Test func aShortTextIsReadWhole() {
        let clean = CleanText("全市规上工业增加值增长5.1%。")
        let read = ParallelReading.read(FactReader(clean, documentYear: 2023), parts: 8)
        #expect(read.partsTaken == 0 && read.facts.count == 1)
    }
}
