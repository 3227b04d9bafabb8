import ZhizaoCore

/// 指标: each metric with its series; every value with its qualifier, period and the source's words.
struct IndicatorsPage {
    let snapshot: Site.Snapshot

    func html(_ l: Language) -> HTML {
        let w = Words(language: l)
        let f = Fragments(snapshot: snapshot, w: w)
        var out: HTML = "<h1>\(w("指标", "Indicators"))</h1><p class=\"lead\">\(w("每个数值注明修饰语（约、近、超、以上）、时期与来源原文。", "Every value with its qualifier (about, nearly, over, at least), period and the source's words."))</p>"
        for topic in MetricTopic.allCases {
            let metrics = snapshot.metricList.filter { $0.topic == topic }
            let rows = metrics.flatMap { metric in snapshot.observations.filter { $0.metricId == metric.id }.map { (metric, $0) } }
            guard !rows.isEmpty else { continue }
            out += "<h2>\(w(topic.name))</h2><div class=\"table-wrap\"><table><thead><tr><th>\(w("指标", "Metric"))</th>"
                + "<th>\(w("对象", "Subject"))</th><th>\(w("数值", "Value"))</th><th>\(w("时期", "Period"))</th><th class=\"hide-narrow\">\(w("来源原文", "Source quote"))</th></tr></thead><tbody>"
            for (metric, o) in rows {
                var value = o.quantity.map { HTML.figure($0, unit: metric.unit, l) } ?? .empty
                if let rank = o.rank { value += " <span class=\"badge\">\(rank.label(l))</span>" }
                if let note = o.note(l) { value += " <span class=\"meta\">\(note)</span>" }
                out += "<tr id=\"\(o.id)\"><td>\(w(metric.name))</td><td>\(f.subjectLink(o.subject))</td><td>\(value)</td>"
                    + "<td>\(o.period.label(l)) \(f.marks(o))</td><td class=\"hide-narrow\">\(f.quotation(o.quote, englishPage: "/indicators?lang=en#\(o.id)")) \(f.sourceLink(o.sourceId, quote: nil))</td></tr>"
            }
            out += "</tbody></table></div>"
        }
        return out
    }
}
