/// One thing wrong with an input file, located as `FILE:LINE:COLUMN` (CSV), `FILE:SHEET!A12` (a workbook's cell)
/// or `FILE: record N` (JSON), said in English and, where translated, in Chinese.
public struct ImportProblem: Sendable, Equatable, CustomStringConvertible {
    public var file: String
    /// 1-based line (or row of a sheet), or record number when `isRecord`; 0 when the problem is the file as a whole.
    public var line: Int
    /// 1-based character column (CSV) or column of the sheet (A = 1); 0 when unknown.
    public var column: Int
    /// What is wrong and what to do, in English.
    public var message: String
    /// The same in Chinese; nil where no translation exists yet.
    public var chinese: String?
    /// True when `line` counts records of a JSON array rather than lines.
    public var isRecord: Bool
    /// The sheet's name when the file is a workbook: `line` and `column` are then a cell's row and column.
    public var sheet: String?

    public init(
        file: String, line: Int, column: Int, message: String, chinese: String? = nil, isRecord: Bool = false,
        sheet: String? = nil
    ) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
        self.chinese = chinese
        self.isRecord = isRecord
        self.sheet = sheet
    }

    /// The cell address `SHEET!A12` of a problem in a workbook's cell, nil otherwise.
    public var cell: String? {
        guard let sheet, line > 0 else { return nil }
        return column > 0 ? "\(sheet)!\(Self.letters(column))\(line)" : "\(sheet)!\(line):\(line)"
    }

    /// Where the problem is: `FILE:LINE:COLUMN`, `FILE:SHEET!A12`, `FILE: record N` or `FILE`.
    public var location: String {
        if let cell { return "\(file):\(cell)" }
        if line == 0 { return file }
        return isRecord ? "\(file): record \(line)" : "\(file):\(line):\(column)"
    }

    public var description: String { "\(location): \(message)" }

    /// The location and the Chinese message (the English one where there is no translation).
    public var chineseDescription: String { "\(location)：\(chinese ?? message)" }

    /// A sheet column's letters: 1 → A, 27 → AA.
    static func letters(_ column: Int) -> String {
        var letters = ""
        var rest = column
        while rest > 0 {
            letters.insert(Character(Unicode.Scalar(UInt8(ascii: "A") + UInt8((rest - 1) % 26))), at: letters.startIndex)
            rest = (rest - 1) / 26
        }
        return letters
    }
}

/// An input refused as a whole: every problem found, in file order. Nothing was written.
public struct ImportError: Error, Sendable, CustomStringConvertible {
    public var problems: [ImportProblem]

    public init(_ problems: [ImportProblem]) {
        self.problems = problems
    }

    /// How many problems the description lists before summarising the rest.
    public static let listed = 50

    public var description: String {
        var lines = problems.prefix(Self.listed).map(\.description)
        if problems.count > Self.listed { lines.append("… and \(problems.count - Self.listed) more problems") }
        let noun = problems.count == 1 ? "problem" : "problems"
        lines.append("\(problems.count) \(noun): nothing was imported; fix the file and import it again")
        return lines.joined(separator: "\n")
    }

    /// The same list in Chinese.
    public var chineseDescription: String {
        var lines = problems.prefix(Self.listed).map(\.chineseDescription)
        if problems.count > Self.listed { lines.append("……另有 \(problems.count - Self.listed) 个问题") }
        lines.append("共 \(problems.count) 个问题，未导入任何数据；请改正文件后重新导入")
        return lines.joined(separator: "\n")
    }
}
