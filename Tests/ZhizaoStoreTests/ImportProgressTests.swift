import Testing
import ZhizaoStore
import ZhizaoStorage

/// Imports and checks tell a progress bar how far they are, every 1024 rows.
@Suite struct ImportProgressTests {
    @Test func tellsProgressEvery1024RowsWrittenOrChecked() throws {
        // Given a file of 3000 enterprises,
        final class Seen: @unchecked Sendable {
            var rows: [Int] = []
        }
        let database = try AppDatabase.builtIn()
        let file = ImportTests.generated(3000)
        // checking it tells the rows read, and importing it the rows written, every 1024 rows.
        let checked = Seen(), written = Seen()
        #expect(try database.check(.enterprises, csv: file, file: "p.csv", progress: { checked.rows.append($0) }) == 3000)
        #expect(checked.rows == [1024, 2048])
        _ = try database.import(.enterprises, csv: file, file: "p.csv", by: .test, progress: { written.rows.append($0) })
        #expect(written.rows == [1024, 2048])  // after each batch of 1024 (the last 952 cross no boundary)
    }
}
