import Synchronization
import Testing
import ZhizaoAnalytics
import ZhizaoCore
import ZhizaoInterchange
@testable import ZhizaoStore
import ZhizaoRegistryTesting
import ZhizaoStorage

/// Values kept until the next write: computed once, computed again after any write.
@Suite struct UntilNextWriteTests {
    @Test func chainClassCountsFromTheKeptCellsAreTheQuerys() throws {
        // Given a seeded synthetic registry of 3,000 firms beside the built-in dataset
        let database = try AppDatabase.builtIn()
        _ = try database.importEnterprises(csv: Array(RegistryFixtures.synthetic(3_000).utf8), file: "synthetic.csv", by: .test)
        let cells = try database.registryCells.value(database.writer, compute: RegistryCells.read)
        let districts = try database.places().filter { $0.kind == .district }.map(\.id)
        var compared = 0, linksWithFirms = 0
        for cluster in try database.clusters() {
            for place in [nil] + districts {
                // When its chain is analysed in each district and the whole city, counted by query and from the cells
                let byQuery = try database.chainAnalysis(clusterId: cluster.id, placeId: place, templates: .shipped, cells: nil)
                let fromCells = try database.chainAnalysis(clusterId: cluster.id, placeId: place, templates: .shipped, cells: cells)
                guard let byQuery, let fromCells else {
                    #expect(byQuery == nil && fromCells == nil)
                    continue
                }
                // Then every link has the same firms, revenue, designated firms and strength, and the gaps are the same
                #expect(fromCells.nodes.map(\.stats) == byQuery.nodes.map(\.stats), "\(cluster.id) in \(place ?? "the city")")
                #expect(fromCells.nodes.map(\.strength) == byQuery.nodes.map(\.strength))
                #expect(fromCells.gaps.map(\.id) == byQuery.gaps.map(\.id))
                #expect(fromCells.completeness == byQuery.completeness)
                compared += 1
                linksWithFirms += byQuery.nodes.filter { $0.stats.firms > 0 }.count
            }
        }
        // And the comparison is not of empty chains
        #expect(compared > 50)
        #expect(linksWithFirms > 100)
    }

    @Test func aKeptValueIsReusedUntilTheNextWrite() throws {
        // Given a database and a value that counts its computations
        let database = try AppDatabase.builtIn()
        _ = try database.importEnterprises(csv: Array(RegistryFixtures.fiveFirms.utf8), file: "five.csv", by: .test)
        let kept = UntilNextWrite<Int>()
        let computations = Mutex(0)
        func read() throws -> Int {
            try kept.value(database.writer) { db in
                computations.withLock { $0 += 1 }
                return try Int.fetchOne(db, sql: "SELECT count(*) FROM enterprise")!
            }
        }
        // When it is read twice with no write between (other tests of the process write beside it: a write of theirs
        // between them may make the second read compute again, as it should)
        let writesBefore = WriteClock.localWrites
        let first = try read()
        #expect(try read() == first)
        let twice = computations.withLock { $0 }
        #expect(WriteClock.localWrites == writesBefore ? twice == 1 : (1...2).contains(twice))
        // Then a write, however small, makes the next read compute it again, with the new row
        let csv = RegistryFixtures.sixthFirm
        _ = try database.importEnterprises(csv: Array(csv.utf8), file: "one.csv", by: .test)
        let computed = computations.withLock { $0 }
        #expect(try read() == first + 1)
        #expect(computations.withLock { $0 } == computed + 1)
    }
}
