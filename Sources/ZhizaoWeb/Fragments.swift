import ZhizaoCore

/// Markup shared by pages: figures with their qualifiers, periods, ranks and sources.
struct Fragments {
    let snapshot: Site.Snapshot
    let w: Words
    var l: Language { w.language }

    /// "约5000亿元 · 2020年 · 全国第1 [来源]" with the exact value and the quote on hover; a forecast is marked
    /// 预计, a year to date 年初至今.
    func observation(_ o: Observation, showMetric: Bool = false) -> String {
        let metric = snapshot.metrics[o.metricId]
        var parts: [String] = []
        if showMetric { parts.append(HTML.escape(metric.map { w($0.name) } ?? o.metricId)) }
        if let q = o.quantity { parts.append(HTML.figure(q, unit: metric?.unit ?? "", l)) }
        parts.append("<span class=\"meta\">\(HTML.escape(o.period.label(l)))</span>")
        if !o.marks.isEmpty { parts.append(marks(o)) }
        if let rank = o.rank { parts.append("<span class=\"badge\">\(HTML.escape(rank.label(l)))</span>") }
        if let note = o.note(l) { parts.append("<span class=\"meta\">\(HTML.escape(note))</span>") }
        parts.append(sourceLink(o.sourceId, quote: o.quote))
        return parts.joined(separator: " ")
    }

    /// Badges for what a reader must know before taking a figure for a whole period's actual: 预计, 年初至今.
    func marks(_ o: Observation) -> String {
        o.marks.map { "<span class=\"badge mark\">\(HTML.escape(w($0)))</span>" }.joined(separator: " ")
    }

    /// A link to the source with the quote as its hover text.
    func sourceLink(_ sourceId: String, quote: String?) -> String {
        let title = quote.map { w("原文：", "Quote: ") + $0 } ?? snapshot.source(sourceId).map { w($0.title) } ?? sourceId
        return "<a class=\"meta\" href=\"/sources#\(HTML.escape(sourceId))\" title=\"\(HTML.escape(title))\">[\(w("来源", "source"))]</a>"
    }

    func status(_ status: ProjectStatus?) -> String {
        guard let status else { return "<span class=\"status muted\">\(w("状态未注明", "status not stated"))</span>" }
        return "<span class=\"status status-\(status.rawValue)\">\(HTML.escape(w(status.name)))</span>"
    }

    func designation(_ d: Designation) -> String {
        var text = w(d.kind.name)
        if let level = d.level { text = w(level.name) + (l == .zh ? "" : " ") + text }
        if let year = d.year { text += " \(year)" }
        return "<span class=\"badge\">\(HTML.escape(text))</span>"
    }

    func investment(_ q: Quantity?) -> String {
        q.map { HTML.figure($0, unit: "CNY", l) } ?? "<span class=\"muted\">\(w("未公布", "not reported"))</span>"
    }

    func clusterLink(_ id: String?) -> String {
        guard let id, let cluster = snapshot.cluster(id) else { return "" }
        return HTML.link("/clusters/\(id)", w(cluster.name))
    }

    func placeLink(_ id: String?) -> String {
        guard let id, let place = snapshot.places.place(id: id) else { return "" }
        return place.kind == .district || place.kind == .city
            ? HTML.link("/layout#\(id)", w(place.name)) : HTML.escape(w(place.name))
    }

    /// "花都区 · 广州花都高新区" for an enterprise or project.
    func location(district: String?, park: String?) -> String {
        [placeLink(district), placeLink(park)].filter { !$0.isEmpty }.joined(separator: " · ")
    }

    func industry(_ code: String?) -> String {
        guard let code, let entry = IndustryClassification.gbt4754_2017.entry(code) else { return "" }
        return "<span title=\"GB/T 4754-2017 \(HTML.escape(code))\">\(HTML.escape(code)) \(HTML.escape(entry.name))</span>"
    }
}
