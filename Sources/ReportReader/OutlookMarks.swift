/// The goal and expectation words (力争, 预计) of the sentence being read, and its first deadline (到2025年), each
/// found once: `FactReader.outlook(before:)` is asked for every figure and period, and looking back to the
/// sentence's start every time made a long sentence (a text without 。 whose lines are joined) quadratic. The
/// answers are those of `FactShape.outlooks.last(in:)` over `sentenceStart..<position` and of the deadline test
/// over all periods found so far. A class, so that the reader's non-mutating `outlook` can remember; its state is
/// only ever touched by one call at a time, so without the run-time exclusivity checks (a cost per access).
final class OutlookMarks {
    @exclusivity(unchecked) private var sentenceStart = -1
    /// Every outlook word ending at or before `scanned` is in `marks`, in order of its end.
    @exclusivity(unchecked) private var scanned = 0
    @exclusivity(unchecked) private var marks: [(end: Int, kind: FactKind)] = []
    /// Where the words that date an outlook from a completion (建成后, 达产后) end, in order.
    @exclusivity(unchecked) private var completions: [Int] = []
    /// The periods of the sentence looked at so far, and the first of them written after 到.
    @exclusivity(unchecked) private var periodsSeen = 0
    @exclusivity(unchecked) private var deadline: Int?
    /// Held here: read through its static accessor at every position, the lexicon cost more than the words.
    private let outlooks = FactShape.outlooks, done = FactShape.doneWords, beats = FactShape.beatWords, met = FactShape.goalsMet

    private func start(_ sentenceStart: Int) {
        guard sentenceStart != self.sentenceStart else { return }
        self.sentenceStart = sentenceStart
        scanned = sentenceStart
        marks.removeAll(keepingCapacity: true)
        completions.removeAll(keepingCapacity: true)
        periodsSeen = 0
        deadline = nil
    }

    /// The value of the outlook word that ends last in `sentenceStart..<position`, the longest of those ending together;
    /// `.level` when a word saying a thing is done (已开工, 计划完成率) ends after it.
    func word(before position: Int, in s: [Unicode.Scalar], sentenceStart: Int) -> FactKind? {
        start(sentenceStart)
        while scanned < position {
            scanned += 1
            if done.mayEnd(with: s[scanned - 1]), done.match(s, endingAt: scanned, start: sentenceStart) != nil {
                marks.append((scanned, .level))
            } else if beats.mayEnd(with: s[scanned - 1]), beats.match(s, endingAt: scanned, start: sentenceStart) != nil, scanned == s.count || s[scanned] != "的",
                !marks.contains(where: { $0.kind != .level })
            {
                marks.append((scanned, .level))  // (优于预期, 高于预期的10%; after 预计 a goal or expectation still)
            } else if met.mayEnd(with: s[scanned - 1]), met.match(s, endingAt: scanned, start: sentenceStart) != nil, !marks.contains(where: { $0.kind != .level }) {
                marks.append((scanned, .level))  // (超额完成年度目标任务；新建…; after 力争 or 预计 a goal or expectation still)
            } else if outlooks.mayEnd(with: s[scanned - 1]), let (kind, n) = outlooks.match(s, endingAt: scanned, start: sentenceStart),
                !(n == 2 && s[scanned - 1] == "标" && scanned < s.count
                    && (Self.goalNouns.contains(s[scanned]) || Self.clauseEnds.contains(s[scanned]) && Self.namedGoal(s, before: scanned - 2)))
            {
                marks.append((scanned, kind))
                if s[scanned - 1] == "后" { completions.append(scanned) }
            }
        }
        var low = 0, high = marks.count  // the first mark ending after `position`
        while low < high {
            let mid = (low + high) / 2
            if marks[mid].end <= position { low = mid + 1 } else { high = mid }
        }
        return low > 0 ? marks[low - 1].kind : nil
    }

    /// Whether a word saying a thing is done (已, 已经, 完成率) ends in `sentenceStart..<position` after every outlook
    /// word: 计划新开工项目214个，截至6月底已新开工182个 — what follows is an actual. Asked after `word(before: position, …)`.
    func isDone(before position: Int) -> Bool {
        marks.last(where: { $0.end <= position })?.kind == .level
    }

    /// Where a word that dates what follows from a completion (建成后, 投产后, 达产后) ends, if one ends after `start`
    /// and at or before `position`: a period before it (计划2026年建成投产，达产后可形成…) may be when the project is
    /// done, not when the figure holds. Asked after `word(before: position, …)`, which found the words up to `position`.
    func completion(after start: Int, before position: Int) -> Int? {
        completions.last(where: { $0 <= position }).flatMap { $0 > start ? $0 : nil }
    }

    /// Whether the outlook word last found before `position` dates from a completion (达产后可实现年产值120亿元), or
    /// follows one in its clause (达产后年产值预计超过70亿元): what a project yields once done is its clause's alone, never
    /// carried past ； to the next project's accounts. Asked after `word(before: position, …)`.
    func isCompletion(before position: Int, in s: [Unicode.Scalar]) -> Bool {
        guard let last = marks.last(where: { $0.end <= position }), let completed = completions.last(where: { $0 <= last.end }) else { return false }
        return !s[completed..<last.end].contains { $0 == "，" || $0 == "," || $0 == "；" || $0 == ";" }
    }

    /// What after 目标 makes a noun of it (列出招商目标企业320家, 目标客户, 目标清单): no goal; nor is one held to (紧盯全年
    /// 目标不放松).
    static let goalNouns = ScalarSet("企客清不".unicodeScalars)
    static let clauseEnds = ScalarSet("，、".unicodeScalars)
    /// Whether the 目标 at `k` is a goal the text only names, ending its clause (聚焦“智造某某”建设目标，…; 围绕“制造强县”目标，):
    /// what follows is no goal's figure (实现上述目标，…要增长8% still is).
    static func namedGoal(_ s: [Unicode.Scalar], before k: Int) -> Bool {
        k > 0 && (s[k - 1] == "”" || k > 1 && namedGoalWords.match(s, endingAt: k, start: k - 2) != nil)
    }
    static let namedGoalWords = Lexicon(words: ["建设", "发展", "奋斗"])

    /// Verbs of change that 到 may follow, saying where a figure got (增加到2025年的…), not a deadline (延长到2025年底).
    static let changedTo = Lexicon(words: ["增加", "提高", "增长", "上升", "提升", "下降", "降低", "减少", "扩大", "缩小"])

    /// Whether a period of `periods` starting after the sentence's start and at or before `position` is written
    /// after 到 (a deadline: 到2025年).
    func deadline(before position: Int, periods: [PeriodMention], in s: [Unicode.Scalar], sentenceStart: Int) -> Bool {
        start(sentenceStart)
        if periods.count < periodsSeen { (periodsSeen, deadline) = (0, nil) }
        while periodsSeen < periods.count {
            let lower = periods[periodsSeen].span.lowerBound
            // (由2020年的362.4亿元增加到2025年的498.7亿元: 到 after a verb of change says where it got, no deadline.)
            if lower > sentenceStart && s[lower - 1] == "到" && Self.changedTo.match(s, endingAt: lower - 1, start: max(sentenceStart, lower - 3)) == nil {
                deadline = min(deadline ?? lower, lower)
            }
            periodsSeen += 1
        }
        return deadline.map { $0 <= position } ?? false
    }
}
