import Testing
import ZhizaoCore

@Suite struct PeriodTextTests {
    @Test(arguments: [
        ("2023", Period.year(2023)),
        ("2023-01..2023-09", Period(start: "2023-01-01", end: "2023-09-30")),
        ("2024-02", Period(start: "2024-02-01", end: "2024-02-29")),
        ("2023-01-01..2023-09-30", Period(start: "2023-01-01", end: "2023-09-30")),
        ("2021..2025", Period.years(2021, 2025)),
    ])
    func readsWhatAReviewerTypes(text: String, period: Period) {
        #expect(Period(text: text) == period)
    }

    @Test(arguments: ["", "23", "2023-13", "2023-09..2023-01", "2023-02-30", "2023/09", "2023..2024..2025"])
    func refusesWhatIsNoPeriod(text: String) {
        #expect(Period(text: text) == nil)
    }
}
