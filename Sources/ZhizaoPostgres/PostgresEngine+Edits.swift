import PostgresNIO
import ZhizaoCore
import ZhizaoStorage

/// Edits by hand with the SQLite engine's behaviour (AppDatabase+Edits): each takes the version the editor saw, is
/// refused with ``StaleEditError`` when the record moved on (its row locked meanwhile), checks through
/// ``RegistryEdits``, bumps the version and is logged with the record before and after, in one transaction.
extension PostgresEngine {
    /// The enterprise table's columns in the SQLite engine's order, for its rows in the audit log.
    static let enterpriseRowColumns = [
        "id", "uscc", "slug", "nameZh", "nameEn", "districtId", "parkId", "industryCode", "founded", "employees", "revenueCNY",
        "revenueYear", "revenueHistory", "revenueProjectedCNY", "synthetic", "sourceId", "version", "businessScope",
    ]

    public func enterpriseVersion(ref: String) async throws -> Int? {
        try await withConnection { connection in
            guard let id = try await self.enterpriseId(ref: ref, connection) else { return nil }
            return try await self.version("enterprise", id: id, connection)
        }
    }

    public func projectVersion(id: String) async throws -> Int? {
        try await withConnection { connection in try await self.version("project", id: id, connection) }
    }

    public func editEnterprise(
        ref: String, version: Int, districtId: String?, parkId: String?, designations: [Designation], businessScope: String?,
        by actor: Actor
    ) async throws -> Enterprise {
        try await transaction { connection in
            let id = try await self.existingEnterprise(ref, connection)
            try await self.checkVersion("enterprise", id: id, recordId: ref, expected: version, connection)
            let places = PlaceDirectory(places: try await self.places(on: connection))
            try RegistryEdits.checkPlaces(districtId: districtId, parkId: parkId, places: places)
            let before = try await self.enterpriseRow(id, connection)
            let scope = RegistryEdits.businessScope(businessScope)
            try await connection.query(
                """
                UPDATE enterprise SET districtId = \(districtId), parkId = \(parkId), version = version + 1,
                    businessScope = CASE WHEN \(scope)::text IS NULL THEN businessScope ELSE nullif(\(scope), '') END
                WHERE id = \(id)
                """, logger: self.logger)
            try await connection.query("DELETE FROM designation WHERE enterpriseId = \(id)", logger: self.logger)
            try await self.addDesignations(designations, to: id, connection)
            try await self.appendAudit(
                actor, "edit", record: ("enterprise", ref), before: before, after: try await self.enterpriseRow(id, connection),
                note: RegistryEdits.editNote(version: version, designations: designations), connection)
            guard let edited = try await self.enterprise(id: id, on: connection) else { throw RegistryEdits.noEnterprise(ref) }
            return edited
        }
    }

    public func editProject(id: String, version: Int, phases: [ProjectPhase], by actor: Actor) async throws -> Project {
        try await transaction { connection in
            var project = try await self.existingProject(id, connection)
            try await self.checkVersion("project", id: id, recordId: id, expected: version, connection)
            let before = AuditText.json(project)
            project.phases = phases
            try await self.save(project, connection)
            try await connection.query("UPDATE project SET version = version + 1 WHERE id = \(id)", logger: self.logger)
            try await self.appendAudit(
                actor, "edit", record: ("project", id), before: before, after: AuditText.json(project),
                note: ["version": "\(version + 1)"], connection)
            return project
        }
    }

    public func deleteEnterprise(ref: String, version: Int, reason: String, by actor: Actor) async throws {
        try await transaction { connection in
            let id = try await self.existingEnterprise(ref, connection)
            try await self.checkVersion("enterprise", id: id, recordId: ref, expected: version, connection)
            try RegistryEdits.requireReason(reason)
            let rows = try await connection.query(
                "SELECT DISTINCT projectId FROM projectInvestor WHERE enterpriseId = \(id) ORDER BY projectId", logger: self.logger)
            var projects: [String] = []
            for try await project in rows.decode(String.self) { projects.append(project) }
            if !projects.isEmpty { throw RegistryEdits.investor(ref, projects: projects) }
            let before = try await self.enterpriseRow(id, connection)
            try await connection.query("DELETE FROM enterprise WHERE id = \(id)", logger: self.logger)
            try await self.appendAudit(actor, "delete", record: ("enterprise", ref), before: before, note: ["reason": reason], connection)
        }
    }

    public func deleteProject(id: String, version: Int, reason: String, by actor: Actor) async throws {
        try await transaction { connection in
            let project = try await self.existingProject(id, connection)
            try await self.checkVersion("project", id: id, recordId: id, expected: version, connection)
            try RegistryEdits.requireReason(reason)
            try await connection.query("DELETE FROM project WHERE id = \(id)", logger: self.logger)
            try await self.appendAudit(
                actor, "delete", record: ("project", id), before: AuditText.json(project), note: ["reason": reason], connection)
        }
    }

    /// Merges the enterprise `from` into `into` as ``RegistryEdits/merged(_:into:)`` says; `from`'s observations and
    /// project stakes move to `into` (a project both invest in keeps one stake), and `from` is deleted.
    public func mergeEnterprise(_ from: String, into: String, versions: (from: Int, into: Int), by actor: Actor) async throws -> Enterprise {
        try await transaction { connection in
            let source = try await self.existingEnterprise(from, connection), target = try await self.existingEnterprise(into, connection)
            guard source != target else { throw RegistryEdits.sameRecord(from, into) }
            try await self.checkVersion("enterprise", id: source, recordId: from, expected: versions.from, connection)
            try await self.checkVersion("enterprise", id: target, recordId: into, expected: versions.into, connection)
            let before = "[\(try await self.enterpriseRow(source, connection) ?? "null"),\(try await self.enterpriseRow(target, connection) ?? "null")]"
            guard let a = try await self.enterprise(id: source, on: connection), let b = try await self.enterprise(id: target, on: connection)
            else { throw RegistryEdits.noEnterprise(from) }
            let merged = RegistryEdits.merged(a, into: b)
            try await connection.query(
                """
                DELETE FROM projectInvestor WHERE enterpriseId = \(source)
                    AND projectId IN (SELECT projectId FROM projectInvestor WHERE enterpriseId = \(target))
                """, logger: self.logger)
            try await connection.query("UPDATE projectInvestor SET enterpriseId = \(target) WHERE enterpriseId = \(source)", logger: self.logger)
            try await connection.query("UPDATE observation SET enterpriseId = \(target) WHERE enterpriseId = \(source)", logger: self.logger)
            try await connection.query("DELETE FROM enterprise WHERE id = \(source)", logger: self.logger)
            let revenue = RevenueColumns(merged.revenue)
            try await connection.query(
                """
                UPDATE enterprise SET uscc = \(merged.uscc), slug = \(merged.slug), nameZh = \(merged.name.zh),
                    nameEn = \(merged.name.en), districtId = \(merged.districtId), parkId = \(merged.parkId),
                    industryCode = \(merged.industryCode), founded = \(merged.founded), employees = \(merged.employees),
                    synthetic = \(merged.synthetic), sourceId = coalesce(\(merged.sourceId), sourceId),
                    revenueCNY = \(revenue.latestCNY), revenueYear = \(revenue.latestYear), revenueHistory = \(revenue.history),
                    revenueProjectedCNY = \(revenue.projectedCNY), businessScope = coalesce(\(merged.businessScope), businessScope),
                    version = \(versions.into + 1)
                WHERE id = \(target)
                """, logger: self.logger)
            try await self.addDesignations(merged.designations, to: target, connection)
            try await self.appendAudit(
                actor, "merge", record: ("enterprise", into), before: before, after: try await self.enterpriseRow(target, connection),
                note: ["merged": from, "version": "\(versions.into + 1)"], connection)
            return merged
        }
    }

    /// The district of what `subject` names: a place's own district, a cluster's or project's place's, an
    /// enterprise's; nil for the city and for what has no place.
    public func district(of subject: Subject) async throws -> String? {
        try await snapshot { connection in
            let query: PostgresQuery
            switch subject {
            case .place(let id): query = "SELECT \(id)::text"
            case .cluster(let id): query = "SELECT placeId FROM cluster WHERE id = \(id)"
            case .project(let id): query = "SELECT placeId FROM project WHERE id = \(id)"
            case .enterprise(let ref):
                guard let id = try await self.enterpriseId(ref: ref, connection) else { return nil }
                query = "SELECT districtId FROM enterprise WHERE id = \(id)"
            }
            var placeId: String?
            for try await value in try await connection.query(query, logger: self.logger).decode(String?.self) { placeId = value }
            guard let placeId else { return nil }
            return PlaceDirectory(places: try await self.places(on: connection)).district(of: placeId)?.id
        }
    }

    // MARK: - Steps

    func existingEnterprise(_ ref: String, _ connection: PostgresConnection) async throws -> Int64 {
        guard let id = try await enterpriseId(ref: ref, connection) else { throw RegistryEdits.noEnterprise(ref) }
        return id
    }

    func existingProject(_ id: String, _ connection: PostgresConnection) async throws -> Project {
        guard let project = try await projects(on: connection).first(where: { $0.id == id }) else { throw RegistryEdits.noProject(id) }
        return project
    }

    /// The enterprise row `id` as the audit log keeps it.
    func enterpriseRow(_ id: Int64, _ connection: PostgresConnection) async throws -> String? {
        try await rowJSON("enterprise", id: id, columns: Self.enterpriseRowColumns, connection)
    }

    /// Adds `designations` to enterprise `id`, replacing a stored one of the same kind.
    func addDesignations(_ designations: [Designation], to id: Int64, _ connection: PostgresConnection) async throws {
        for d in designations {
            try await connection.query(
                """
                INSERT INTO designation (enterpriseId, kind, year, level) VALUES (\(id), \(d.kind.rawValue), \(d.year), \(d.level?.rawValue))
                ON CONFLICT (enterpriseId, kind) DO UPDATE SET year = excluded.year, level = excluded.level
                """, logger: logger)
        }
    }

    /// The version of row `id` of `table` (`enterprise` or `project`), locked until the transaction ends.
    func version(_ table: String, id: some PostgresDynamicTypeEncodable, _ connection: PostgresConnection) async throws -> Int? {
        let rows = try await connection.query("SELECT version FROM \(unescaped: table) WHERE id = \(id) FOR UPDATE", logger: logger)
        for try await version in rows.decode(Int.self) { return version }
        return nil
    }

    /// Throws ``StaleEditError`` with the changes logged since when the record's version is not `expected`.
    func checkVersion(
        _ table: String, id: some PostgresDynamicTypeEncodable, recordId: String, expected: Int, _ connection: PostgresConnection
    ) async throws {
        let current = try await version(table, id: id, connection) ?? 0
        guard current != expected else { return }
        let changes = try await auditEntries(
            AuditQuery(recordType: table, recordId: recordId, limit: max(1, current - expected)), on: connection)
        throw StaleEditError(recordType: table, recordId: recordId, expected: expected, current: current, changes: changes)
    }
}
