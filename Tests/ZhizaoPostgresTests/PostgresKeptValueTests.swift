import Foundation
import PostgresNIO
import Synchronization
import Testing
import ZhizaoDataset
import ZhizaoRegistryTesting
import ZhizaoStorage
@testable import ZhizaoPostgres

/// Values kept until the next write on PostgreSQL (``KeptUntilNextWrite``): computed once, computed again after a
/// write through this server or another one sharing the database.
extension PostgresServerTests {
@Suite struct PostgresKeptValueTests {
    /// How many times a value was computed.
    final class Computations: Sendable {
        private let count = Mutex(0)
        func add() { count.withLock { $0 += 1 } }
        var value: Int { count.withLock { $0 } }
    }

    @Test func aKeptValueIsReusedUntilAWriteThroughAnyServer() async throws {
        try await TestPostgres.withEngine { engine in
            // Given a second server's engine on the same database, and a value that counts its computations
            let other = PostgresEngine(settings: engine.settings)
            defer { Task { await other.shutdown() } }
            let kept = KeptUntilNextWrite<Int>()
            let computations = Computations()
            let read = {
                try await kept.value(engine) { connection in
                    computations.add()
                    return try await PostgresEngine.single(
                        Int.self, try await connection.query("SELECT count(*) FROM enterprise", logger: engine.logger))
                }
            }
            // When it is read twice with no write between
            let first = try await read()
            #expect(try await read() == first)
            #expect(computations.value == 1)
            // Then a write through the other server makes the next read here compute it again, with the new row
            _ = try await other.importEnterprises(csv: Array(RegistryFixtures.fiveFirms.utf8), file: "five.csv", by: .contract)
            #expect(try await read() == first + 5)
            #expect(computations.value == 2)
            #expect(try await read() == first + 5)
            #expect(computations.value == 2)
            // and so does loading a dataset's named firms, which is not audited
            let named = try BuiltInDataset.guangzhou2020().enterprises.filter { $0.uscc == nil }
            try await other.loadNamedEnterprises(named)
            #expect(try await read() == first + 5 + named.count)
            #expect(computations.value == 3)
        }
    }

    @Test func theRegionIndustryTableFollowsAWriteThroughAnotherServer() async throws {
        try await TestPostgres.withEngine { engine in
            // Given five firms and their district × division table read through one server
            _ = try await engine.importEnterprises(csv: Array(RegistryFixtures.fiveFirms.utf8), file: "five.csv", by: .contract)
            let huaduAutos = {
                try await engine.regionIndustryCounts(regions: .district, level: .division, classification: .gbt4754_2017)
                    .cells.first { $0.region == "huadu" && $0.industry == "36" }?.firms
            }
            #expect(try await huaduAutos() == 3)
            // When a sixth car maker is imported into Huadu through another server
            let other = PostgresEngine(settings: engine.settings)
            _ = try await other.importEnterprises(csv: Array(RegistryFixtures.sixthFirm.utf8), file: "one.csv", by: .contract)
            await other.shutdown()
            // Then the first server counts it at once
            #expect(try await huaduAutos() == 4)
        }
    }
}
}
