import Foundation
import ZhizaoCore
import ZhizaoDataset
import ZhizaoInterchange
import ZhizaoSheets
import ZhizaoStorage

/// An Excel template for an import: a sheet with the format's Chinese headings and one example row, and a notes
/// sheet (说明) saying for every column whether it is required, its format and the example's value, in Chinese with
/// English alongside.
public enum ImportTemplate {
    /// The file name `zhizao template` writes by default (企业导入模板.xlsx).
    public static func defaultFileName(_ kind: ImportKind) -> String {
        switch kind {
        case .enterprises: "企业导入模板.xlsx"
        case .projects: "重点项目导入模板.xlsx"
        case .observations: "数据导入模板.xlsx"
        }
    }

    /// Writes the template of `kind` at `url`.
    public static func write(_ kind: ImportKind, to url: URL) throws {
        let shape = ExportShape(kind)
        let example = try exampleRow(kind)
        let notes: [ColumnNote] =
            switch kind {
            case .enterprises: EnterpriseTable.columnNotes
            case .projects: ProjectTable.columnNotes
            case .observations: ObservationTable.columnNotes
            }
        let workbook = try WorkbookWriter(url: url)
        try workbook.addSheet(shape.sheetName, headings: shape.chineseHeadings) { try $0.append(shape.cells(example.row)) }
        let headings = ["列名", "Column", "本列必须有 Column required", "每行必填 Value required", "格式", "Format", "示例 Example"]
        try workbook.addSheet("说明", headings: headings) { sheet in
            for (note, value) in zip(notes, example.row) {
                try sheet.append([
                    .text(note.heading), .text(note.name), .text(note.columnRequired ? "是 yes" : "否 no"),
                    .text(note.valueRequired ? "是 yes" : "否 no"), .text(note.format.zh), .text(orEmpty: note.format.en ?? ""),
                    .text(orEmpty: value),
                ])
            }
            try sheet.append([])
            for line in [example.note, generalNote] { try sheet.append([.text(line.zh), .text(orEmpty: line.en ?? "")]) }
        }
        try workbook.finish()
    }

    static let generalNote = LocalizedText(
        zh: "第一行为表头，可用中文列名或英文列名；导入时全部行通过检查才写入：zhizao import 类别 文件.xlsx",
        en: "The first row is the header, Chinese or English names; an import writes all rows or none: zhizao import KIND FILE.xlsx")

    /// The example row and what it is: a record of the built-in dataset where one fits, else a row marked 示例.
    static func exampleRow(_ kind: ImportKind) throws -> (row: [String], note: LocalizedText) {
        let dataset = try BuiltInDataset.guangzhou2020()
        let places = PlaceDirectory(places: dataset.places)
        let fromDataset = LocalizedText(
            zh: "示例行取自内置数据集（广州2020），导入前请换成自己的数据或删除",
            en: "The example row is a record of the built-in dataset (Guangzhou 2020); replace or delete it before importing")
        switch kind {
        case .projects:
            if let project = dataset.projects.first(where: { $0.investment != nil }) ?? dataset.projects.first {
                return (ProjectTable.row(project, places: places), fromDataset)
            }
        case .observations:
            if let observation = dataset.observations.first {
                return (ObservationTable.row(observation), fromDataset)
            }
        case .enterprises:
            break
        }
        // The dataset's firms have no USCC, which the registry needs: a made-up firm, marked as such.
        let first17 = Array("91440114MA59TL0E0".utf8)
        let check = USCC.checkCharacter(forFirst17: first17).map { String(UnicodeScalar($0)) } ?? "X"
        let example = Enterprise(
            uscc: String(decoding: first17, as: UTF8.self) + check,
            name: LocalizedText(zh: "【示例】广州某汽车零部件有限公司", en: "[Example] an auto-parts firm"), districtId: "huadu", parkId: nil,
            industryCode: "3670", founded: 2015, employees: 120, revenue: [2020: 35_000_000, 2019: 28_000_000],
            designations: [Designation(.specialised, year: 2021, level: .provincial)], synthetic: false,
            businessScope: "汽车零部件及配件制造；汽车零配件批发；模具制造")
        let note = LocalizedText(
            zh: "示例行是虚构的企业，数字仅示范格式，不是真实数据；导入前请删除",
            en: "The example row is a made-up firm whose figures only show the format; delete it before importing")
        return (EnterpriseTable.row(example, places: places), note)
    }
}
