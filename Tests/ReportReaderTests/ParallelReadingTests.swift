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

    /// A place's signing meeting is remembered for a few sentences: readers of later parts come to agree with the
    /// leader after it is forgotten, and the facts are what one reader finds.
    @Test func aMeetingsMemoryLetsPartsAgree() {
        let story = (1...400).map { "\($0 % 28 + 1)日，江山市第\($0)批重点项目集中签约仪式举行。现场签约项目\($0)个。园区企业生产平稳。" }.joined()
        let clean = CleanText(story)
        var whole = FactReader(clean, documentYear: 2025)
        whole.read()
        let read = ParallelReading.read(FactReader(clean, documentYear: 2025), parts: 4, smallest: 1000)
        #expect(read.facts == whole.facts)
        #expect(read.partsTaken > 0)
        #expect(whole.facts.filter { $0.holder == "江山市" }.count == 400)
    }

    /// A project named once is forgotten `FactReader.namedSpan` sentences later when nothing stands for it since: the
    /// readers of later parts, which never saw it, come to agree with the leader.
    @Test func aProjectNamedLongAgoLetsPartsAgree() {
        let sentences = (1...3000).map { "全市第\($0)批企业入驻，年产值\($0)亿元。" }.joined()
        let clean = CleanText("某某新材料产业园项目总投资56亿元。" + sentences)
        var whole = FactReader(clean, documentYear: 2024)
        whole.read()
        let read = ParallelReading.read(FactReader(clean, documentYear: 2024), parts: 4, smallest: 1000)
        #expect(read.facts == whole.facts)
        #expect(read.partsTaken > 0)
    }

    /// A park named at the start stands for every later 园区: a reader of a later part, which never saw the name,
    /// never agrees with the leader, so the leader reads the whole text itself (past the span the part's reader noted
    /// its memory in, at once) and the facts stay the park's.
    @Test func aPartThatNeverAgreesIsReadByTheLeader() {
        // Long enough that each of the two parts outruns the span its reader notes its memory in.
        let sentences = (1...8000).map { "园区第\($0)号厂房建成，年产值\($0)亿元。" }.joined()
        let clean = CleanText("湾区智造产业园运营情况报告\n" + sentences)
        var whole = FactReader(clean, documentYear: 2023)
        whole.read()
        #expect(clean.scalars.count / 2 > FactReader.checkpointSpan)
        let read = ParallelReading.read(FactReader(clean, documentYear: 2023), parts: 2, smallest: 1000)
        #expect(read.partsTaken == 0)
        #expect(read.facts == whole.facts)
        #expect(read.facts.count == 8000 && read.facts.dropFirst().allSatisfy { $0.holder == "湾区智造产业园" }, "\(read.facts.filter { $0.holder != "湾区智造产业园" }.map(\.quote))")
    }

    /// Cut at every full stop, and into parts of 40 to 640 scalars, with the places where a cut could go wrong: ； (a subject held across it), 。。, a
    /// bulleted note's dash, a section heading that makes what follows goals, 全年 in a first-quarter report, a 分别
    /// list, a share's change, 公司 standing for a firm named sentences before, a list a colon introduces, a table's
    /// declared units.
    @Test func cutAtEveryFullStop() {
        let text = """
            2024年2月5日 广州市花都区工业和信息化局
            一、2023年工业经济运行情况
            全年规上工业增加值增长5.2%；其中汽车制造业增长8.1%。。全区规上工业总产值2156.3亿元，同比增长8.2%。
            穗能新能源科技股份有限公司发布年报。公司全年营业收入12.5亿元，增长20%。
            汽车、电子和石化产业产值分别为900亿元、300亿元和200亿元。占规上工业比重为16.8%，比上年提高0.9个百分点。
            笔记 [2][6] - 恒瑞医药营业收入5亿元 - 华芯项目总投资120亿元。
            二、2024年主要预期目标
            规上工业增加值增长6%左右。固定资产投资增长8%。
            三、工作安排
            新增专精特新企业50家。
            全区主要预期目标是：
            1. 工业投资增长9%；
            2. 新增规上工业企业40家。
            （单位：亿元，%）
            汽车产业：产值612.4，增长7.1；
            """
        let clean = CleanText(String(repeating: text + "\n", count: 12))
        var whole = FactReader(clean, documentYear: 2024, documentMonth: 2)
        whole.read()
        #expect(whole.facts.count > 12 && whole.facts.contains { $0.kind == .target } && whole.facts.contains { $0.occurrences == 12 })
        var taken: [Int] = []
        for smallest in [1, 40, 160, 320, 640] {
            let read = ParallelReading.read(FactReader(clean, documentYear: 2024, documentMonth: 2), parts: 1000, smallest: smallest)
            #expect(read.facts == whole.facts, "parts of \(smallest) scalars")
            taken.append(read.partsTaken)
        }
        // Parts of a copy or so mostly agree with the reader before them, and are taken.
        #expect(taken.max()! >= 5, "\(taken)")
    }

    /// What a reader holds, field by field: each is the document's, the sentence's, a cache, where it stands, or its
    /// memory (`FactReader.memory`'s doc comment). A field added to the reader must be placed there, and here.
    @Test func everyFieldOfTheReaderIsPlaced() {
        let fields = Set(Mirror(reflecting: FactReader(CleanText(""), documentYear: nil)).children.compactMap(\.label))
        let document: Set = ["clean", "s", "documentYear", "documentMonth", "documentDay", "documentDate", "place", "localCurrency", "titlePeriod", "documentWeek", "shortNames", "firmsByShortName", "headFirm", "reportPeriod", "clues", "triggers", "sentenceEnds", "clauseEnds"]
        let sentence: Set = [
            "sentenceStart", "sentenceMeasures", "sentenceHolders", "lastChange", "sentenceUnits", "sentenceEvents", "speakingFirm", "listedPeriods", "lastCountEvent", "partSentence", "sentenceFacts", "sentenceNow", "carriedNow", "carriedOutlook", "carriedOutlookPeriod", "sentenceYear", "carriedPart", "amongFirms", "subject", "holder", "industry", "heldAboveLabel",
            "listedMetric", "rowLabel", "listTail", "listPlace", "listed", "periods", "quantities",
        ]
        let cacheAndPlace: Set = ["outlookMarks", "run", "checkpoints", "partsTaken", "tally"]
        #expect(fields == document.union(sentence).union(cacheAndPlace).union(["memory"]), "\(fields.sorted())")
    }

    /// A text shorter than two smallest parts is read by one reader, on the caller's thread.
    @Test func aShortTextIsReadWhole() {
        let clean = CleanText("全市规上工业增加值增长5.1%。")
        let read = ParallelReading.read(FactReader(clean, documentYear: 2023), parts: 8)
        #expect(read.partsTaken == 0 && read.facts.count == 1)
    }
}
