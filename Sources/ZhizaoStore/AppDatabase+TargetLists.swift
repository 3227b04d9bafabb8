import GRDB
import ZhizaoAnalytics
import ZhizaoCore
import ZhizaoInterchange
import ZhizaoStorage

/// Outside lists of firms to court (v11-target-lists): imported whole and audited, kept apart from the registry so
/// that no figure of the bureau counts them, read back as investment targets' candidates.
extension AppDatabase {
    /// Imports a list of firms (the enterprise format with province and city, ``TargetListTable``) under `name`, all
    /// rows or none, in one transaction with its audit entry. A list of that name is replaced only with `replace`;
    /// otherwise a `StoreError(.exists)` says so. Problems in the file throw an ``ImportError``.
    @discardableResult
    public func importTargetList(
        _ bytes: [UInt8], file: String, sheet: String? = nil, name: String, source: String? = nil, replace: Bool = false,
        by actor: Actor
    ) throws -> TargetListInfo {
        let name = try NamedImport.targetList.name(name, by: actor)
        let (firms, reading) = try TargetListTable.read(bytes, file: file, sheet: sheet, list: name)
        let info = TargetListInfo(importing: name, source: source, file: file, bytes: bytes, rows: reading.rows)
        try writer.write { db in
            let existed = try NamedImport.targetList.clear(name, replace: replace, db)
            try db.execute(
                sql: "INSERT INTO targetList (name, source, file, sha256, importedAt, rowCount) VALUES (?, ?, ?, ?, ?, ?)",
                arguments: [name, source, file, info.sha256, info.importedAt, info.rows])
            let insert = try db.makeStatement(
                sql: """
                    INSERT INTO outsideFirm (listName, uscc, nameZh, nameEn, province, city, industryCode, founded, employees,
                        revenueHistory, designations, businessScope, synthetic) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """)
            for firm in firms {
                let e = firm.enterprise
                try insert.execute(arguments: [
                    name, e.uscc, e.name.zh, e.name.en, firm.origin.province, firm.origin.city, e.industryCode, e.founded, e.employees,
                    firm.storedRevenue, firm.storedDesignations, e.businessScope, e.synthetic,
                ])
            }
            try Self.audit(actor, existed ? "replace" : "import", record: ("targetList", name), note: Self.note(info.auditNote), db)
        }
        return info
    }

    /// Checks a target list as ``importTargetList(_:file:sheet:name:source:replace:by:)`` would store it, writing
    /// nothing: the reading (rows and notes), or the file's located problems (an ``ImportError``); a
    /// `StoreError` when the actor may not store one (editors), the name is empty, or a list of that name is
    /// stored and `replace` is not given.
    public func checkTargetList(
        _ bytes: [UInt8], file: String, sheet: String? = nil, name: String, replace: Bool = false, by actor: Actor
    ) throws -> TableReading {
        let name = try NamedImport.targetList.name(name, by: actor)
        if !replace, try writer.read({ try NamedImport.targetList.exists(name, $0) }) {
            throw NamedImportRules.targetList.existsOnCheck(name)
        }
        return try TargetListTable.read(bytes, file: file, sheet: sheet, list: name).reading
    }

    /// Every stored target list, by name.
    public func targetLists() throws -> [TargetListInfo] {
        try writer.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM targetList ORDER BY name").map { row in
                TargetListInfo(
                    name: row["name"], source: row["source"], file: row["file"], sha256: row["sha256"], importedAt: row["importedAt"],
                    rows: row["rowCount"])
            }
        }
    }

    /// The firms of the list `name` that are not in the registry (a firm the bureau holds is its own, found there),
    /// in USCC order; nil when no list has that name.
    public func outsideFirms(list name: String) throws -> [OutsideFirm]? {
        try writer.read { db in try Self.outsideFirms(list: name, db) }
    }

    static func outsideFirms(list name: String, _ db: Database) throws -> [OutsideFirm]? {
        guard try NamedImport.targetList.exists(name, db) else { return nil }
        return try Row.fetchAll(
            db,
            sql: """
                SELECT * FROM outsideFirm o
                WHERE listName = ? AND NOT EXISTS (SELECT 1 FROM enterprise e WHERE e.uscc = o.uscc)
                ORDER BY uscc
                """, arguments: [name]
        ).map { row in
            OutsideFirm(
                list: name, uscc: row["uscc"], nameZh: row["nameZh"], nameEn: row["nameEn"], province: row["province"], city: row["city"],
                industryCode: row["industryCode"], founded: row["founded"], employees: row["employees"],
                revenueHistory: row["revenueHistory"], designations: row["designations"], businessScope: row["businessScope"],
                synthetic: row["synthetic"])
        }
    }

    /// Every stored list's firms with the links the shipped classifier puts them on, by list name (firms on no link
    /// left out): what ``classifiedLists`` keeps until the next write, so that ranking a chain's targets does not
    /// classify a list again. One scan of the lists, columns by position; each firm classified from SQLite's own
    /// bytes, and made into an ``OutsideFirm`` only when it is on some link.
    static func classifiedLists(_ db: Database) throws -> [String: [ClassifiedOutsideFirm]] {
        let classifier = ChainLinkClassifier.shipped
        var lists: [String: [ClassifiedOutsideFirm]] = [:]
        for name in try String.fetchAll(db, sql: "SELECT name FROM targetList") { lists[name] = [] }
        let statement = try RawStatement(
            db,
            """
            SELECT nameZh, industryCode, businessScope, listName, uscc, nameEn, province, city, founded, employees,
                revenueHistory, designations, synthetic
            FROM outsideFirm o WHERE NOT EXISTS (SELECT 1 FROM enterprise e WHERE e.uscc = o.uscc)
            ORDER BY listName, uscc
            """)
        while try statement.step() {
            let industryCode = statement.text(1)
            let matches = classifier.classify(
                nameUTF8: statement.bytes(0) ?? UnsafeBufferPointer(start: nil, count: 0), industryCode: industryCode,
                businessScopeUTF8: statement.bytes(2))
            guard !matches.isEmpty, let list = statement.text(3) else { continue }
            let firm = OutsideFirm(
                list: list, uscc: statement.text(4) ?? "", nameZh: statement.text(0) ?? "", nameEn: statement.text(5), province: statement.text(6),
                city: statement.text(7), industryCode: industryCode, founded: statement.int(8), employees: statement.int(9),
                revenueHistory: statement.text(10) ?? "", designations: statement.text(11) ?? "", businessScope: statement.text(2),
                synthetic: statement.int(12) == 1)
            lists[list, default: []].append(ClassifiedOutsideFirm(firm: firm, matches: matches))
        }
        return lists
    }
}
