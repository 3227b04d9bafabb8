/// A sparse 0/1 matrix (the presence matrix M of regions × industries), kept both by row and by column, for
/// the products of complexity: M·x, Mᵀ·y and the co-occurrence counts MᵀM.
struct BinaryMatrix: Sendable {
    let rowCount: Int
    let columnCount: Int
    /// Row r's columns are `rowColumns[rowStart[r]..<rowStart[r + 1]]`, ascending.
    let rowStart: [Int]
    let rowColumns: [Int32]
    /// Column c's rows are `columnRows[columnStart[c]..<columnStart[c + 1]]`, ascending.
    let columnStart: [Int]
    let columnRows: [Int32]

    /// The matrix whose ones are where `isOne(row, column)`.
    init(rows: Int, columns: Int, isOne: (Int, Int) -> Bool) {
        rowCount = rows
        columnCount = columns
        var rowStart = [0]
        rowStart.reserveCapacity(rows + 1)
        var rowColumns: [Int32] = []
        var columnCounts = [Int](repeating: 0, count: columns)
        for row in 0..<rows {
            for column in 0..<columns where isOne(row, column) {
                rowColumns.append(Int32(column))
                columnCounts[column] += 1
            }
            rowStart.append(rowColumns.count)
        }
        var columnStart = [0]
        columnStart.reserveCapacity(columns + 1)
        for column in 0..<columns { columnStart.append(columnStart[column] + columnCounts[column]) }
        var fill = Array(columnStart.dropLast())
        var columnRows = [Int32](repeating: 0, count: rowColumns.count)
        for row in 0..<rows {
            for index in rowStart[row]..<rowStart[row + 1] {
                let column = Int(rowColumns[index])
                columnRows[fill[column]] = Int32(row)
                fill[column] += 1
            }
        }
        self.rowStart = rowStart
        self.rowColumns = rowColumns
        self.columnStart = columnStart
        self.columnRows = columnRows
    }

    /// The ones in each row (diversity, when rows are regions).
    var rowCounts: [Int] { (0..<rowCount).map { rowStart[$0 + 1] - rowStart[$0] } }
    /// The ones in each column (ubiquity, when columns are industries).
    var columnCounts: [Int] { (0..<columnCount).map { columnStart[$0 + 1] - columnStart[$0] } }

    func isOne(row: Int, column: Int) -> Bool {
        rowColumns[rowStart[row]..<rowStart[row + 1]].contains(Int32(column))
    }

    /// Co-occurrence counts MᵀM (columns × columns, row-major, symmetric): how many rows have both columns.
    /// Columns are bit-packed over rows and counted with popcount, both halves of the symmetric matrix
    /// filled, rows of the result shared between the cores.
    func columnCooccurrence() -> [Double] {
        let words = (rowCount + 63) / 64
        var bits = [UInt64](repeating: 0, count: words * columnCount)
        for column in 0..<columnCount {
            for index in columnStart[column]..<columnStart[column + 1] {
                let row = Int(columnRows[index])
                bits[column * words + row / 64] |= 1 << UInt64(row % 64)
            }
        }
        let width = columnCount
        var counts = [Double](repeating: 0, count: width * width)
        bits.withUnsafeBufferPointer { bits in
            counts.withUnsafeMutableBufferPointer { counts in
                let counts = counts
                parallelFor(width) { first in
                    let firstBits = bits.baseAddress! + first * words
                    for second in first..<width {
                        let secondBits = bits.baseAddress! + second * words
                        var shared = 0
                        for word in 0..<words { shared &+= (firstBits[word] & secondBits[word]).nonzeroBitCount }
                        counts[first * width + second] = Double(shared)
                        counts[second * width + first] = Double(shared)
                    }
                }
            }
        }
        return counts
    }
}
