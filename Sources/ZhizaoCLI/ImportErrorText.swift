import ZhizaoCore
import ZhizaoInterchange

/// An import's problems in the command's language: each with where it is (`FILE:LINE:COLUMN`, `FILE:SHEET!A12`) and
/// what to write instead, then what happened (nothing was written).
struct ImportErrorText {
    let error: ImportError
    let language: Language

    var text: String { language == .zh ? error.chineseDescription : error.description }

    /// One problem in `language`.
    static func line(_ problem: ImportProblem, _ language: Language) -> String {
        language == .zh ? problem.chineseDescription : problem.description
    }
}
