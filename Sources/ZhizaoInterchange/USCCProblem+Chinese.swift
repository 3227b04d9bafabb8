import ZhizaoCore

extension USCC.Problem {
    /// What is wrong with the code and what to do, in Chinese.
    var chinese: String {
        switch self {
        case .length(let n): "有 \(n) 位；统一社会信用代码应为18位，请核对"
        case .character(let position, let found): "第\(position)位“\(found)”不允许；只能用数字和大写字母（不含 I、O、S、V、Z）"
        case .divisionCode: "第3–8位应为数字（行政区划代码）"
        case .checkCharacter(let expected, let found): "校验位是“\(found)”，按前17位应为“\(expected)”（GB 32100-2015），请核对代码"
        }
    }
}
