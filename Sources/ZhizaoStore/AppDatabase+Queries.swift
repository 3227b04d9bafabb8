import GRDB
import ZhizaoCore
import ZhizaoStorage

/// Reads of the programme's records as domain values.
extension AppDatabase {
    public func sources() throws -> [Source] {
        try read { db in try Row.fetchAll(db, sql: "SELECT * FROM source ORDER BY id").map(Rows.source) }
    }

    public func places() throws -> [Place] {
        try read { db in try Row.fetchAll(db, sql: "SELECT * FROM place ORDER BY rowid").map(Rows.place) }
    }

    public func clusters() throws -> [Cluster] {
        try read { db in try Row.fetchAll(db, sql: "SELECT * FROM cluster ORDER BY rowid").map(Rows.cluster) }
    }

    public func metrics() throws -> [Metric] {
        try read { db in try Row.fetchAll(db, sql: "SELECT * FROM metric ORDER BY rowid").map(Rows.metric) }
    }

    /// Observations, optionally only of one subject and/or metric, in the order they were recorded.
    public func observations(subject: Subject? = nil, metricId: String? = nil) throws -> [Observation] {
        try read { db in
            var conditions: [String] = []
            var arguments = StatementArguments()
            if let subject {
                let condition = SubjectColumns.condition(subject, "o")
                conditions.append(condition.sql)
                arguments += condition.arguments
            }
            if let metricId {
                conditions.append("o.metricId = ?")
                arguments += [metricId]
            }
            let filter = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
            return try Row.fetchAll(
                db, sql: "SELECT o.*, \(SubjectColumns.select("o")) FROM observation o \(filter) ORDER BY o.rowid",
                arguments: arguments
            ).map(Rows.observation)
        }
    }

    public func targets() throws -> [Target] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT t.*, \(SubjectColumns.select("t")) FROM target t ORDER BY t.rowid")
                .map(Rows.target)
        }
    }

    public func statements() throws -> [ZhizaoCore.Statement] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT s.*, \(SubjectColumns.select("s")) FROM statement s ORDER BY s.rowid")
                .map(Rows.statement)
        }
    }

    public func programmes() throws -> [Programme] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM programme ORDER BY rowid").map { row in
                let strands = try Row.fetchAll(
                    db, sql: "SELECT * FROM programmeStrand WHERE programmeId = ? ORDER BY position",
                    arguments: [row["id"] as String]
                ).map { Rows.text($0, "textZh", "textEn") }
                return Programme(
                    id: row["id"], name: Rows.text(row, "nameZh", "nameEn"), placeId: row["placeId"],
                    period: Period(start: row["periodStart"], end: row["periodEnd"]), strands: strands,
                    sourceId: row["sourceId"])
            }
        }
    }

    public func futureIndustries() throws -> [FutureIndustry] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM futureIndustry ORDER BY rowid").map { row in
                FutureIndustry(
                    id: row["id"], name: Rows.text(row, "nameZh", "nameEn"), placeId: row["placeId"],
                    sourceId: row["sourceId"])
            }
        }
    }

    public func innovationCentres() throws -> [InnovationCentre] {
        try read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT c.*, (SELECT coalesce(slug, uscc) FROM enterprise WHERE id = c.hostEnterpriseId) AS hostRef
                    FROM innovationCentre c ORDER BY c.rowid
                    """
            ).map { row in
                InnovationCentre(
                    id: row["id"], name: Rows.text(row, "nameZh", "nameEn"),
                    level: DesignationLevel(rawValue: row["level"]) ?? .national, placeId: row["placeId"],
                    hostId: row["hostRef"], sourceId: row["sourceId"])
            }
        }
    }

    /// Projects with their investors (by slug or USCC), phases and listings.
    public func projects() throws -> [Project] {
        try read { db in try Row.fetchAll(db, sql: "SELECT * FROM project ORDER BY rowid").map { try Self.project($0, db) } }
    }

    static func project(_ row: Row, _ db: Database) throws -> Project {
        let id: String = row["id"]
        let investors = try String.fetchAll(
            db,
            sql: """
                SELECT coalesce(e.slug, e.uscc) FROM projectInvestor i JOIN enterprise e ON e.id = i.enterpriseId
                WHERE i.projectId = ? ORDER BY i.position
                """, arguments: [id])
        let phases = try Row.fetchAll(
            db, sql: "SELECT * FROM projectPhase WHERE projectId = ? ORDER BY position", arguments: [id]
        ).map { ProjectPhase(
            number: $0["number"], status: ($0["status"] as String?).flatMap(ProjectStatus.init), since: $0["since"],
            plannedEnd: $0["plannedEnd"]) }
        let listings = try String.fetchAll(
            db, sql: "SELECT plan FROM projectListing WHERE projectId = ? ORDER BY plan", arguments: [id])
        return Project(
            id: id, name: Rows.text(row, "nameZh", "nameEn"), kind: ProjectKind(rawValue: row["kind"]) ?? .construction,
            placeId: row["placeId"], clusterId: row["clusterId"], investorIds: investors, phases: phases,
            investment: Rows.quantity(
                row, value: "investmentCNY", qualifier: "investmentQualifier", stated: "investmentStated"),
            listings: listings, scope: StoredColumns.optionalText(zh: row["scopeZh"], en: row["scopeEn"]),
            sourceId: row["sourceId"])
    }

    /// The enterprise with this slug or USCC, with its revenue history and designations.
    public func enterprise(ref: String) throws -> Enterprise? {
        try read { db in
            guard let id = try Self.enterpriseId(ref: ref, db),
                let row = try Row.fetchOne(db, sql: "SELECT * FROM enterprise WHERE id = ?", arguments: [id])
            else { return nil }
            return try EnterpriseReader(db).complete(Rows.enterprise(row), id: id)
        }
    }

    /// Calls `body` with every enterprise, in id order, with revenue by year and designations; with
    /// `registryOnly`, only those with a USCC.
    public func forEachEnterprise(registryOnly: Bool = false, _ body: (Enterprise) throws -> Void) throws {
        try read { db in
            let reader = try EnterpriseReader(db)
            let filter = registryOnly ? "WHERE uscc IS NOT NULL" : ""
            let rows = try Row.fetchCursor(db, sql: "SELECT * FROM enterprise \(filter) ORDER BY id")
            while let row = try rows.next() { try body(try reader.complete(Rows.enterprise(row), id: row["id"])) }
        }
    }

    public func enterpriseCount() throws -> Int {
        try read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM enterprise") ?? 0 }
    }

    /// The whole database as a dataset (enterprises included): what export and the tests compare.
    public func dataset() throws -> Dataset {
        var dataset = Dataset()
        dataset.sources = try sources()
        dataset.places = try places()
        dataset.clusters = try clusters()
        dataset.metrics = try metrics()
        try forEachEnterprise { dataset.enterprises.append($0) }
        dataset.projects = try projects()
        dataset.observations = try observations()
        dataset.programmes = try programmes()
        dataset.targets = try targets()
        dataset.statements = try statements()
        dataset.futureIndustries = try futureIndustries()
        dataset.innovationCentres = try innovationCentres()
        return dataset
    }
}

/// Completes enterprise rows with their designations.
struct EnterpriseReader {
    private let designations: GRDB.Statement

    init(_ db: Database) throws {
        designations = try db.cachedStatement(
            sql: "SELECT kind, year, level FROM designation WHERE enterpriseId = ? ORDER BY kind")
    }

    func complete(_ enterprise: Enterprise, id: Int64) throws -> Enterprise {
        var e = enterprise
        e.designations = try Row.fetchAll(designations, arguments: [id]).compactMap { row in
            DesignationKind(rawValue: row["kind"]).map {
                Designation($0, year: row["year"], level: (row["level"] as String?).flatMap { DesignationLevel(rawValue: $0) })
            }
        }
        return e
    }
}
