import Foundation
import ZhizaoCore
import ZhizaoInterchange
import ZhizaoStorage

extension ImportKind {
    /// What the file's records are called: 企业 / Enterprises.
    public var name: LocalizedText {
        switch self {
        case .enterprises: LocalizedText(zh: "企业", en: "Enterprises")
        case .projects: LocalizedText(zh: "项目", en: "Projects")
        case .observations: LocalizedText(zh: "观测数据", en: "Observations")
        }
    }

    /// Where the records of this kind are listed.
    var listPath: String {
        switch self {
        case .enterprises: "/enterprises"
        case .projects: "/projects"
        case .observations: "/indicators"
        }
    }

    /// The Chinese heading of the column named `name` in files of this kind (industry_code → 行业代码).
    func chineseHeading(_ name: String) -> String? {
        switch self {
        case .enterprises: EnterpriseTable.Column(rawValue: name)?.chineseHeading
        case .projects: ProjectTable.Column(rawValue: name)?.chineseHeading
        case .observations: ObservationTable.Column(rawValue: name)?.chineseHeading
        }
    }

    /// Each column of the file: name, Chinese and English description (as README's "Enterprise CSV" and following say).
    var columns: [(name: String, zh: String, en: String)] {
        switch self {
        case .enterprises: [
            ("uscc", "统一社会信用代码，18位，校验位须正确；文件内不重复（必填）", "unified social credit code, 18 characters, check character verified; unique in the file"),
            ("name", "中文名称（必填）", "Chinese name (required)"),
            ("name_en", "英文名称（可无此列）", "English name (optional column)"),
            ("district", "本市的区，如 花都区、花都 或 huadu（必填）", "a district of the city: 花都区, 花都 or huadu (required)"),
            ("park", "区内的园区，如 广州开发区（可空）", "a park or zone in that district (may be empty)"),
            ("industry_code", "GB/T 4754-2017 的4位小类，如 3670（必填）", "a 4-digit class of GB/T 4754-2017, e.g. 3670 (required)"),
            ("founded", "成立年份（可空）", "year founded (may be empty)"),
            ("employees", "从业人数，整数（可空）", "employees, a whole number (may be empty)"),
            ("revenue_cny", "主营业务收入，元；与 revenue_year 同填或同空", "main-business revenue in CNY; with revenue_year or neither"),
            ("revenue_year", "收入所属年份", "the year of revenue_cny"),
            ("revenue_history", "更早年份的收入（可无此列），如 2018=12000000;2019=15000000", "earlier years (optional column), e.g. 2018=12000000;2019=15000000"),
            ("designations", "资质，分号分隔的 类型[:年份[:级别]]，如 little-giant:2021:national 或 小巨人:2021:国家级", "; -separated KIND[:YEAR[:LEVEL]], e.g. little-giant:2021:national"),
            ("synthetic", "合成数据填 true（可无此列）", "true for generated records (optional column)"),
        ]
        case .projects: [
            ("id", "项目编号（必填，按此更新）", "the key (required)"),
            ("name", "项目名称（必填）", "name (required)"),
            ("kind", "construction（建设）或 agreement（签约）", "construction or agreement"),
            ("place", "地点编号或名称，如 huadu 或 花都区", "place id or name"),
            ("cluster", "产业集群编号", "cluster id"),
            ("investors", "投资企业，分号分隔的统一社会信用代码或编号，须已存在", "; -separated enterprise slugs or USCCs, which must exist"),
            ("phases", "分号分隔的 期数:状态[:开始[:计划完成]]，状态如 signed、under-construction、in-production", "; -separated NUMBER:STATUS[:SINCE[:PLANNED_END]]"),
            ("investment_cny", "总投资，元", "investment in CNY"),
            ("investment_qualifier", "exact、approx（约）、gt（超）、ge（以上）等", "exact, approx, nearly, gt, ge, lt, le"),
            ("source", "数据来源编号", "source id"),
        ]
        case .observations: [
            ("id", "观测编号（必填，按此更新）", "the key (required)"),
            ("subject", "主体，类型:编号，如 place:huadu、cluster:huadu-auto", "KIND:ID, e.g. place:huadu"),
            ("metric", "指标编号（见“指标”页）", "a metric id of the database"),
            ("value", "数值，用指标的基本单位（元，而非亿元）", "the value in the metric's base unit (CNY, not 亿元)"),
            ("qualifier", "exact、approx（约）、gt（超）等", "exact, approx, nearly, gt, ge, lt, le"),
            ("period_start, period_end", "时期起止日期，YYYY-MM-DD", "the period's first and last day, YYYY-MM-DD"),
            ("as_of", "截至日期，YYYY-MM-DD", "as-of date, YYYY-MM-DD"),
            ("kind", "actual（实际，默认）或 forecast（预计）（可无此列）", "actual (default) or forecast (optional column)"),
            ("rank, rank_scope", "排名及范围 national、provincial、city", "rank and its scope"),
            ("source", "数据来源编号（必填）", "source id (required)"),
            ("stated, quote, note", "原文写法、引文、备注（可空）", "as written, quote, note (may be empty)"),
        ]
        }
    }
}

/// 导入: the upload form (kind and file), with a one-line notice when sent back here.
struct ImportPage {
    let csrf: String?
    var problem: (zh: String, en: String)?
    /// The target-list form, for the accounts that may store one (analysts and admins).
    var targetList: TargetListUploadForm?

    func html(_ l: Language) -> HTML {
        let w = Words(language: l)
        var out: HTML = "<h1>\(w("导入数据", "Import data"))</h1>"
        out += "<p class=\"lead\">\(w("上传 Excel 工作簿（.xlsx）或 CSV 文件（UTF-8 或 GBK），列名用中文或英文均可，表头上方可有一两行标题；先检查，确认后整份写入：有任何问题则一行也不写入。", "Upload an Excel workbook (.xlsx) or a CSV file (UTF-8 or GBK), with headers in Chinese or English, below a title row or two if you like; it is checked first and written only when you confirm, all rows or none."))</p>"
        if let problem { out += "<p class=\"problem\" role=\"alert\">\(w(problem.zh, problem.en))</p>" }
        let kinds = ImportKind.allCases.map { "<option value=\"\($0.rawValue)\">\(w($0.name))</option>" as HTML }.joined()
        out += """
            <form class="card upload" method="post" action="/imports" enctype="multipart/form-data">
            \(Self.csrfField(csrf))
            <label>\(w("数据类型", "Kind of records"))<select name="kind" required>\(kinds)</select></label>
            <label>\(w("文件", "File"))<input type="file" name="file" accept=".xlsx,.csv,.json,text/csv,application/json,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" required></label>
            <label>\(w("工作表（可空，默认第一个；填名称或序号）", "Sheet (optional: the first by default; a name or a number)"))<input type="text" name="sheet" maxlength="100"></label>
            <button type="submit">\(w("检查文件", "Check the file"))</button>
            </form>
            """
        if let targetList { out += targetList.html(l) }
        let links = ImportKind.allCases.map { HTML.link("#format-\($0.rawValue)", w($0.name)) }.joined(separator: " · ")
        out += "<h2 id=\"formats\">\(w("列格式", "Column formats"))</h2><p class=\"meta\">\(links)\(w("。表头为列名（或其中文名称，如 统一社会信用代码、企业名称、所属区），顺序不限。", ". The header names the columns (or gives their Chinese headings), in any order."))</p>"
        for kind in ImportKind.allCases {
            let rows = kind.columns.map { column -> HTML in
                // The Chinese page names each column by its Chinese heading, which a header may use.
                let names = column.name.components(separatedBy: ", ")
                let name: HTML = l == .zh
                    ? "\(names.map { kind.chineseHeading($0) ?? $0 }.joined(separator: "、"))" : "<code>\(column.name)</code>"
                return "<tr><td>\(name)</td><td>\(HTML.mixed(w(column.zh, column.en), on: l))</td></tr>"
            }.joined()
            out += "<h3 id=\"format-\(kind.rawValue)\">\(w(kind.name))</h3><div class=\"table-wrap\"><table class=\"formats\"><tbody>\(rows)</tbody></table></div>"
        }
        return out
    }

    static func csrfField(_ csrf: String?) -> HTML {
        csrf.map { "<input type=\"hidden\" name=\"csrf\" value=\"\($0)\">" } ?? .empty
    }
}

/// The check of an uploaded file: every located problem with what to write instead, or the row count and the
/// button that writes it.
struct ImportPreviewPage {
    let content: UploadContent
    let file: String
    let csrf: String?
    /// The checked file's id and row count, when it has no problem and was kept.
    var clean: (upload: String?, rows: Int)?
    var problems: [ImportProblem] = []
    /// Values read as meant but changed (a lowercase USCC upper-cased).
    var notes: [ImportProblem] = []

    /// How many problems the table lists.
    static let listed = 500

    func html(_ l: Language) -> HTML {
        let w = Words(language: l)
        var out: HTML = "<p class=\"meta\">\(HTML.link("/imports", w("导入数据", "Import data"))) ›</p>"
        out += "<h1>\(w("检查结果：", "Check: "))\(file)</h1>"
        if let clean {
            out += "<p class=\"lead\">\(w("\(w(content.name))文件，共 \(clean.rows) 行，未发现问题。", "\(w(content.name)) file of \(clean.rows) rows, no problem found."))</p>"
            out += ImportNotesView(notes: notes).html(l)
            if let upload = clean.upload {
                out += """
                    <form class="card confirm" method="post" action="/imports/commit">
                    \(ImportPage.csrfField(csrf))<input type="hidden" name="upload" value="\(upload)">
                    <p>\(w(content.commitNote))</p>
                    <button type="submit">\(w("确认写入", "Write \(clean.rows) rows"))</button>
                    <a href="/imports">\(w("取消", "Cancel"))</a>
                    </form>
                    """
            } else {
                out += "<p class=\"problem\">\(w("文件过大，无法在网页上暂存；请用命令行 zhizao import 导入。", "The file is too large to keep for confirming here; import it with zhizao import."))</p>"
            }
            return out
        }
        let noun = w("个问题", problems.count == 1 ? " problem" : " problems")
        out += "<p class=\"problem\" role=\"alert\">\(w("发现 \(problems.count)\(noun)，未写入任何数据。请按下表修改文件后重新上传。", "\(problems.count)\(noun) found; nothing was written. Fix the file as the table says and upload it again."))</p>"
        out += "<div class=\"table-wrap\"><table class=\"problems\"><thead><tr><th>\(w("行", "Line"))</th><th>\(w("列", "Column"))</th>"
            + "<th>\(w("问题", "Problem"))</th><th>\(w("应如何填写", "What to write"))</th></tr></thead><tbody>"
        for problem in problems.prefix(Self.listed) {
            let reading = ProblemReading(problem.message)
            let line: String
            if let sheet = problem.sheet, problem.line > 0 {
                line = w("“\(sheet)”表第\(problem.line)行", "sheet \(sheet), row \(problem.line)")
            } else if problem.line == 0 {
                line = w("整个文件", "whole file")
            } else if problem.isRecord {
                line = w("第\(problem.line)条记录", "record \(problem.line)")
            } else {
                line = "\(problem.line)"
            }
            var column = (l == .zh ? reading.column.flatMap(content.chineseHeading) : reading.column) ?? ""
            if let cell = problem.cell, problem.column > 0 {
                column = w("\(cell.split(separator: "!").last ?? "")单元格", "cell \(cell)")
            } else if problem.column > 0 {
                column += column.isEmpty
                    ? w("第\(problem.column)个字符", "\(problem.column)") : w("（第\(problem.column)个字符）", " (character \(problem.column))")
            }
            let text: HTML, hint: String
            if l == .zh, let chinese = problem.chinese {
                text = "\(chinese)"
                // The hint only where the message does not already say it.
                hint = reading.zh.map(\.hint).flatMap { chinese.contains($0) ? nil : $0 } ?? "—"
            } else if l == .zh, let zh = reading.zh {
                text = "\(reading.value.map { "“\($0)”" } ?? "")\(zh.problem)"
                hint = zh.hint
            } else if l == .zh {
                // A message with no translation yet: shown as written, marked as English.
                text = "数据有误：<span lang=\"en\">\(reading.rest)</span>"
                hint = "—"
            } else {
                text = "\(problem.message)"
                hint = reading.enHint ?? "—"
            }
            out += "<tr><td>\(line)</td><td>\(column.isEmpty ? "—" : column)</td><td>\(text)</td><td>\(hint)</td></tr>"
        }
        out += "</tbody></table></div>"
        if problems.count > Self.listed {
            out += "<p class=\"meta\">\(w("另有 \(problems.count - Self.listed) 个问题未列出；命令行 zhizao import --check 可列出全部。", "\(problems.count - Self.listed) more problems are not listed; zhizao import --check lists them all."))</p>"
        }
        out += "<p>\(HTML.link("/imports", w("重新上传", "Upload again")))</p>"
        return out
    }
}

/// What a commit wrote.
struct ImportDonePage {
    let kind: ImportKind
    let file: String
    let summary: ImportSummary

    func html(_ l: Language) -> HTML {
        let w = Words(language: l)
        return """
            <p class="meta">\(HTML.link("/imports", w("导入数据", "Import data"))) ›</p>
            <h1>\(w("已写入", "Written")): \(file)</h1>
            <p class="notice" role="status">\(w("\(w(kind.name))：共 \(summary.rows) 行，新增 \(summary.inserted) 条，更新 \(summary.updated) 条。本次导入已记入审计日志（文件名与 SHA-256 校验值）。", "\(w(kind.name)): \(summary.rows) rows, \(summary.inserted) new, \(summary.updated) updated. The import is in the audit log (file name and SHA-256)."))</p>
            \(ImportNotesView(notes: summary.notes).html(l))
            <p>\(HTML.link(kind.listPath, w("查看\(w(kind.name))", "See the \(w(kind.name).lowercased())"))) · \(HTML.link("/imports", w("继续导入", "Import another file")))</p>
            """
    }
}

/// An import problem's message (`column "value": what is wrong…`) read apart, with a Chinese reading of the
/// frequent ones and a short hint of what to write.
public struct ProblemReading {
    public var column: String?
    public var value: String?
    /// The message after the column and value.
    public var rest: String
    public var zh: (problem: String, hint: String)?
    public var enHint: String?

    public init(_ message: String) {
        rest = message
        // `column "value": rest`
        if let space = message.firstIndex(of: " "), message[message.index(after: space)...].hasPrefix("\""),
            let close = message[message.index(space, offsetBy: 2)...].range(of: "\": ")
        {
            let name = String(message[..<space])
            if name.allSatisfy({ $0.isLetter || $0 == "_" }) {
                column = name
                value = String(message[message.index(space, offsetBy: 2)..<close.lowerBound])
                rest = String(message[close.upperBound...])
            }
        } else if let colon = message.range(of: ": "), message[..<colon.lowerBound].allSatisfy({ $0.isLetter || $0 == "_" }) {
            column = String(message[..<colon.lowerBound])
            rest = String(message[colon.upperBound...])
        }
        let reading = Self.read(rest)
        zh = reading.0
        enHint = reading.1
    }

    /// The text after `prefix` in `text` up to `end` (or the end).
    private static func after(_ prefix: String, in text: String, upTo end: String? = nil) -> String? {
        guard let start = text.range(of: prefix) else { return nil }
        var tail = text[start.upperBound...]
        if let end, let stop = tail.range(of: end) { tail = tail[..<stop.lowerBound] }
        return String(tail)
    }

    private static func read(_ m: String) -> ((problem: String, hint: String)?, String?) {
        func has(_ s: String) -> Bool { m.contains(s) }
        if m == "is required" { return (("不能为空", "填写此项"), "fill it in") }
        if let names = after("is not a district of the database; use one of ", in: m) {
            return (("不是本市的区", "填写以下之一：" + names.split(separator: " ").joined(separator: "、")), "one of " + names)
        }
        if let districts = after("lies outside your districts (", in: m, upTo: ")") {
            return (("不在您负责的区（\(districts)）内，区级编辑只能导入本区的数据", "删去此行，或请分析员导入"),
                    "rows of \(districts) only; remove the row or ask an analyst")
        }
        if let district = after("lies outside district ", in: m) {
            return (("不在\(district)内", "填写\(district)内的园区，或留空"), "a park of \(district), or leave it empty")
        }
        if has("is not a park or zone of the database") { return (("不是已登记的园区", "填写已登记的园区名称，或留空"), "a known park, or empty") }
        if has("is not a class of GB/T 4754-2017") || has("give a 4-digit class of GB/T 4754-2017") {
            return (("不是国民经济行业分类（GB/T 4754-2017）的4位小类", "填写4位小类代码，如 3670（汽车零部件及配件制造）"), "a 4-digit class, e.g. 3670")
        }
        if has("a unified social credit code has 18") {
            return (("统一社会信用代码应为18位", "核对代码，共18位"), "18 characters")
        }
        if has("is not allowed (0-9 and A-Y") {
            return (("统一社会信用代码含不允许的字符", "只用数字和大写字母（不含 I、O、S、V、Z）"), "digits and A-Y without I, O, S, V, Z")
        }
        if has("characters 3-8 must be digits") { return (("统一社会信用代码第3–8位应为行政区划代码", "第3–8位填数字"), "digits in places 3-8") }
        if let expected = after("but the first 17 characters give '", in: m, upTo: "'") {
            return (("统一社会信用代码校验位不符", "核对代码；按前17位，校验位应为 \(expected)"), "check character \(expected), or check the code")
        }
        if let first = after("appears again (first on line ", in: m, upTo: ")") {
            return (("与第\(first)行重复", "每条记录只写一行，删去重复的行"), "one row per record")
        }
        if has("is not a whole number") { return (("不是整数", "填写整数，如 120"), "a whole number, e.g. 120") }
        if let range = after("must be between ", in: m) {
            return (("超出允许范围", "填写 " + range.replacingOccurrences(of: " and ", with: " 至 ") + " 之间的数"), "between " + range)
        }
        if has("is not a number (write") { return (("不是数字", "写作 1234.5、1,234.5 或 2000万"), "1234.5, 1,234.5 or 2000万") }
        if has("must not be negative") { return (("不能为负数", "填写0或正数"), "zero or more") }
        if has("must be true or false") { return (("只能是 true 或 false", "填写 true 或 false（或 是、否）"), "true or false") }
        if let choices = after("must be one of ", in: m) { return (("不是可选的值", "填写以下之一：" + choices), "one of " + choices) }
        if has("must be a date YYYY-MM-DD or a month") { return (("日期格式不对", "写作 2023-09-30 或 2023-09"), "2023-09-30 or 2023-09") }
        if has("must be a date YYYY-MM-DD") { return (("日期格式不对", "写作 2023-09-30"), "2023-09-30") }
        if has("revenue_cny and revenue_year go together") {
            return (("营业收入与收入年份须同时填写或同时留空", "同时填写 revenue_cny 和 revenue_year，或都留空"), "both or neither")
        }
        if has("is not KIND[:YEAR[:LEVEL]]") {
            return (("资质写法不对", "写作 类型[:年份[:级别]]，如 little-giant:2021:national 或 小巨人:2021:国家级"), "e.g. little-giant:2021:national")
        }
        if has("is not YEAR=AMOUNT") { return (("历年收入写法不对", "写作 年份=金额，如 2018=12000000;2019=15000000"), "e.g. 2018=12000000;2019=15000000") }
        if has("is not before revenue_year") { return (("历年收入的年份须早于 revenue_year", "只写更早年份的收入"), "earlier years only") }
        if has("is given twice") { return (("同一年份写了两次", "每个年份只写一次"), "each year once") }
        if has("must be KIND:ID") { return (("主体写法不对", "写作 类型:编号，如 place:huadu、cluster:huadu-auto"), "e.g. place:huadu") }
        if has("is not a metric of the database") { return (("不是已有的指标", "填写“指标”页中的指标编号，或先添加该指标"), "a metric id of the Indicators page") }
        if has("is not a number in the metric's base unit") { return (("不是数字", "用指标的基本单位填写数值（元，而非亿元）"), "a number in base units") }
        if has("is not a source of the database") { return (("不是已有的数据来源", "填写“数据来源”页中的来源编号"), "a source id of the Sources page") }
        if has("is not a place of the database") { return (("不是已登记的地点", "填写地点编号或名称，如 huadu 或 花都区"), "e.g. huadu or 花都区") }
        if has("is not a cluster id of the database") { return (("不是已有的产业集群编号", "填写“产业集群”页中的集群编号"), "a cluster id") }
        if has("is not NUMBER:STATUS") {
            return (("项目阶段写法不对", "写作 期数:状态[:开始[:计划完成]]，如 1:under-construction:2021-03"), "e.g. 1:under-construction:2021-03")
        }
        if has("in the database") && m.hasPrefix("no ") { return (("数据库中没有这一对象", "核对编号，或先导入该对象"), "an existing record") }
        if let counts = after("row has ", in: m, upTo: "; quote") {
            let parts = counts.components(separatedBy: " fields but the header has ")
            let problem = parts.count == 2 ? "本行有 \(parts[0]) 个字段，表头有 \(parts[1]) 个" : "本行字段数与表头不符"
            return ((problem, "含逗号的内容请用英文双引号括起"), "quote fields that contain commas")
        }
        if let missing = after("missing column(s) ", in: m, upTo: ";") { return (("表头缺少列：" + missing, "在第一行加上这些列名"), "add the columns") }
        if has("appears twice in the header") { return (("表头中的列名重复", "删去重复的列"), "one column of each name") }
        if m.hasPrefix("unknown column") { return (("未知的列名", "按列格式说明改正列名"), "see the column formats") }
        if m == "the file is empty" { return (("文件为空", "上传有表头和数据的文件"), "a file with a header and rows") }
        if has("is neither UTF-8 nor GBK/GB18030") { return (("文件编码无法识别", "另存为 UTF-8（Excel：“CSV UTF-8”）后重新上传"), "save it as UTF-8") }
        return (nil, nil)
    }
}

/// The values an import read as meant but changed (a lowercase USCC upper-cased), each with its place.
struct ImportNotesView {
    let notes: [ImportProblem]

    /// How many notes are listed.
    static let listed = 100

    func html(_ l: Language) -> HTML {
        guard !notes.isEmpty else { return .empty }
        let w = Words(language: l)
        var out: HTML = "<p class=\"meta\">\(w("以下 \(notes.count) 处按原意读取并作了改动：", "\(notes.count) value(s) read as meant, with a change:"))</p><ul class=\"notes\">"
        for note in notes.prefix(Self.listed) {
            let place = note.cell ?? w("第\(note.line)行", "line \(note.line)")
            out += "<li>\(place)\(w("：", ": "))\(l == .zh ? note.chinese ?? note.message : note.message)</li>"
        }
        out += "</ul>"
        if notes.count > Self.listed { out += "<p class=\"meta\">\(w("另有 \(notes.count - Self.listed) 处未列出。", "\(notes.count - Self.listed) more not listed."))</p>" }
        return out
    }
}
