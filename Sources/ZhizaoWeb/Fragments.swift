import ZhizaoCore

/// Markup shared by pages: figures with their qualifiers, periods, ranks and sources.
struct Fragments {
    let snapshot: Site.Snapshot
    let w: Words
    var l: Language { w.language }

    /// "约5000亿元 · 2020年 · 全国第1 [来源]" with the exact value and the quote on hover; a forecast is marked
    /// 预计, a year to date 年初至今.
    func observation(_ o: Observation, showMetric: Bool = false) -> HTML {
        let metric = snapshot.metrics[o.metricId]
        var parts: [HTML] = []
        if showMetric { parts.append("\(metric.map { w($0.name) } ?? o.metricId)") }
        if let q = o.quantity { parts.append(HTML.figure(q, unit: metric?.unit ?? "", l)) }
        parts.append("<span class=\"meta\">\(o.period.label(l))</span>")
        if !o.marks.isEmpty { parts.append(marks(o)) }
        if let rank = o.rank { parts.append("<span class=\"badge\">\(rank.label(l))</span>") }
        if let note = o.note(l) { parts.append("<span class=\"meta\">\(note)</span>") }
        parts.append(sourceLink(o.sourceId, quote: o.quote))
        return parts.joined(separator: " ")
    }

    /// Badges for what a reader must know before taking a figure for a whole period's actual: 预计, 年初至今.
    func marks(_ o: Observation) -> HTML {
        o.marks.map { "<span class=\"badge mark\">\(w($0))</span>" }.joined(separator: " ")
    }

    /// A link to the source with the quote as its hover text when the quote is in the page's language alone, else
    /// the source's title.
    func sourceLink(_ sourceId: String, quote: String?) -> HTML {
        let title = quoteInPageLanguage(quote).map { w("原文：", "Quote: ") + $0 } ?? snapshot.source(sourceId).map { w($0.title) } ?? sourceId
        return "<a class=\"meta\" href=\"/sources#\(sourceId)\" title=\"\(title)\">[\(w("来源", "source"))]</a>"
    }

    /// The quote when it is in the page's language alone, for hover text, which cannot mark a language.
    func quoteInPageLanguage(_ quote: String?) -> String? {
        quote.flatMap { q in (l == .zh ? Language.of(q) == .zh : !Language.hasChineseScript(q)) ? q : nil }
    }

    /// The source's words for a figure (``HTML/quotation(_:on:)``), or on a Chinese page, when they are in
    /// English, a note that says so with a link to the page in English.
    func quotation(_ quote: String?, englishPage: String) -> HTML {
        if let shown = HTML.quotation(quote, on: l) { return shown }
        guard quote?.isEmpty == false else { return .empty }
        return "<span class=\"meta\">\(HTML.link(englishPage, "英文摘要，见英文版"))</span>"
    }

    /// A link to what a figure is about: a cluster, a place, a project or an enterprise, by name.
    func subjectLink(_ subject: Subject) -> HTML {
        switch subject {
        case .cluster(let id): clusterLink(id)
        case .place(let id): placeLink(id)
        case .project(let id): HTML.link("/projects/\(id)", snapshot.project(id).map { w($0.name) } ?? id)
        case .enterprise(let ref): HTML.link("/enterprises/\(ref)", ref)
        }
    }

    /// A record's name in the page's language; a name with no translation (a firm's Chinese name on an English
    /// page) marked as written in its own.
    func name(_ text: LocalizedText) -> HTML {
        HTML.name(w(text), on: l)
    }

    func status(_ status: ProjectStatus?) -> HTML {
        guard let status else { return "<span class=\"status muted\">\(w("状态未注明", "status not stated"))</span>" }
        return "<span class=\"status status-\(status.rawValue)\">\(w(status.name))</span>"
    }

    func designation(_ d: Designation) -> HTML {
        var text = w(d.kind.name)
        if let level = d.level { text = w(level.name) + (l == .zh ? "" : " ") + text }
        if let year = d.year { text += " \(year)" }
        return "<span class=\"badge\">\(text)</span>"
    }

    func investment(_ q: Quantity?) -> HTML {
        q.map { HTML.figure($0, unit: "CNY", l) } ?? "<span class=\"muted\">\(w("未公布", "not reported"))</span>"
    }

    func clusterLink(_ id: String?) -> HTML {
        guard let id, let cluster = snapshot.cluster(id) else { return .empty }
        return HTML.link("/clusters/\(id)", w(cluster.name))
    }

    func placeLink(_ id: String?) -> HTML {
        guard let id, let place = snapshot.places.place(id: id) else { return .empty }
        switch place.kind {
        case .district: return HTML.link("/places/\(id)", w(place.name))
        case .city: return HTML.link("/layout", w(place.name))
        default: return "\(w(place.name))"
        }
    }

    /// "花都区 · 广州花都高新区" for an enterprise or project.
    func location(district: String?, park: String?) -> HTML {
        [placeLink(district), placeLink(park)].filter { !$0.isEmpty }.joined(separator: " · ")
    }

    /// An industry class, "3670 汽车零部件及配件制造"; on an English page its division's English name with the
    /// class's Chinese name beside it (the classification is published in Chinese).
    func industry(_ code: String?) -> HTML {
        guard let code, let entry = IndustryClassification.gbt4754_2017.entry(code) else { return .empty }
        guard l == .en else { return "<span title=\"GB/T 4754-2017 \(code)\">\(code) \(entry.name)</span>" }
        let division = IndustryDivisionNames.english[String(code.prefix(2))].map { "\($0) · " } ?? ""
        return "<span title=\"GB/T 4754-2017 \(code)\">\(code) \(division)\(HTML.name(entry.name, on: l))</span>"
    }
}
