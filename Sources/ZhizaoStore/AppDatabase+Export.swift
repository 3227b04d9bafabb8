import Foundation
import ZhizaoCore
import ZhizaoInterchange

/// The formats `zhizao export` writes.
public enum ExportFormat: String, Sendable, CaseIterable {
    /// The import format: CSV with the documented header.
    case csv
    /// A JSON array of objects with the same field names as the CSV header, numbers as numbers.
    case json
}

/// Exports in the import formats, streamed to `write` so a million rows need little memory.
extension AppDatabase {
    /// The registry: enterprises with a USCC. Firms the dataset knows only by name (no source gives their
    /// USCC) cannot be imported, so they are not exported.
    public func exportEnterprises(_ format: ExportFormat, to write: (String) -> Void) throws {
        let places = PlaceDirectory(places: try places())
        var table = ExportTable(format, header: EnterpriseTable.header, numeric: ["founded", "employees", "revenue_cny", "revenue_year", "synthetic"])
        write(table.start)
        try forEachEnterprise(registryOnly: true) { write(table.line(EnterpriseTable.row($0, places: places))) }
        write(table.end)
    }

    public func exportProjects(_ format: ExportFormat, to write: (String) -> Void) throws {
        let places = PlaceDirectory(places: try places())
        var table = ExportTable(format, header: ProjectTable.header, numeric: ["investment_cny"])
        write(table.start)
        for project in try projects() { write(table.line(ProjectTable.row(project, places: places))) }
        write(table.end)
    }

    public func exportObservations(_ format: ExportFormat, to write: (String) -> Void) throws {
        var table = ExportTable(format, header: ObservationTable.header, numeric: ["value", "rank"])
        write(table.start)
        for observation in try observations() { write(table.line(ObservationTable.row(observation))) }
        write(table.end)
    }
}

/// Formats rows of strings as CSV lines, or as JSON objects one per line inside an array.
struct ExportTable {
    let format: ExportFormat
    let header: [String]
    /// Columns written as bare JSON values (numbers, booleans) when not empty.
    let numeric: Set<String>
    private var count = 0

    init(_ format: ExportFormat, header: [String], numeric: Set<String>) {
        self.format = format
        self.header = header
        self.numeric = numeric
    }

    var start: String { format == .csv ? CSVWriter.line(header) : "[" }

    var end: String { format == .csv ? "" : "\n]\n" }

    mutating func line(_ row: [String]) -> String {
        defer { count += 1 }
        switch format {
        case .csv:
            return CSVWriter.line(row)
        case .json:
            let fields = zip(header, row).compactMap { name, value -> String? in
                value.isEmpty ? nil : "\(JSONText.quoted(name)):\(numeric.contains(name) ? value : JSONText.quoted(value))"
            }
            return (count == 0 ? "\n" : ",\n") + "{" + fields.joined(separator: ",") + "}"
        }
    }
}
