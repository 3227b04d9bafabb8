import Testing
@testable import ReportReader

/// Rules for firms' news in local papers and wires (docs/FACTS.md), each on text of its own (none of it from the
/// annotated sets).
@Suite struct FirmsNewsTests {
    @Test func anAbbreviationOfTheRegisteredNameIsTheFirm() throws {
        // Given a report naming a truck maker in full, When its manager speaks under an abbreviation never declared
        // (the trade name, then characters of the rest in their order), Then the figures are the registered firm's.
        let text = """
            某地重卡生产线投产
            本报讯　3月2日，湖北云岗重型汽车有限公司电动重卡生产线投产。云岗重汽总经理李某介绍，2025年，公司销售重卡4.6万辆，同比增长8.2%。
            """
        let sales = try fact(text, 4.6e4, date: "2026-03-03")
        #expect(sales.holder == "湖北云岗重型汽车有限公司")
    }

    @Test func aNameSharingOnlyTheTradeNameStaysAsWritten() throws {
        // Given the same maker, When a name opens with its trade name but goes on with words its name lacks, Then that
        // name is no abbreviation of it and stays as written.
        let text = """
            本报讯　3月2日，湖北云岗重型汽车有限公司电动重卡生产线投产。云岗电池总经理李某介绍，2025年，该公司销售电池2.3万套。
            """
        #expect(try fact(text, 2.3e4, date: "2026-03-03").holder != "湖北云岗重型汽车有限公司")
    }
}
