import Synchronization
import Testing
import ZhizaoAnalytics
import ZhizaoCore
import ZhizaoInterchange
@testable import ZhizaoStore
import ZhizaoStorage

/// The registry's region × industry tables: grouped by district or park, at class, group or division level.
@Suite struct RegionIndustryTests {
    /// A valid USCC of a Guangzhou district with `serial` in its body.
    static func uscc(_ division: String, _ serial: Int) -> String {
        var bytes = Array("91\(division)".utf8) + Array(String(format: "MA%07d", serial).utf8)
        bytes.append(USCC.checkCharacter(forFirst17: bytes)!)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Five firms: three in Huadu (two cars, one parts maker with no revenue for 2020), two in Panyu.
    static func database() throws -> AppDatabase {
        let database = try AppDatabase.builtIn()
        let csv = """
            uscc,name,district,park,industry_code,founded,employees,revenue_cny,revenue_year,designations
            \(uscc("440114", 1)),甲汽车有限公司,花都区,广州花都高新区,3611,2010,100,50000000,2020,
            \(uscc("440114", 2)),乙汽车有限公司,花都区,,3612,2011,300,70000000,2020,
            \(uscc("440114", 3)),丙零部件有限公司,花都区,,3670,2012,40,9000000,2019,
            \(uscc("440113", 4)),丁电子有限公司,番禺区,,3971,2013,60,20000000,2020,
            \(uscc("440113", 5)),戊汽车有限公司,番禺区,,3611,2014,10,1000000,2020,

            """
        _ = try database.importEnterprises(csv: Array(csv.utf8), file: "five.csv", by: .test)
        return database
    }

    /// A sixth firm, a car maker in Huadu.
    static let sixthFirm = """
        uscc,name,district,park,industry_code,founded,employees,revenue_cny,revenue_year,designations
        \(uscc("440114", 6)),己汽车有限公司,花都区,,3611,2015,20,3000000,2020,

        """

    @Test func districtsByClassCountFirmsRevenueOfTheLatestYearAndEmployees() throws {
        // Given five firms
        let database = try Self.database()
        // When the district × class table is read
        let counts = try database.regionIndustryCounts(regions: .district, level: .class)
        // Then each district and class has its firms, the 2020 revenue only and its employees
        #expect(counts.year == 2020)
        let huadu = counts.cells.filter { $0.region == "huadu" }
        #expect(huadu.map(\.industry) == ["3611", "3612", "3670"])
        #expect(huadu[2] == .init(region: "huadu", industry: "3670", firms: 1, revenueCNY: 0, employees: 40))
        #expect(counts.cells.first { $0.region == "panyu" && $0.industry == "3611" }?.revenueCNY == 1_000_000)
        // And the long table of a measure leaves out zero values
        #expect(counts.entries(.revenue).contains { $0.industry == "3670" } == false)
        #expect(counts.entries(.firms).count == counts.cells.count)
    }

    @Test(arguments: [
        (IndustryClassification.Level.group, "361", 2, 120_000_000.0, 400),
        (.division, "36", 3, 120_000_000, 440),
    ])
    func higherLevelsSumTheirClasses(level: IndustryClassification.Level, code: String, firms: Int, revenue: Double, employees: Int)
        throws
    {
        // Given five firms; When Huadu's cells are read at a higher level
        let counts = try Self.database().regionIndustryCounts(regions: .district, level: level)
        let cell = try #require(counts.cells.first { $0.region == "huadu" && $0.industry == code })
        // Then its classes are summed under their group or division
        #expect(cell.firms == firms)
        #expect(cell.revenueCNY == revenue)
        #expect(cell.employees == employees)
        #expect(counts.cells.allSatisfy { $0.industry.count == (level == .group ? 3 : 2) })
    }

    @Test func parksHoldOnlyTheFirmsRegisteredInOne() throws {
        let counts = try Self.database().regionIndustryCounts(regions: .park, level: .division)
        #expect(counts.cells == [.init(region: "huadu-high-tech-zone", industry: "36", firms: 1, revenueCNY: 50_000_000, employees: 100)])
    }
}

/// Values kept until the next write: computed once, computed again after any write.
@Suite struct UntilNextWriteTests {
    @Test func chainClassCountsFromTheKeptCellsAreTheQuerys() throws {
        // Given a seeded synthetic registry of 3,000 firms beside the built-in dataset
        let database = try AppDatabase.builtIn()
        var registry = SyntheticRegistry(seed: 5)
        let csv = SyntheticRegistry.headerLine + (0..<3_000).map { _ in registry.nextLine() }.joined()
        _ = try database.importEnterprises(csv: Array(csv.utf8), file: "synthetic.csv", by: .test)
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
        let database = try RegionIndustryTests.database()
        let kept = UntilNextWrite<Int>()
        let computations = Mutex(0)
        func read() throws -> Int {
            try kept.value(database.writer) { db in
                computations.withLock { $0 += 1 }
                return try Int.fetchOne(db, sql: "SELECT count(*) FROM enterprise")!
            }
        }
        // When it is read twice with no write between
        let first = try read()
        #expect(try read() == first)
        #expect(computations.withLock { $0 } == 1)
        // Then a write, however small, makes the next read compute it again, with the new row
        let csv = RegionIndustryTests.sixthFirm
        _ = try database.importEnterprises(csv: Array(csv.utf8), file: "one.csv", by: .test)
        #expect(try read() == first + 1)
        #expect(computations.withLock { $0 } == 2)
    }

    @Test func theRegionIndustryTableFollowsWrites() throws {
        // Given the five firms' district × division table, read once
        let database = try RegionIndustryTests.database()
        let before = try database.regionIndustryCounts(regions: .district, level: .division)
        #expect(before.cells.first { $0.region == "huadu" && $0.industry == "36" }?.firms == 3)
        // When a sixth car maker is imported into Huadu
        let csv = RegionIndustryTests.sixthFirm
        _ = try database.importEnterprises(csv: Array(csv.utf8), file: "one.csv", by: .test)
        // Then every level and region kind counts it at once
        let after = try database.regionIndustryCounts(regions: .district, level: .division)
        #expect(after.cells.first { $0.region == "huadu" && $0.industry == "36" }?.firms == 4)
        let classes = try database.regionIndustryCounts(regions: .district, level: .class)
        #expect(classes.cells.first { $0.region == "huadu" && $0.industry == "3611" }?.firms == 2)
    }
}
