import Testing
import ZhizaoCore
@testable import ReportReader

@Suite struct PeriodScannerTests {
    @Test(arguments: [
        ("2020年全市规上工业", Period.year(2020)),
        ("2020年前三季度，新一代信息技术", Period(start: "2020-01-01", end: "2020-09-30")),
        ("2021年1-7月，全市", Period(start: "2021-01-01", end: "2021-07-31")),
        ("截至2020年底，全市建成", Period.asOf("2020-12-31")),
        ("截至2020年9月底", Period.asOf("2020-09-30")),
        ("“十四五”期间", Period.years(2021, 2025)),
        ("2020年上半年", Period(start: "2020-01-01", end: "2020-06-30")),
        ("2019年12月", Period(start: "2019-12-01", end: "2019-12-31")),
        ("2025年6月16日—6月20日", Period(start: "2025-06-16", end: "2025-06-20")),  // a run of days, its month written twice
    ])
    func normalisesPeriods(text: String, period: Period) throws {
        let found = PeriodScanner.scan(text)
        #expect(found.map(\.period) == [period])
    }

    @Test func resolvesRelativePeriodsAgainstTheDocumentDate() {
        #expect(PeriodScanner.scan("今年上半年", documentYear: 2021).map(\.period) == [Period(start: "2021-01-01", end: "2021-06-30")])
        #expect(PeriodScanner.scan("去年", documentYear: 2021).map(\.period) == [.year(2020)])
        #expect(PeriodScanner.scan("1-7月，全市", documentYear: 2021).map(\.period) == [Period(start: "2021-01-01", end: "2021-07-31")])
        #expect(PeriodScanner.scan("1-7月，全市").isEmpty)  // no year to resolve it with
    }

    @Test(arguments: ["5G基站4.8万座", "连续15年增长", "第12届", "2020"])
    func findsNoPeriodWhereThereIsNone(text: String) {
        #expect(PeriodScanner.scan(text).isEmpty)
    }
}
