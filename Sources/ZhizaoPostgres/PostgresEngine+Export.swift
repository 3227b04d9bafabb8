import Foundation
import PostgresNIO
import ZhizaoCore
import ZhizaoInterchange
import ZhizaoStorage

/// Exports in the import formats with the SQLite engine's output (AppDatabase+Export), written by the shared
/// ``ExportTable`` and ``ExportShape``: the rows are read from one snapshot, enterprises a thousand at a time in id
/// order, so a million need little memory; a workbook's rows go to its sheet's temporary file as they are read.
extension PostgresEngine {
    public func exportEnterprises(_ format: ExportFormat, excel: Bool, to write: @escaping @Sendable (String) -> Void) async throws {
        try await exportText(.enterprises, format, excel: excel, to: write)
    }

    public func exportProjects(_ format: ExportFormat, excel: Bool, to write: @escaping @Sendable (String) -> Void) async throws {
        try await exportText(.projects, format, excel: excel, to: write)
    }

    public func exportObservations(_ format: ExportFormat, excel: Bool, to write: @escaping @Sendable (String) -> Void) async throws {
        try await exportText(.observations, format, excel: excel, to: write)
    }

    public func exportWorkbook(_ kind: ImportKind, to url: URL) async throws {
        try await snapshot { connection in
            try await ExportShape(kind).writeWorkbook(to: url) { each in
                try await self.rows(of: kind, connection, each)
            }
        }
    }

    private func exportText(_ kind: ImportKind, _ format: ExportFormat, excel: Bool, to write: @escaping @Sendable (String) -> Void) async throws {
        try await snapshot { connection in
            var table = ExportTable(format, kind, excel: excel)
            write(table.start)
            try await self.rows(of: kind, connection) { write(table.line($0)) }
            write(table.end)
        }
    }

    /// Each row of `kind` in the import format, in the SQLite engine's order: enterprises with a USCC by id, projects
    /// and observations as added.
    private func rows(of kind: ImportKind, _ connection: PostgresConnection, _ each: ([String]) throws -> Void) async throws {
        switch kind {
        case .enterprises:
            let places = PlaceDirectory(places: try await places(on: connection))
            var last: Int64 = 0
            while true {
                var ids: [Int64] = []
                let rows = try await connection.query(
                    "SELECT id FROM enterprise WHERE uscc IS NOT NULL AND id > \(last) ORDER BY id LIMIT 1000", logger: logger)
                for try await id in rows.decode(Int64.self) { ids.append(id) }
                guard let end = ids.last else { return }
                var binds = PostgresBindings()
                binds.append(ids)
                for enterprise in try await enterprises(
                    "SELECT \(Self.enterpriseColumns) FROM enterprise e WHERE e.id = ANY($1) ORDER BY e.id", binds, on: connection)
                {
                    try each(EnterpriseTable.row(enterprise, places: places))
                }
                last = end
            }
        case .projects:
            let places = PlaceDirectory(places: try await places(on: connection))
            for project in try await projects(on: connection) { try each(ProjectTable.row(project, places: places)) }
        case .observations:
            for observation in try await observations(subject: nil, metricId: nil, on: connection) { try each(ObservationTable.row(observation)) }
        }
    }
}
