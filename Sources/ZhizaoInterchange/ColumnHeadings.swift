/// Header cells read as columns: the English name (`uscc`, `industry_code`), the Chinese heading (统一社会信用代码)
/// or a common variant of it (单位名称, 国民经济行业代码), compared without spaces, case, or the difference
/// between full-width and ASCII parentheses and underscores.
struct ColumnHeadings<Column: TableColumn> {
    private let byKey: [String: Column]

    init() {
        var byKey: [String: Column] = [:]
        for column in Column.allCases {
            for heading in [column.rawValue, column.chineseHeading] + column.alternativeHeadings {
                byKey[Self.key(heading)] = byKey[Self.key(heading)] ?? column
            }
        }
        self.byKey = byKey
    }

    /// The column a header cell names, nil when none.
    func column(_ heading: String) -> Column? {
        byKey[Self.key(heading)]
    }

    /// `heading` without white space (also full-width and non-breaking), lower-cased, `（）` as `()`, `-` and `_`
    /// and `·` dropped, a trailing `*` (a required mark) dropped.
    static func key(_ heading: String) -> String {
        var key = ""
        for character in heading.lowercased() {
            switch character {
            case " ", "\u{3000}", "\u{A0}", "\t", "\n", "\r", "_", "-", "·", "*", "＊": continue
            case "（": key.append("(")
            case "）": key.append(")")
            default: key.append(character)
            }
        }
        return key
    }
}

extension TableColumn {
    /// Other headings bureaus use for the column; none unless a format lists them.
    public var alternativeHeadings: [String] { [] }
}
