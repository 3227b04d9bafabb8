import Testing
import ZhizaoCore
import ZhizaoStore
import ZhizaoStorage
@testable import ZhizaoCLI

/// The terminal says how completeness is counted and what a year-to-date figure or a forecast is.
@Suite struct HonestFiguresTextTests {
    @Test func chainStatesItsCompletenessRule() throws {
        let database = try AppDatabase.builtIn()
        let analysis = try #require(try database.chainAnalysis(clusterId: "huadu-auto"))
        let places = PlaceDirectory(places: try database.places())
        #expect(ChainText(analysis: analysis, places: places, language: .zh).text.contains("强环节得1分，弱环节得0.5分，缺失环节得0分"))
        #expect(ChainText(analysis: analysis, places: places, language: .en).text.contains("a strong link counts 1, a weak link 0.5"))
    }

    @Test func theBriefingShowsAYearToDateOutputWithoutATier() async throws {
        let database = try AppDatabase.builtIn()
        let csv = """
            id,subject,metric,value,qualifier,period_start,period_end,as_of,source,kind
            ytd,cluster:huadu-auto,output,1.32e11,exact,2023-01-01,2023-09-30,,ycwb-2021-gz-manufacturing,actual
            f,cluster:auto,output,1.2e12,exact,2025-01-01,2025-12-31,,ycwb-2021-gz-manufacturing,forecast

            """
        _ = try database.importObservations(csv: Array(csv.utf8), file: "o.csv", by: .test)
        let text = try await Briefing(SQLiteStorage(database)).text(.zh)
        #expect(text.contains("1320亿元 · 2023年前三季度 · 年初至今"))
        #expect(text.contains("非全年产值，不计能级"))
        #expect(text.contains("约5000亿元 · 2020年 [1]"))  // the forecast is not the city cluster's figure
        #expect(!text.contains("1.2万亿元"))
    }
}
