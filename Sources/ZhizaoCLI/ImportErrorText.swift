import ZhizaoCore
import ZhizaoInterchange
import ZhizaoWeb

/// An import's problems as the command line prints them, in the user's language: each located as
/// `FILE:LINE:COLUMN`, with what is wrong and what to write, then how many there are and that nothing was written.
struct ImportErrorText {
    let error: ImportError
    let language: Language

    var text: String {
        guard language == .zh else { return error.description }
        var lines = error.problems.prefix(ImportError.listed).map(Self.chinese)
        if error.problems.count > ImportError.listed { lines.append("……另有 \(error.problems.count - ImportError.listed) 个问题") }
        lines.append("共 \(error.problems.count) 个问题：未导入任何数据；请按上述提示修改文件后重新导入。")
        return lines.joined(separator: "\n")
    }

    /// One problem in `language`.
    static func line(_ problem: ImportProblem, _ language: Language) -> String {
        language == .zh ? chinese(problem) : problem.description
    }

    /// One problem in Chinese: `firms.csv:3:32：industry_code“9999”不是……；应填写……`.
    static func chinese(_ problem: ImportProblem) -> String {
        let place: String
        if problem.line == 0 {
            place = problem.file
        } else if problem.isRecord {
            place = "\(problem.file)：第\(problem.line)条记录"
        } else {
            place = "\(problem.file):\(problem.line):\(problem.column)"
        }
        let reading = ProblemReading(problem.message)
        guard let zh = reading.zh else { return "\(place)：数据有误（\(problem.message)）" }
        let value = reading.value.map { "“\($0)”" } ?? ""
        return "\(place)：\(reading.column ?? "")\(value)\(zh.problem)；\(zh.hint)"
    }
}
