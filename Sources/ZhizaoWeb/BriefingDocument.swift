import Foundation
import ZhizaoCharts
import ZhizaoCore
import ZhizaoStorage

/// The briefing as one self-contained HTML file for e-mail (`zhizao report --format html`): the overview's content
/// and the map, with the stylesheet inline and the charts as inline SVG. Nothing is loaded from anywhere; the
/// site's own links, which mean nothing in a file, are kept as their text.
public enum BriefingDocument {
    public static func html(_ database: any Storage, language: Language, generated: Date = Date()) async throws -> String {
        let site = Site(database: database)
        let snapshot = try await site.snapshot()
        let w = Words(language: language)
        let measure: MapMeasure = snapshot.registry.enterprises > 0 ? .enterprises : .clusters
        let map = AreaMap(snapshot: snapshot, w: w).chart(.city, measure)
        let overview = OverviewPage(snapshot: snapshot)
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "Asia/Shanghai")
        formatter.dateFormat = language == .zh ? "yyyy年M月d日" : "d MMMM yyyy"
        let body: HTML = "<p class=\"meta\">\(w("智造简报", "Zhizao briefing")) · \(formatter.string(from: generated))</p>"
            + overview.html(language)
            + "<h2>\(w("各区\(w(measure.name))分布", "Districts by \(w(measure.name).lowercased())"))</h2>"
            + HTML(raw: map.render(title: w("广州市各区\(w(measure.name))", "Guangzhou's districts by \(w(measure.name).lowercased())"), id: "map", width: 640))
            + "<p class=\"meta\">\(w(measure.name))\(w("：", ": "))\(w(measure.note))\(w("。", "."))</p>"
            + "<footer>\(w("每个数字均注明来源；来源未给出的数字保持空缺。", "Every figure names its source; what no source gives stays missing."))</footer>"
        let page: HTML = """
            <!doctype html>
            <html lang="\(language.htmlTag)">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(w("智造简报", "Zhizao briefing")) · \(w(overview.title))</title>
            <style>\(HTML(raw: Assets.css))</style>
            </head>
            <body><main>
            \(body)
            </main></body>
            </html>
            """
        return unlinked(page.markup)
    }

    /// `markup` with the site's own links made plain: in a chart (`<a href="/…"><path …>…</path></a>`) a group,
    /// elsewhere (`<a class="meta" href="/…" title="…">text</a>`) a span that keeps its other attributes (a source's
    /// name on hover) and its text.
    static func unlinked(_ markup: String) -> String {
        markup
            .replacing(/<a href="\/[^"]*">(<(path|rect|text)\b[^>]*(?:\/>|>.*?<\/\2>))<\/a>/.dotMatchesNewlines()) { match in
                "<g>\(match.output.1)</g>"
            }
            .replacing(/<a([^>]*?) href="\/[^"]*"([^>]*)>(.*?)<\/a>/.dotMatchesNewlines()) { match in
                "<span\(match.output.1)\(match.output.2)>\(match.output.3)</span>"
            }
    }
}
