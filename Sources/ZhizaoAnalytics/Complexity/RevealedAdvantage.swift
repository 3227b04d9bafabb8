/// Revealed comparative advantage (Balassa) and the presence matrix M, as py-ecomplexity computes them.
///
/// RCA_cp = (X_cp / Σ_p X_cp) / (Σ_c X_cp / Σ_cp X_cp). Over a table of employees, firms or revenue this is
/// the location quotient (LQ) of that measure. M_cp = 1 when RCA_cp ≥ threshold (NaN counts as 0), else 0.
enum RevealedAdvantage {
    /// RCA of a dense row-major `rows × columns` table; NaN where a row or column total is 0 (0/0).
    static func rca(values: [Double], rows: Int, columns: Int) -> [Double] {
        var rowTotals = [Double](repeating: 0, count: rows)
        var columnTotals = [Double](repeating: 0, count: columns)
        for row in 0..<rows {
            for column in 0..<columns {
                let value = values[row * columns + column]
                rowTotals[row] += value
                columnTotals[column] += value
            }
        }
        let total = columnTotals.reduce(0, +)
        let shares = columnTotals.map { $0 / total }
        var rca = [Double](repeating: 0, count: rows * columns)
        for row in 0..<rows {
            let rowTotal = rowTotals[row]
            for column in 0..<columns {
                rca[row * columns + column] = (values[row * columns + column] / rowTotal) / shares[column]
            }
        }
        return rca
    }

    /// M: 1 where RCA ≥ threshold, 0 elsewhere (also where RCA is NaN).
    static func presence(rca: [Double], threshold: Double) -> [Double] {
        rca.map { $0 >= threshold ? 1 : 0 }
    }
}
