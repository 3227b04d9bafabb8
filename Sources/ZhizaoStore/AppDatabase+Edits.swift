import GRDB
import ZhizaoCore
import ZhizaoStorage

/// Edits the bureau makes by hand: a project's status and phase dates, an enterprise's district, park and
/// designations, merging two records of one firm, deleting a record with a reason. Each takes the version the
/// editor saw, is refused with ``StaleEditError`` when the record moved on, bumps the version and is logged
/// with the record before and after.
extension AppDatabase {
    public func enterpriseVersion(ref: String) throws -> Int? {
        try writer.read { db in try Int.fetchOne(db, sql: "SELECT version FROM enterprise WHERE id = ?", arguments: [try Self.enterpriseId(ref: ref, db)]) }
    }

    public func projectVersion(id: String) throws -> Int? {
        try writer.read { db in try Int.fetchOne(db, sql: "SELECT version FROM project WHERE id = ?", arguments: [id]) }
    }

    /// Sets an enterprise's district, park and designations, and its business scope when `businessScope` is given
    /// (an empty one clears it).
    @discardableResult
    public func editEnterprise(
        ref: String, version: Int, districtId: String?, parkId: String?, designations: [Designation], businessScope: String? = nil,
        by actor: Actor
    ) throws -> Enterprise {
        try writer.write { db in
            let id = try Self.existingEnterprise(ref, db)
            try Self.checkVersion("enterprise", id: id, recordId: ref, expected: version, db)
            try RegistryEdits.checkPlaces(districtId: districtId, parkId: parkId, places: PlaceDirectory(places: try Self.places(db)))
            let before = try Self.rowJSON("enterprise", id: id, db)
            try db.execute(
                sql: """
                    UPDATE enterprise SET districtId = ?, parkId = ?, version = version + 1,
                        businessScope = CASE WHEN ?3 IS NULL THEN businessScope ELSE nullif(?3, '') END
                    WHERE id = ?4
                    """,
                arguments: [districtId, parkId, RegistryEdits.businessScope(businessScope), id])
            try db.execute(sql: "DELETE FROM designation WHERE enterpriseId = ?", arguments: [id])
            for d in designations {
                try db.execute(
                    sql: "INSERT OR REPLACE INTO designation (enterpriseId, kind, year, level) VALUES (?, ?, ?, ?)",
                    arguments: [id, d.kind.rawValue, d.year, d.level?.rawValue])
            }
            try Self.audit(
                actor, "edit", record: ("enterprise", ref), before: before, after: try Self.rowJSON("enterprise", id: id, db),
                note: Self.note(RegistryEdits.editNote(version: version, designations: designations)), db)
            return try EnterpriseReader(db).complete(Rows.enterprise(try Row.fetchOne(db, sql: "SELECT * FROM enterprise WHERE id = ?", arguments: [id])!), id: id)
        }
    }

    /// Sets a project's phases (status, since, planned end).
    @discardableResult
    public func editProject(id: String, version: Int, phases: [ProjectPhase], by actor: Actor) throws -> Project {
        try writer.write { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT * FROM project WHERE id = ?", arguments: [id]) else {
                throw RegistryEdits.noProject(id)
            }
            try Self.checkVersion("project", id: id, recordId: id, expected: version, db)
            var project = try Self.project(row, db)
            let before = Self.json(project)
            project.phases = phases
            try Self.save(project, db)
            try db.execute(sql: "UPDATE project SET version = version + 1 WHERE id = ?", arguments: [id])
            try Self.audit(actor, "edit", record: ("project", id), before: before, after: Self.json(project), note: Self.note(["version": "\(version + 1)"]), db)
            return project
        }
    }

    /// Deletes an enterprise, with its observations and designations; one that invests in a project is kept
    /// (merge it instead, or take it off the project).
    public func deleteEnterprise(ref: String, version: Int, reason: String, by actor: Actor) throws {
        try writer.write { db in
            let id = try Self.existingEnterprise(ref, db)
            try Self.checkVersion("enterprise", id: id, recordId: ref, expected: version, db)
            try RegistryEdits.requireReason(reason)
            let projects = try String.fetchAll(db, sql: "SELECT DISTINCT projectId FROM projectInvestor WHERE enterpriseId = ?", arguments: [id])
            if !projects.isEmpty {
                throw RegistryEdits.investor(ref, projects: projects)
            }
            let before = try Self.rowJSON("enterprise", id: id, db)
            try db.execute(sql: "DELETE FROM enterprise WHERE id = ?", arguments: [id])
            try Self.audit(actor, "delete", record: ("enterprise", ref), before: before, note: Self.note(["reason": reason]), db)
        }
    }

    /// Deletes a project with its phases, investors and observations.
    public func deleteProject(id: String, version: Int, reason: String, by actor: Actor) throws {
        try writer.write { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT * FROM project WHERE id = ?", arguments: [id]) else {
                throw RegistryEdits.noProject(id)
            }
            try Self.checkVersion("project", id: id, recordId: id, expected: version, db)
            try RegistryEdits.requireReason(reason)
            let before = Self.json(try Self.project(row, db))
            try db.execute(sql: "DELETE FROM project WHERE id = ?", arguments: [id])
            try Self.audit(actor, "delete", record: ("project", id), before: before, note: Self.note(["reason": reason]), db)
        }
    }

    /// Merges the enterprise `from` into `into` (two records of one firm, e.g. the built-in 鸿利光电 and an
    /// imported 广州鸿利光电股份有限公司): `into` keeps its fields and takes what it lacks from `from` (USCC,
    /// revenue years, designations, founding year, size), `from`'s observations and project stakes move to
    /// it, and `from` is deleted.
    @discardableResult
    public func mergeEnterprise(_ from: String, into: String, versions: (from: Int, into: Int), by actor: Actor) throws -> Enterprise {
        try writer.write { db in
            let source = try Self.existingEnterprise(from, db), target = try Self.existingEnterprise(into, db)
            guard source != target else { throw RegistryEdits.sameRecord(from, into) }
            try Self.checkVersion("enterprise", id: source, recordId: from, expected: versions.from, db)
            try Self.checkVersion("enterprise", id: target, recordId: into, expected: versions.into, db)
            let before = "[\(try Self.rowJSON("enterprise", id: source, db) ?? "null"),\(try Self.rowJSON("enterprise", id: target, db) ?? "null")]"
            let reader = try EnterpriseReader(db)
            let a = try reader.complete(Rows.enterprise(try Row.fetchOne(db, sql: "SELECT * FROM enterprise WHERE id = ?", arguments: [source])!), id: source)
            let b = RegistryEdits.merged(
                a, into: try reader.complete(Rows.enterprise(try Row.fetchOne(db, sql: "SELECT * FROM enterprise WHERE id = ?", arguments: [target])!), id: target))
            // Stakes and observations move before the source goes; a project both invest in keeps one stake.
            try db.execute(
                sql: """
                    DELETE FROM projectInvestor WHERE enterpriseId = ?1
                        AND projectId IN (SELECT projectId FROM projectInvestor WHERE enterpriseId = ?2)
                    """, arguments: [source, target])
            try db.execute(sql: "UPDATE projectInvestor SET enterpriseId = ? WHERE enterpriseId = ?", arguments: [target, source])
            try db.execute(sql: "UPDATE observation SET enterpriseId = ? WHERE enterpriseId = ?", arguments: [target, source])
            try db.execute(sql: "DELETE FROM enterprise WHERE id = ?", arguments: [source])
            // The writer finds a record by its USCC: give the target the one it takes over first.
            try db.execute(sql: "UPDATE enterprise SET uscc = ?, slug = ? WHERE id = ?", arguments: [b.uscc, b.slug, target])
            let writer = try EnterpriseWriter(db)
            try writer.write(b)
            try writer.finish()
            try db.execute(sql: "UPDATE enterprise SET version = ? WHERE id = ?", arguments: [versions.into + 1, target])
            try Self.audit(
                actor, "merge", record: ("enterprise", into), before: before, after: try Self.rowJSON("enterprise", id: target, db),
                note: Self.note(["merged": from, "version": "\(versions.into + 1)"]), db)
            return b
        }
    }

    // MARK: - Steps

    static func existingEnterprise(_ ref: String, _ db: Database) throws -> Int64 {
        guard let id = try enterpriseId(ref: ref, db) else { throw RegistryEdits.noEnterprise(ref) }
        return id
    }

    /// Throws ``StaleEditError`` when the record's version is not `expected`.
    static func checkVersion(_ table: String, id: some DatabaseValueConvertible, recordId: String, expected: Int, _ db: Database) throws {
        let current = try Int.fetchOne(db, sql: "SELECT version FROM \(table) WHERE id = ?", arguments: [id]) ?? 0
        guard current != expected else { return }
        let changes = try Row.fetchAll(
            db, sql: "SELECT * FROM audit WHERE recordType = ? AND recordId = ? ORDER BY id DESC LIMIT ?",
            arguments: [table, recordId, max(1, current - expected)]
        ).map(Self.auditEntry)
        throw StaleEditError(recordType: table, recordId: recordId, expected: expected, current: current, changes: changes)
    }
}

/// Where records are: the district an edit touches, for editors' rights.
extension AppDatabase {
    /// The district of what `subject` names: a place's own district, a cluster's or project's place's, an
    /// enterprise's; nil for the city and for what has no place.
    public func district(of subject: Subject) throws -> String? {
        try writer.read { db in
            let placeId: String?
            switch subject {
            case .place(let id): placeId = id
            case .cluster(let id): placeId = try String.fetchOne(db, sql: "SELECT placeId FROM cluster WHERE id = ?", arguments: [id])
            case .project(let id): placeId = try String.fetchOne(db, sql: "SELECT placeId FROM project WHERE id = ?", arguments: [id])
            case .enterprise(let ref):
                placeId = try String.fetchOne(db, sql: "SELECT districtId FROM enterprise WHERE id = ?", arguments: [try Self.enterpriseId(ref: ref, db)])
            }
            return try placeId.flatMap { PlaceDirectory(places: try Self.places(db)).district(of: $0)?.id }
        }
    }
}
