import Foundation
import ZhizaoCore
import ZhizaoInterchange
import ZhizaoSheets
import ZhizaoStorage

/// Exports in the import formats, streamed so a million rows need little memory: text formats to `write`, an
/// Excel workbook through ``WorkbookWriter`` (Chinese headings, numbers as numbers, dates as date cells).
extension AppDatabase {
    /// The registry: enterprises with a USCC. Firms the dataset knows only by name (no source gives their
    /// USCC) cannot be imported, so they are not exported. `excel` writes CSV as Excel on Chinese Windows reads it:
    /// a UTF-8 byte-order mark and CRLF line ends.
    public func exportEnterprises(_ format: ExportFormat, excel: Bool = false, to write: (String) -> Void) throws {
        var table = ExportTable(format, .enterprises, excel: excel)
        write(table.start)
        try enterpriseRows { write(table.line($0)) }
        write(table.end)
    }

    public func exportProjects(_ format: ExportFormat, excel: Bool = false, to write: (String) -> Void) throws {
        var table = ExportTable(format, .projects, excel: excel)
        write(table.start)
        try projectRows { write(table.line($0)) }
        write(table.end)
    }

    public func exportObservations(_ format: ExportFormat, excel: Bool = false, to write: (String) -> Void) throws {
        var table = ExportTable(format, .observations, excel: excel)
        write(table.start)
        try observationRows { write(table.line($0)) }
        write(table.end)
    }

    /// Writes `kind` as an `.xlsx` workbook at `url`: one sheet with the Chinese headings of the import format,
    /// which import reads back.
    public func exportWorkbook(_ kind: ImportKind, to url: URL) throws {
        try ExportShape(kind).writeWorkbook(to: url) { each in
            switch kind {
            case .enterprises: try enterpriseRows(each)
            case .projects: try projectRows(each)
            case .observations: try observationRows(each)
            }
        }
    }

    private func enterpriseRows(_ each: ([String]) throws -> Void) throws {
        let places = PlaceDirectory(places: try places())
        try forEachEnterprise(registryOnly: true) { try each(EnterpriseTable.row($0, places: places)) }
    }

    private func projectRows(_ each: ([String]) throws -> Void) throws {
        let places = PlaceDirectory(places: try places())
        for project in try projects() { try each(ProjectTable.row(project, places: places)) }
    }

    private func observationRows(_ each: ([String]) throws -> Void) throws {
        for observation in try observations() { try each(ObservationTable.row(observation)) }
    }
}
