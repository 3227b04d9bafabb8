import Testing
import ZhizaoCore

@testable import ReportReader

/// Tables whose head row names their columns, as a firm's reports set out their accounts: each column's period, its
/// changes and what they are compared with, the units its label or the table declares.
@Suite struct TableHeadTests {
    /// A third quarter's report: the quarter, the year to its end, and the balance at its end against the year's start.
    static let quarterly = """
        某某智能装备股份有限公司
        2025年第三季度报告
        项目\t本报告期\t本报告期较上年同期增减\t年初至报告期末\t年初至报告期末较上年同期增减
        营业收入（元）\t1,204,663,018.52\t11.08%\t3,318,450,207.19\t-4.27%
        项目\t本报告期末\t上年度末\t本报告期末较上年度末增减
        总资产（元）\t9,806,112,450.33\t9,012,774,301.60\t8.80%
        报告期内，公司研发投入2.6亿元。
        """

    @Test func aChangeAfterTheYearBeforesColumnIsOfTheReportsPeriod() throws {
        let text = "某某精密股份有限公司\n2024年度业绩快报\n单位：万元\n项目\t本报告期\t上年同期\t增减变动幅度（%）\n营业总收入\t96,210.40\t80,115.62\t20.09\n"
        let change = try readFact(text, 20.09, date: "2025-02-20")
        #expect(change.kind == .change && change.period == .year(2024))
        #expect(try readFact(text, 801_156_200, date: "2025-02-20").period == .year(2023))
    }

    @Test func aColumnsHeadSaysItsFiguresPeriod() throws {
        let date = "2025-10-29"
        let quarter = try readFact(Self.quarterly, 1_204_663_018.52, date: date)
        #expect(quarter.measure == "营业收入" && quarter.unit == "CNY" && quarter.holder == "某某智能装备股份有限公司")
        #expect(quarter.period == Period(start: "2025-07-01", end: "2025-09-30"))
        let toDate = try readFact(Self.quarterly, 3_318_450_207.19, date: date)
        #expect(toDate.period == Period(start: "2025-01-01", end: "2025-09-30"))
        #expect(try readFact(Self.quarterly, 9_012_774_301.60, date: date).period == .asOf("2024-12-31"))
        #expect(try readFact(Self.quarterly, 9_806_112_450.33, date: date).period == .asOf("2025-09-30"))
    }

    @Test func aColumnOfChangesComparesAsItsHeadSays() throws {
        let date = "2025-10-29"
        let quarter = try readFact(Self.quarterly, 11.08, date: date)
        #expect(quarter.kind == .change && quarter.basis == "同比" && quarter.measure == "营业收入" && quarter.direction == "up")
        #expect(quarter.period == Period(start: "2025-07-01", end: "2025-09-30"))
        let toDate = try readFact(Self.quarterly, 4.27, date: date)
        #expect(toDate.direction == "down" && toDate.period == Period(start: "2025-01-01", end: "2025-09-30"))
        let balance = try readFact(Self.quarterly, 8.80, date: date)
        #expect(balance.kind == .change && balance.basis == "比上年末" && balance.period == .asOf("2025-09-30"))
        // (The text below the table is read as before: the report's period.)
        #expect(try readFact(Self.quarterly, 2.6e8, date: date).period == Period(start: "2025-01-01", end: "2025-09-30"))
    }

    @Test func aColumnsHeadAddsWhatItCountsToTheRowsLabel() throws {
        let text = """
            某某重型汽车股份有限公司
            2025年8月产销快报
            单位：辆
            产品类别\t本月产量\t本年累计产量\t本月销量
            重型卡车\t6,315\t48,902\t6,120
            合计\t8,004\t61,233\t7,856
            """
        let month = try readFact(text, 6315, date: "2025-09-03")
        #expect(month.measure == "重型卡车产量" && month.unit == "辆" && month.holder == "某某重型汽车股份有限公司")
        #expect(month.period == Period(start: "2025-08-01", end: "2025-08-31"))
        #expect(try readFact(text, 48902, date: "2025-09-03").period == Period(start: "2025-01-01", end: "2025-08-31"))
        #expect(try readFact(text, 6120, date: "2025-09-03").measure == "重型卡车销量")
        #expect(try readFact(text, 61233, date: "2025-09-03").measure == "产量")  // (合计: the column's alone)
        // (去年同期 after 本年累计产量: the same measure, the months a year before.)
        let lastYear = try readFact(text.replacingOccurrences(of: "\t本月销量", with: "\t去年同期"), 6120, date: "2025-09-03")
        #expect(lastYear.measure == "重型卡车产量" && lastYear.period == Period(start: "2024-01-01", end: "2024-08-31"))
    }

    @Test func unitsComeFromTheLabelTheHeadOrTheDeclaration() throws {
        let text = """
            某某新材料股份有限公司
            2024年年度报告摘要
            单位：万元　币种：人民币
            项目\t2024年\t比上年增减（%）
            营业收入\t52,318.46\t-6.15
            加权平均净资产收益率（%）\t9.72\t减少1.35个百分点
            """
        let revenue = try readFact(text, 523_184_600, date: "2025-04-20")
        #expect(revenue.measure == "营业收入" && revenue.period == .year(2024) && revenue.kind == .level)
        let change = try readFact(text, 6.15, date: "2025-04-20")
        #expect(change.kind == .change && change.basis == "比上年" && change.direction == "down" && change.period == .year(2024))
        #expect(try readFact(text, 9.72, date: "2025-04-20").unit == "%")
        #expect(try readFact(text, 1.35, date: "2025-04-20").unit == "pp")
        // (The declaration itself states no figure: 人民币千元 is no 1000 yuan.)
        let hongKong = "某某控股有限公司\n截至二〇二六年九月三十日止九個月之業績公告\n（單位：人民幣千元）\n項目\t截至二〇二六年九月三十日止九個月\t按年變動\n收益\t1,906,552\t7.3"
        let facts = readFacts(hongKong, date: "2026-11-20")
        #expect(!facts.contains { $0.value == 1000 })
        let income = try #require(facts.first { $0.value == 1_906_552_000 })
        #expect(income.unit == "CNY" && income.period == Period(start: "2026-01-01", end: "2026-09-30"))
        #expect(facts.first { $0.value == 7.3 }?.basis == "同比")
    }

    @Test func aColumnsWordsWithItsUnitsAreItsMeasure() throws {
        // Given a table of counties whose head names each column by its measure and units alone, When a row is read,
        // Then each figure is the county's, of its column's measure.
        let text = """
            表2　前三季度分区县重点项目进展
            区县	完成投资（亿元）	项目数（个）	计划投资（亿元）
            东岭县	51.8	37	64.2
            """
        let done = try readFact(text, 51.8e8, date: "2026-10-20")
        #expect(done.holder == "东岭县" && done.measure == "完成投资")
        #expect(try readFact(text, 37, date: "2026-10-20").measure == "项目数")
        #expect(try readFact(text, 64.2e8, date: "2026-10-20").measure == "计划投资")
    }

    @Test func aRowWithItsFiguresIsNoHead() throws {
        // (增长 in a cell with its figure: a row of a table no head named, read as before, not a head of a column of changes.)
        let text = "1-9月，全区主要指标如下。\n（单位：亿元，%）\n工业投资\t212.4\t增长8.6\n"
        let rate = try readFact(text, 8.6, date: "2025-10-20")
        #expect(rate.kind == .change && rate.measure == "工业投资")
        #expect(try readFact(text, 212.4e8, date: "2025-10-20").measure == "工业投资")
    }

    @Test func anEmptyCellKeepsItsColumnAndAColumnsHeadItsUnits() throws {
        let text = "指标\t1-9月（亿元）\t同比增长（%）\n固定资产投资\t\t7.9\n工业投资\t212.4\t8.6\n"
        let empty = try readFact(text, 7.9, date: "2025-10-20")
        #expect(empty.kind == .change && empty.unit == "%" && empty.measure == "固定资产投资")
        let level = try readFact(text, 212.4e8, date: "2025-10-20")
        #expect(level.unit == "CNY" && level.period == Period(start: "2025-01-01", end: "2025-09-30"))
    }

    @Test func aTabAfterAHeadingsNumberOrInProseIsNoTable() throws {
        // (一、⇥…: a heading's number, then its words; two cells, the second a sentence, make no head: read as with a space.)
        func read(_ text: String) throws -> (String?, String?, FactKind) {
            let fact = try readFact(text, 5.6, date: "2025-07-20")
            return (fact.holder, fact.measure, fact.kind)
        }
        let heading = "广州市统计局\n一、\t全市规上工业增加值增长5.6%，增速比一季度加快。"
        #expect(try read(heading) == read(heading.replacingOccurrences(of: "\t", with: "")))
        let prose = try read("广州市统计局\n全市规上工业增加值增长5.6%，\t上半年增速比一季度加快。")
        #expect(prose.0 == "广州市" && prose.1 == "规上工业增加值" && prose.2 == .change)
    }

    @Test func aRankingsRowsAreItsFirms() throws {
        let text = "2025某省制造业企业100强榜单\n排名\t企业名称\t营业收入（亿元）\t同比增长（%）\n1\t某某钢铁集团有限公司\t1,523.6\t8.2\n"
        let revenue = try readFact(text, 1523.6e8, date: "2025-09-19")
        #expect(revenue.holder == "某某钢铁集团有限公司" && revenue.measure == "营业收入" && revenue.unit == "CNY")
        let growth = try readFact(text, 8.2, date: "2025-09-19")
        #expect(growth.holder == "某某钢铁集团有限公司" && growth.measure == "营业收入" && growth.kind == .change)
        #expect(!readFacts(text, date: "2025-09-19").contains { $0.value == 1 })  // (its rank's column is no figure)
    }

    @Test func thisYearsChangeColumnAReturnOverTheYearAndTheReportsEnd() throws {
        let text = """
            某某材料股份有限公司
            2024年年度报告摘要
            项目\t2024年\t2023年\t本年比上年增减
            营业收入（元）\t5,120,336,118.20\t4,602,117,905.33\t11.26%
            加权平均净资产收益率\t12.31%\t11.05%\t增加1.26个百分点
            截至报告期末，公司在职员工4,217人。
            """
        let date = "2025-03-20"
        #expect(try readFact(text, 11.26, date: date).period == .year(2024))  // (本年: the year reported, not the column before)
        #expect(try readFact(text, 12.31, date: date).period == .year(2024))  // (a return over the year, no balance)
        #expect(try readFact(text, 4217, date: date).period == .asOf("2024-12-31"))
    }

    @Test func aColumnOfUnitsGivesEachRowItsUnitAndTheCaptionsPlaceHoldsTheRows() throws {
        let text = """
            表5　2024年芜湖市规模以上工业主要产品产量
            产品名称\t计量单位\t产量\t比上年增长（%）
            工业机器人\t套\t13520\t18.2
            家用洗衣机\t万台\t462.7\t-3.5
            发电量\t亿千瓦时\t87.4\t6.1
            注：产量为规模以上工业企业口径。
            """
        let date = "2025-03-20"
        let robots = try readFact(text, 13520, date: date)
        #expect(robots.unit == "套" && robots.measure == "工业机器人产量" && robots.holder == "芜湖市" && robots.period == .year(2024))
        let washers = try readFact(text, 4_627_000, date: date)
        #expect(washers.unit == "台" && washers.measure == "家用洗衣机产量")
        let fall = try readFact(text, 3.5, date: date)
        #expect(fall.kind == .change && fall.direction == "down" && fall.measure == "家用洗衣机产量" && fall.holder == "芜湖市")
        // A row that names its quantity keeps it.
        #expect(try readFact(text, 8_740_000_000, date: date).measure == "发电量")
    }

    @Test func aColumnOfAbsoluteNumbersHoldsTheRowsAmounts() throws {
        let text = "表2　2024年全市规上工业企业主要指标\n指标\t绝对数\t比上年增长（%）\n利润总额（亿元）\t126.8\t4.4\n"
        let profit = try readFact(text, 12_680_000_000, date: "2025-03-20")
        #expect(profit.measure == "利润总额" && profit.kind == .level && profit.holder == "全市")
    }


    @Test func aRowThatNamesAQuantityStillTakesAShareColumnsMeasure() throws {
        let text = "项目\t金额（亿元）\t增长（%）\t占地区生产总值比重（%）\n税收收入\t52.6\t3.8\t5.9\n"
        let share = try readFact(text, 5.9, date: "2025-03-01")
        #expect(share.measure == "税收收入占地区生产总值比重")
    }
}
