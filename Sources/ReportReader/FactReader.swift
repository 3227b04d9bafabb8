import ZhizaoCore

/// One pass over a cleaned document: sentence by sentence, the periods and figures in it; clause by clause,
/// each figure's subject, metric and direction. Strings are built only for the facts it keeps.
struct FactReader {
    let clean: CleanText
    let s: [Unicode.Scalar]
    let documentYear: Int?
    private(set) var facts: [Fact] = []
    /// Where each fact stands in `facts`, by what makes two statements the same fact.
    private var index: [FactKey: Int] = [:]
    /// The last period stated: it holds for sentences that give none.
    private var carried: Period?
    private var periods: [PeriodMention] = []
    private var quantities: [QuantityMention] = []

    /// Scalars a period or a figure can start with; the rest of the text is passed over.
    private let triggers = ScalarSet(PeriodScanner.startScalars + QuantityScanner.startScalars)
    private let sentenceEnds = Words.sentenceEnds, clauseEnds = Words.clauseEnds

    init(_ clean: CleanText, documentYear: Int?) {
        self.clean = clean
        self.s = clean.scalars
        self.documentYear = documentYear
    }

    mutating func read() {
        var start = 0
        for i in 0...s.count where i == s.count || sentenceEnds.contains(s[i]) {
            if i > start { sentence(start..<i) }
            start = i + 1
        }
    }

    private mutating func sentence(_ range: Range<Int>) {
        periods.removeAll(keepingCapacity: true)
        quantities.removeAll(keepingCapacity: true)
        var i = range.lowerBound
        while i < range.upperBound {
            if !triggers.contains(s[i]) {
                i += 1
            } else if let period = PeriodScanner.mention(s, at: i, end: range.upperBound, documentYear: documentYear) {
                periods.append(period)
                i = period.span.upperBound
            } else if QuantityScanner.mayStart(s[i]) {
                let (mention, next) = QuantityScanner.mention(s, at: i, end: range.upperBound)
                if let mention { quantities.append(mention) }
                i = next
            } else {
                i += 1
            }
        }
        if !quantities.isEmpty { clauses(range) }
        if let last = periods.last { carried = last.period }
    }

    /// Clauses end at commas outside figures; 、 lists stay inside a clause.
    private mutating func clauses(_ sentence: Range<Int>) {
        var lastSubject: [Unicode.Scalar]?
        var next = 0  // the first figure not yet given to a clause
        var start = sentence.lowerBound
        var i = sentence.lowerBound
        while i <= sentence.upperBound {
            if i < sentence.upperBound, !clauseEnds.contains(s[i]) || quantities.contains(where: { $0.span.contains(i) }) {
                i += 1
                continue
            }
            let clause = start..<i
            var end = next
            while end < quantities.count, quantities[end].span.lowerBound < clause.upperBound { end += 1 }
            if end == next {
                if let subject = phrase(clause) { lastSubject = subject }
            } else if let subject = facts(of: clause, next..<end, lastSubject: lastSubject) {
                lastSubject = subject
            }
            next = end
            start = i + 1
            i += 1
        }
    }

    /// The facts of one clause; returns the subject it shares with the clauses after it.
    private mutating func facts(of clause: Range<Int>, _ figures: Range<Int>, lastSubject: [Unicode.Scalar]?) -> [Unicode.Scalar]? {
        let first = quantities[figures.lowerBound]
        let head = clause.lowerBound..<max(clause.lowerBound, first.span.lowerBound)
        let verb = Words.directions.last(in: s, head) { r in !(s[r.lowerBound] == "增" && r.upperBound < s.count && s[r.upperBound] == "值") }
        let direction = verb?.value
        let changes = first.kind == .ratio
        // The metric: the metric word nearest before the figure, with a Latin modifier (5G基站); growth itself
        // when the figure is a rate of change.
        var metricRange = Words.metrics.last(in: s, head)?.range
        if var r = metricRange {
            while r.lowerBound > head.lowerBound, QuantityScanner.isASCIIAlphanumeric(s[r.lowerBound - 1]) {
                r = (r.lowerBound - 1)..<r.upperBound
            }
            metricRange = r
        }
        var metric = metricRange.map { Array(s[$0]) }
        if let verb, changes {
            metric = Array(s[verb.range])
            metricRange = metricRange ?? head.upperBound..<head.upperBound
        }
        // 分别: A、B和C … 分别增长 x、y和z — one subject a figure.
        var subjects: [[Unicode.Scalar]]?
        if figures.count > 1, let fenbie = Words.respectively.last(in: s, head) {
            let items = list(head.lowerBound..<fenbie.range.lowerBound)
            if items.count == figures.count { subjects = items }
        }
        let subjectEnd = metricRange?.lowerBound ?? head.upperBound
        var shared = phrase(head.lowerBound..<subjectEnd)
        var metricName = metric
        if let whole = shared, direction == nil || metric == nil {
            let (subject, rest) = Words.splitPlace(whole, counted: Words.counted(metric, figure: first))
            if !rest.isEmpty || metric == nil {
                shared = subject
                metricName = metric == nil ? (rest.isEmpty ? nil : rest) : rest + metric!
            }
        }
        let sharedSubject = shared ?? lastSubject
        for (k, q) in quantities[figures].enumerated() {
            var subject = subjects?[k] ?? sharedSubject
            // A comparison: 高于全国（3.9%） is the nation's figure.
            if q.span.lowerBound > clause.lowerBound, s[q.span.lowerBound - 1] == "(" || s[q.span.lowerBound - 1] == "（",
                let pivot = Words.pivots.last(in: s, clause.lowerBound..<(q.span.lowerBound - 1))
            {
                subject = Array(s[pivot.range.upperBound..<(q.span.lowerBound - 1)])
            }
            let period = periods.last { $0.span.lowerBound < q.span.lowerBound }?.period ?? carried
            add(q, subject: subject.flatMap { $0.isEmpty ? nil : $0 }, metric: metricName, direction: direction, period: period, clause: clause)
        }
        return sharedSubject
    }

    /// Records a figure as a fact, or as one more statement of a fact already found.
    private mutating func add(
        _ q: QuantityMention, subject: [Unicode.Scalar]?, metric: [Unicode.Scalar]?, direction: String?, period: Period?, clause: Range<Int>
    ) {
        let key = FactKey(value: q.value, unit: q.unit, qualifier: q.qualifier, subject: subject, metric: metric, period: period)
        if let k = index[key] {
            facts[k].occurrences += 1
            return
        }
        index[key] = facts.count
        facts.append(Fact(
            value: q.value, unit: q.unit, qualifier: q.qualifier, direction: q.kind == .ratio ? direction : nil, subject: subject.map(Words.text),
            metric: metric.map(Words.text), period: period,
            quote: clean.string(clause), span: clean.original(q.span), occurrences: 1))
    }

    /// The noun phrase in `range`, without periods, fillers and punctuation; nil when nothing is left.
    private func phrase(_ range: Range<Int>) -> [Unicode.Scalar]? {
        var kept = kept(range)
        Words.strip(&kept)
        return kept.isEmpty ? nil : kept
    }

    /// The items of a 、/和 list in `range`, each stripped.
    private func list(_ range: Range<Int>) -> [[Unicode.Scalar]] {
        kept(range, droppingPunctuation: false).split(whereSeparator: { Words.listSeparators.contains($0) }).map { item in
            var item = Array(item)
            Words.strip(&item)
            return item
        }.filter { !$0.isEmpty }
    }

    /// The scalars of `range` outside periods and punctuation.
    private func kept(_ range: Range<Int>, droppingPunctuation: Bool = true) -> [Unicode.Scalar] {
        var kept: [Unicode.Scalar] = []
        kept.reserveCapacity(range.count)
        for i in range where !(droppingPunctuation && Words.punctuation.contains(s[i])) && !periods.contains(where: { $0.span.contains(i) }) {
            kept.append(s[i])
        }
        return kept
    }
}

/// What makes two statements the same fact.
struct FactKey: Hashable {
    var value: Double, unit: String, qualifier: Qualifier, subject: [Unicode.Scalar]?, metric: [Unicode.Scalar]?, period: Period?

    /// Hashes the figure and the subject's scalars only: hashing the strings (unit, period) would normalise
    /// them every time, and facts that differ in those alone are rare; equality still compares everything.
    func hash(into hasher: inout Hasher) {
        hasher.combine(value)
        for scalar in subject ?? [] { hasher.combine(scalar.value) }
    }
}
