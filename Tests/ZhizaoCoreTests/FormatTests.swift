import Testing
import ZhizaoCore

@Suite struct ChineseNumberFormatTests {
    @Test(arguments: [
        (500_000_000_000.0, "CNY", Qualifier.approx, "约5000亿元", "≈ 500 bn CNY"),
        (63_747_000_000, "CNY", .exact, "637.47亿元", "63.747 bn CNY"),
        (48_000, "座", .exact, "4.8万座", "48,000 stations"),
        (13_208_000, "个", .exact, "1320.8万个", "13.208 mn"),
        (6_400_000, "户", .gt, "超640万户", "> 6.4 mn users"),
        (5_829, "家", .exact, "5829家", "5,829 firms"),
        (8.3, "%", .exact, "8.3%", "8.3 %"),
        (140, "倍", .exact, "140倍", "140×"),
        (1e12, "CNY", .ge, "≥1万亿元", "≥ 1 tn CNY"),
        (28_700_000_000, "HKD", .exact, "287亿港元", "28.7 bn HKD"),
        (81_200_000_000, "TWD", .exact, "812亿新台币", "81.2 bn TWD"),
    ])
    func formatsAsReadersWriteIt(value: Double, unit: String, qualifier: Qualifier, zh: String, en: String) {
        #expect(ChineseNumberFormat.format(value, unit: unit, qualifier: qualifier, language: .zh) == zh)
        #expect(ChineseNumberFormat.format(value, unit: unit, qualifier: qualifier, language: .en) == en)
    }

    @Test func exactValuesForHover() {
        #expect(ChineseNumberFormat.exact(500_000_000_000, unit: "CNY", language: .zh) == "500,000,000,000 元")
        #expect(ChineseNumberFormat.exact(13_208_000, unit: "个", language: .en) == "13,208,000")
        #expect(ChineseNumberFormat.exact(8.3, unit: "%", language: .en) == "8.3 %")
    }
}

@Suite struct TierTests {
    @Test(arguments: [
        (Quantity(1e11, .gt), OutputTier.hundredBillion, true),
        (Quantity(5e11, .approx), .hundredBillion, false),
        (Quantity(5e11, .nearly), .hundredBillion, false),
        (Quantity(1.2e12, .exact), .trillion, true),
        (Quantity(2e10, .ge), .tenBillion, true),
    ])
    func classifiesQualifiedFigures(output: Quantity, tier: OutputTier, certain: Bool) {
        let assessment = TierAssessment(output: output)
        #expect(assessment.tier == tier)
        #expect(assessment.isCertain == certain)
    }

    @Test func belowTheLowestTierOrOnlyAnUpperBoundGivesNoTier() {
        #expect(TierAssessment(output: Quantity(9e9)).tier == nil)
        #expect(TierAssessment(output: Quantity(5e11, .lt)).tier == nil)
    }
}

@Suite struct PeriodTests {
    @Test(arguments: [
        (Period.year(2020), "2020年", "2020"),
        (Period(start: "2020-01-01", end: "2020-09-30"), "2020年前三季度", "2020 Q1–Q3"),
        (Period(start: "2020-01-01", end: "2020-07-31"), "2020年1-7月", "2020-01 to 2020-07"),
        (Period.years(2021, 2025), "2021–2025年", "2021–2025"),
        (Period.asOf("2020-12-31"), "截至2020年12月31日", "as of 2020-12-31"),
    ])
    func labels(period: Period, zh: String, en: String) {
        #expect(period.label(.zh) == zh)
        #expect(period.label(.en) == en)
    }

    @Test func validatesISODates() {
        #expect(Period.isISODate("2020-02-29"))
        #expect(!Period.isISODate("2021-02-29"))
        #expect(!Period.isISODate("2020-13-01"))
        #expect(!Period.isISODate("2020/01/01"))
    }
}
