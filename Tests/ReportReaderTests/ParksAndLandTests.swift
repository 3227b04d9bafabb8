import Testing
import ZhizaoCore

@testable import ReportReader

/// Parks, zones and their land as bureaus and park operators report them: parks named and written short, classes of
/// parks, tables of parks, parcels of land, assessments published on a day, each on text of its own.
@Suite struct ParksAndLandTests {
    @Test func aParkNamedAsASmartManufacturingParkIsWhat园区StandsFor() throws {
        let text = "云溪智造园位于某某市北湖区，是以精密机械为特色的专业园区。2024年，园区实现工业总产值236.5亿元。"
        #expect(try readFact(text, 236.5e8, date: "2025-03-10").holder == "云溪智造园")
    }

    @Test func aParksShortNameBelowItsFullNameKeepsTheFullOne() throws {
        let text = """
            数说｜2024年北湖云溪智造产业园年度成绩单
            原创　云溪智造园运营中心　2025-01-06
            2024年，园区实现规上工业总产值186.2亿元。
            """
        #expect(try readFact(text, 186.2e8, date: "2025-01-06").holder == "北湖云溪智造产业园")
    }

    @Test func parksOfALevelAreAClassOfThePlaces() throws {
        let text = "2024年，某某区坚持把村级工业园改造作为拓展空间的重点工程，全年完成村级工业园改造面积0.82万亩。"
        let area = try readFact(text, 8200, date: "2025-01-20")
        #expect(area.holder == "某某区" && area.measure == "村级工业园改造面积")
    }

    @Test func aGoalMetIsNoGoalForWhatFollows() throws {
        let text = "2024年，某某区完成村级工业园改造面积6800亩，超额完成年度目标任务；新建产业载体面积215万平方米。"
        #expect(try readFact(text, 215e4, date: "2025-01-20").kind == .level)
    }

    @Test func parcelsOfLandAreCounted() throws {
        let text = "2024年，某某区全年供应工业用地86宗、面积4120亩。"
        let parcels = try readFact(text, 86, date: "2025-01-20")
        #expect(parcels.unit == "宗" && parcels.measure?.contains("86") == false)
    }

    @Test func aDistrictWrittenByItsOwnNameStaysAsWritten() throws {
        let text = """
            某江市蓬溪区人民政府网站
            首页 > 政务动态
            蓬溪区2024年工业用地保障取得新成效
            　　2024年，蓬溪区全年盘活低效工业用地1860亩。全区新增标准厂房42万平方米。
            """
        #expect(try readFact(text, 1860, date: "2025-01-20").holder == "蓬溪区")
    }

    @Test func aScoreOnAnAssessmentPublishedOnADayIsOfTheYearAssessed() throws {
        let text = """
            6月10日，省商务厅公布2024年度全省开发区综合发展水平考核评价结果，全省96家省级以上开发区参加考核。
            其中，某某高新技术产业开发区综合得分91.36分，位列全省第3位，较上年前移2位。
            """
        let date = "2025-06-11"
        #expect(try readFact(text, 91.36, date: date).period == .year(2024))
        #expect(try readFact(text, 2, date: date).period == .year(2024))
    }

    @Test func aTablesRowsOfParksHoldTheirFiguresUnderItsCaptionsUnits() throws {
        let text = """
            　　二、各园区主要指标
            　　表1　2025年1-6月各园区主要指标完成情况（单位：亿元，%）
            园区\t规上工业总产值\t同比增长\t工业投资\t同比增长
            智能装备产业园\t98.6\t11.2\t17.4\t-3.6
            """
        let date = "2025-07-20"
        let output = try readFact(text, 98.6e8, date: date)
        #expect(output.holder == "智能装备产业园" && output.measure == "规上工业总产值")
        let investment = try readFact(text, 17.4e8, date: date)
        #expect(investment.holder == "智能装备产业园" && investment.measure == "工业投资")
        let fall = try readFact(text, 3.6, date: date)
        #expect(fall.measure == "工业投资" && fall.kind == .change && fall.direction == "down")
    }

    @Test func whatNamesNoHolderInANoticeAZonesCommitteeIssuesIsTheZones() throws {
        let text = """
            青湾工业园区管委会
            关于2025年1-5月园区经济运行情况的通报
            各部门、各园区企业：
            　　一、主要指标完成情况
            　　（一）规上工业总产值：完成126.8亿元，同比增长7.4%；
            """
        #expect(try readFact(text, 126.8e8, date: "2025-06-12").holder == "青湾工业园区")
        // (A document number between the committee's line and the notice's title, as many notices have.)
        let numbered = "青湾经济开发区管委会\n青开管〔2025〕12号\n关于2025年1-2月经济运行情况的通报\n1-2月，规上工业增加值增长9.2%。"
        #expect(try readFact(numbered, 9.2, date: "2025-03-16").holder == "青湾经济开发区")
        // (Without its committee's line, the figure names no holder.)
        let bare = "关于2025年1-5月园区经济运行情况的通报\n（一）规上工业总产值：完成126.8亿元，同比增长7.4%；"
        #expect(try readFact(bare, 126.8e8, date: "2025-06-12").holder == nil)
    }

    @Test func whatNamesNoHolderInAReportTitledByItsPlaceIsThePlaces() throws {
        let text = """
            某某区人民政府门户网站
            当前位置：首页 > 政务公开
            泾阳县2024年1-9月招商引资工作情况
            发布日期：2024-10-15　　信息来源：县商务局
            　　1-9月，全县共签约项目48个，总投资286.3亿元。实际使用外资1.82亿美元，同比增长6.1%。
            """
        let foreign = try readFact(text, 1.82e8, date: "2024-10-15")
        #expect(foreign.holder == "泾阳县" && foreign.measure == "实际使用外资")
    }

    @Test func aListsOrdinalIsNoPartOfTheHolder() throws {
        let text = "一是个别园区投资增长乏力。二是某某区新开工亿元以上项目偏少，上半年仅新开工7个。"
        #expect(try readFact(text, 7, date: "2025-07-20").holder == "某某区")
    }
}

/// Industrial chains as their maps and reports set them out: links, lists of the chain's firms, the industry named again.
@Suite struct ChainMapsTests {
    @Test func aLinkOfAChainBeforeAColonHoldsItsRow() throws {
        let text = """
            截至2024年底，各主要环节情况如下：
            电机电控环节：链上企业12家，2024年产值76.3亿元；
            """
        let firms = try readFact(text, 12, date: "2025-03-01")
        #expect(firms.holder == "电机电控环节" && firms.measure == "链上企业数")
        #expect(try readFact(text, 76.3e8, date: "2025-03-01").holder == "电机电控环节")
    }

    @Test func theChainAListsFirstItemIsMeasuredInMeasuresTheNext() throws {
        let text = "2024年，经开区智能家电产业链共有核心企业36家、配套企业204家。"
        #expect(try readFact(text, 204, date: "2025-03-01").measure == "智能家电产业链配套企业数")
        // (新引进产业链项目 names no chain: its event and 产业链 carry to nothing.)
        let events = "2024年，全区新引进产业链项目28个、项目总投资186亿元。"
        #expect(try readFact(events, 186e8, date: "2025-03-01").measure?.contains("产业链") == false)
    }

    @Test func aMeasureThatNamesTheIndustryAgainIsThePlaces() throws {
        let text = "2024年，全市商业航天产业实现营业收入96.8亿元，同比增长31.2%；商业航天相关企业达到142家，其中规上企业38家。"
        let date = "2025-03-01"
        #expect(try readFact(text, 96.8e8, date: date).holder == "商业航天产业")
        #expect(try readFact(text, 142, date: date).holder == "全市")
        // (相关企业 alone, after the industry, is still the industry's.)
        let bare = "2024年，全市商业航天产业规模约96.8亿元，拥有相关企业超过142家。"
        #expect(try readFact(bare, 142, date: date).holder == "商业航天产业")
    }

    @Test func aTablesChainRowsAreMeasuredInTheirColumnsWords() throws {
        let text = """
            表1　2024年1—9月某某市重点产业链主要指标
            产业链\t营业收入（亿元）\t同比增长（%）\t规上企业（家）
            智能家电产业链\t862.4\t7.6\t214
            """
        let date = "2024-10-28"
        let revenue = try readFact(text, 862.4e8, date: date)
        #expect(revenue.measure == "智能家电产业链营业收入")
        let firms = try readFact(text, 214, date: date)
        #expect(firms.measure == "智能家电产业链规上企业数" && firms.period == .asOf("2024-09-30"))
    }

    @Test func clustersOfAGradeAreAClassOfThePlaces() throws {
        let text = "经综合评价，全省优秀等次集群6个、良好等次集群21个、合格等次集群9个。"
        let good = try readFact(text, 21, date: "2024-06-16")
        #expect(good.holder == "全省" && good.measure == "良好等次集群数")
    }
}
