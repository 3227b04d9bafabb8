import ZhizaoCore
import ZhizaoInterchange
import ZhizaoStorage

extension UploadContent {
    /// What the file holds: 企业 / Enterprises; 招商名单“national” / Target list "national".
    var name: LocalizedText {
        switch self {
        case .records(let kind): kind.name
        case .targetList(let list):
            LocalizedText(zh: "招商名单\u{201C}\(list.name)\u{201D}", en: "Target list \u{201C}\(list.name)\u{201D}")
        }
    }

    /// The Chinese heading of the column named `name` in such a file (province → 省份).
    func chineseHeading(_ name: String) -> String? {
        switch self {
        case .records(let kind): kind.chineseHeading(name)
        case .targetList: TargetListTable.Column(rawValue: name)?.chineseHeading
        }
    }

    /// What confirming the checked file does.
    var commitNote: LocalizedText {
        switch self {
        case .records:
            LocalizedText(
                zh: "确认后整份写入数据库（已有记录按编号更新），并记入审计日志。文件在服务器上保留30分钟。",
                en: "Confirming writes the whole file (existing records are updated by their key) and logs it in the audit log. "
                    + "The file is kept on the server for 30 minutes.")
        case .targetList(let list):
            LocalizedText(
                zh: "确认后整份保存为招商名单\u{201C}\(list.name)\u{201D}\(list.replace ? "（替换同名名单）" : "")，"
                    + "与本地企业名录分开存放、不计入任何统计，并记入审计日志。文件在服务器上保留30分钟。",
                en: "Confirming stores the whole file as the target list \u{201C}\(list.name)\u{201D}"
                    + (list.replace ? " (replacing the list of that name)" : "")
                    + ", apart from the registry and counted in no figure, and logs it in the audit log. "
                    + "The file is kept on the server for 30 minutes.")
        }
    }
}

/// The imports page's form for a target list (招商名单): firms to court from outside the registry, in the enterprise
/// format with province and city, stored whole under a name. Shown to analysts and admins, who may make one.
struct TargetListUploadForm {
    let csrf: String?
    var name = ""
    var source = ""
    var problem: (zh: String, en: String)?

    func html(_ l: Language) -> HTML {
        let w = Words(language: l)
        var out: HTML = "<h2 id=\"target-list\">\(w("导入招商名单", "Import a target list"))</h2>"
        out += "<p>\(w("区外企业名单（如国家级专精特新“小巨人”名单、平台导出的企业清单）：企业格式，以省份、城市两列代替所属区和园区；统一社会信用代码、企业名称、行业代码必填，省份与城市至少填一项。整份保存、与本地企业名录分开，可在产业集群页的招商目标中选用。", "Firms outside the registry (a national list of little giants, a platform's export): the enterprise format with province and city instead of district and park; USCC, name and industry code are required, and a province or a city. Stored whole, apart from the registry, to choose among a cluster's investment targets."))</p>"
        if let problem { out += "<p class=\"problem\" role=\"alert\">\(w(problem.zh, problem.en))</p>" }
        out += """
            <form class="card upload" method="post" action="/imports/target-list" enctype="multipart/form-data">
            \(ImportPage.csrfField(csrf))
            <label>\(w("名单名称", "List name"))<input type="text" name="name" maxlength="100" required value="\(name)"></label>
            <label>\(w("来源（可空）", "Source (optional)"))<input type="text" name="source" maxlength="200" value="\(source)"></label>
            <label>\(w("文件", "File"))<input type="file" name="file" accept=".xlsx,.csv,.json,text/csv,application/json,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" required></label>
            <label>\(w("工作表（可空，默认第一个；填名称或序号）", "Sheet (optional: the first by default; a name or a number)"))<input type="text" name="sheet" maxlength="100"></label>
            <label class="check"><input type="checkbox" name="replace" value="true"> \(w("替换同名名单", "Replace a list of that name"))</label>
            <button type="submit">\(w("检查文件", "Check the file"))</button>
            </form>
            """
        return out
    }
}

/// A target list stored from the browser: its name, firms and where to use it.
struct TargetListDonePage {
    let info: TargetListInfo

    func html(_ l: Language) -> HTML {
        let w = Words(language: l)
        return """
            <h1>\(w("已保存招商名单", "Target list stored"))</h1>
            <p class="notice" role="status">\(w("招商名单\u{201C}\(info.name)\u{201D}：共 \(info.rows) 家企业，与本地企业名录分开存放。本次导入已记入审计日志（文件名与 SHA-256 校验值）。", "Target list \u{201C}\(info.name)\u{201D}: \(info.rows) firms, kept apart from the registry. The import is in the audit log (file name and SHA-256)."))</p>
            <p>\(w("在产业集群页的招商目标中选择此名单，其企业即与本地以外的企业一同排序。", "Choose the list among a cluster's investment targets to rank its firms with those outside the district."))</p>
            <p>\(HTML.link("/clusters", w("产业集群", "Clusters"))) · \(HTML.link("/imports", w("继续导入", "Import another file")))</p>
            """
    }
}
