/// One thing wrong with an input file, located as `FILE:LINE:COLUMN` (CSV) or `FILE: record N` (JSON).
public struct ImportProblem: Sendable, Equatable, CustomStringConvertible {
    public var file: String
    /// 1-based line, or record number when `isRecord`; 0 when the problem is the file as a whole.
    public var line: Int
    /// 1-based character column; 0 when unknown.
    public var column: Int
    public var message: String
    /// True when `line` counts records of a JSON array rather than lines.
    public var isRecord: Bool

    public init(file: String, line: Int, column: Int, message: String, isRecord: Bool = false) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
        self.isRecord = isRecord
    }

    public var description: String {
        if line == 0 { return "\(file): \(message)" }
        return isRecord ? "\(file): record \(line): \(message)" : "\(file):\(line):\(column): \(message)"
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
}
