import Foundation
import Testing
import ZhizaoCore
import ZhizaoInterchange
@testable import ZhizaoStore
import ZhizaoStorage

/// Observations are actuals or forecasts, through import, storage and export.
@Suite struct ObservationKindTests {
    static let header = "id,subject,metric,value,qualifier,period_start,period_end,as_of,source"

    @Test func importsTheKindColumnAndExportsIt() throws {
        // Given a forecast row and a row without the optional column's value,
        let database = try AppDatabase.builtIn()
        let csv = """
            \(Self.header),kind
            f1,cluster:auto,output,2e12,exact,2025-01-01,2025-12-31,,ycwb-2021-gz-manufacturing,forecast
            a1,cluster:auto,output,4.8e11,exact,2019-01-01,2019-12-31,,ycwb-2021-gz-manufacturing,

            """
        _ = try database.importObservations(csv: Array(csv.utf8), file: "o.csv", by: .test)
        // Then the forecast is stored as one, the other as an actual, and export writes both kinds.
        let stored = try database.observations(subject: .cluster("auto"), metricId: "output")
        #expect(stored.first { $0.id == "f1" }?.kind == .forecast)
        #expect(stored.first { $0.id == "a1" }?.kind == .actual)
        var exported = ""
        try database.exportObservations(.csv) { exported += $0 }
        #expect(exported.hasPrefix("id,subject,metric,value,qualifier,stated,period_start,period_end,as_of,kind,"))
        #expect(exported.contains("f1,cluster:auto,output,2000000000000,exact,,2025-01-01,2025-12-31,,forecast,"))
        var json = ""
        try database.exportObservations(.json) { json += $0 }
        let objects = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])
        #expect(objects.first { $0["id"] as? String == "f1" }?["kind"] as? String == "forecast")
    }

    @Test func aFileWithoutTheColumnImportsActuals() throws {
        let database = try AppDatabase.builtIn()
        let csv = "\(Self.header)\na2,cluster:auto,output,4.8e11,exact,2019-01-01,2019-12-31,,ycwb-2021-gz-manufacturing\n"
        _ = try database.importObservations(csv: Array(csv.utf8), file: "o.csv", by: .test)
        #expect(try database.observations(subject: .cluster("auto")).first { $0.id == "a2" }?.kind == .actual)
    }

    @Test func anUnknownKindIsALocatedProblem() throws {
        let database = try AppDatabase.builtIn()
        let csv = "\(Self.header),kind\nf2,cluster:auto,output,1,exact,2025-01-01,2025-12-31,,ycwb-2021-gz-manufacturing,target\n"
        #expect {
            try database.importObservations(csv: Array(csv.utf8), file: "o.csv", by: .test)
        } throws: { error in
            (error as? ImportError)?.problems.first?.description == "o.csv:2:82: kind \"target\": must be one of actual, forecast"
        }
    }
}
