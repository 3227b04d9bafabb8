import ZhizaoStorage
import ZhizaoCore

/// 数据来源: each source and what it supports.
struct SourcesPage {
    let snapshot: Site.Snapshot

    func html(_ l: Language) -> HTML {
        let w = Words(language: l)
        let f = Fragments(snapshot: snapshot, w: w)
        var out: HTML = "<h1>\(w("数据来源", "Sources"))</h1><p>\(HTML.link("/documents", w("读入的文档与待审核数字 →", "Ingested documents and facts awaiting review →")))</p><p class=\"lead\">\(w("每个数字可追溯到来源；合成数据另行标注。", "Every figure traces to its source; synthetic data is marked as such."))</p>"
        for source in snapshot.sources {
            let observations = snapshot.observations.filter { $0.sourceId == source.id }
            let targets = snapshot.targets.filter { $0.sourceId == source.id }
            let statements = snapshot.statements.filter { $0.sourceId == source.id }
            let projects = snapshot.projects.filter { $0.sourceId == source.id }
            let about = [source.publisher.map { LocalizedText(pair: $0).text(l) }, source.published, source.url].compactMap { $0 }.joined(separator: " · ")
            out += "<section class=\"card\" id=\"\(source.id)\"><h2>\(f.name(source.title))</h2><p class=\"meta\">\(about)</p>"
            if let note = source.note { out += "<p>\(LocalizedText(pair: note).text(l))</p>" }
            out += "<p>\(w("支持：", "Supports: "))\(observations.count)\(w("个数字", " figures")) · \(targets.count)\(w("项目标", " targets")) · "
                + "\(statements.count)\(w("条陈述", " statements")) · \(projects.count)\(w("个项目", " projects"))</p><ul>"
            for o in observations {
                let metric = snapshot.metrics[o.metricId].map { w($0.name) } ?? o.metricId
                out += "<li><a href=\"/indicators#\(o.id)\">\(metric)</a> · \(f.subjectLink(o.subject))</li>"
            }
            out += "</ul></section>"
        }
        if snapshot.registry.synthetic > 0 {
            let count = snapshot.registry.synthetic
            let text: HTML = l == .zh
                ? "\(count)家企业由 <code>zhizao generate</code> 生成，名称以“[合成]”开头，仅用于演示、测试和性能评估。"
                : "\(count) enterprises were made by <code>zhizao generate</code> and are marked synthetic (their names start with <span lang=\"zh-CN\">[合成]</span>). For demos, tests and benchmarks only."
            out += "<section class=\"card\"><h2>\(w("合成企业库", "Synthetic registry"))</h2><p>\(text)</p></section>"
        }
        return out
    }
}
