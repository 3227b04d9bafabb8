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

    @Test func aWiresDatelineEndsTheTitleAndNamesNothing() throws {
        // Given a wire's story whose title has no stop and whose dateline reads 某地某日电, When the plant it names is
        // 该工厂 later, Then the plant's name holds neither the title nor the dateline.
        let text = """
            青川动力长沙新工厂投产
            新华社长沙4月8日电（记者 王某）湖南青川动力科技有限公司长沙经开区电机工厂8日投产。该工厂总投资18亿元。
            """
        #expect(try fact(text, 18e8, date: "2026-04-09").holder == "湖南青川动力科技有限公司长沙经开区电机工厂")
    }

    @Test func whatAnOfficerSaysInTheQuoteAfterIsTheFirms() throws {
        // Given a firm's manager introduced in one sentence, When a quote opens the next with 我们 and goes on past a full
        // stop, Then its figures are the firm's, not the zone's the text is about.
        let text = """
            青川动力长沙新工厂投产
            本报讯　湖南青川动力科技有限公司电机工厂8日在长沙经开区投产。青川动力总经理李某介绍，工厂自动化率达到90%。“去年我们电机出货量达到21.5万台。今年我们的出口量将超过3万台。”
            """
        let shipped = try fact(text, 21.5e4, date: "2026-04-09")
        #expect(shipped.holder == "湖南青川动力科技有限公司" && shipped.holderWritten == "我们")
        #expect(try fact(text, 3e4, date: "2026-04-09").holder == "湖南青川动力科技有限公司")
    }
}
