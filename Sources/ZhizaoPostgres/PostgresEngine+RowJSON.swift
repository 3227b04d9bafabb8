import PostgresNIO
import ZhizaoCore

extension PostgresEngine {
    /// The row of `table` with id `id` as a JSON object of `columns` (named as the SQLite engine names them, in its
    /// order), for an audit entry's before or after: the same text the SQLite engine writes (integers, reals as
    /// Swift prints them, strings quoted, flags 0 or 1, null). Nil when there is no such row.
    func rowJSON(
        _ table: String, id: some PostgresDynamicTypeEncodable, columns: [String], _ connection: PostgresConnection
    ) async throws -> String? {
        let list = columns.map { "\($0) AS \"\($0)\"" }.joined(separator: ", ")
        let rows = try await connection.query(
            "SELECT \(unescaped: list) FROM \(unescaped: table) WHERE id = \(id)", logger: logger
        ).collect()
        guard let row = rows.first else { return nil }
        var fields: [String] = []
        for cell in row {
            fields.append(JSONText.quoted(cell.columnName) + ":" + (try Self.jsonValue(cell)))
        }
        return "{" + fields.joined(separator: ",") + "}"
    }

    /// A cell's value as JSON text, as SQLite's would read.
    static func jsonValue(_ cell: PostgresCell) throws -> String {
        guard cell.bytes != nil else { return "null" }
        switch cell.dataType {
        case .int2, .int4, .int8: return String(try cell.decode(Int.self))
        case .float4, .float8:
            let number = try cell.decode(Double.self)
            return number.isFinite ? String(number) : "null"
        case .bool: return try cell.decode(Bool.self) ? "1" : "0"
        default: return JSONText.quoted(try cell.decode(String.self))
        }
    }
}
