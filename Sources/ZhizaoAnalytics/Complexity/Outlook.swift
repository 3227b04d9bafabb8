/// Density, complexity outlook (COI) and outlook gain (COG), py-ecomplexity's definitions
/// (`calc_density`, `calc_coi_cog`), before standardisation.
///
/// - density_cp = Σ_p' M_cp' φ_pp' / Σ_p' φ_pp' (the diagonal counts: a present industry adds its own 1);
///   distance = 1 − density.
/// - COI_c = Σ_p density_cp (1 − M_cp) PCI_p.
/// - COG_cp = (1 − M_cp) Σ_p' (1 − M_cp') φ_p'p PCI_p' / Σ_p'' φ_p'p''.
///
/// Rows of the result are shared between the cores; each region's sums run over its present industries
/// (or, when it has more present than absent ones, over its absent ones), so sparse M costs little.
enum Outlook {
    /// Density per region × industry, row-major. `proximity` must be free of NaN.
    static func density(presence: BinaryMatrix, proximity: [Double]) -> [Double] {
        let width = presence.columnCount
        let rowTotals = (0..<width).map { row in
            var sum = 0.0
            for column in 0..<width { sum += proximity[row * width + column] }
            return 1 / sum
        }
        return weightedRowSums(presence: presence, rows: proximity) { sums in
            for column in 0..<width { sums[column] *= rowTotals[column] }
        }
    }

    /// COG per region × industry, row-major, from raw PCI.
    static func gain(presence: BinaryMatrix, proximity: [Double], pci: [Double]) -> [Double] {
        let width = presence.columnCount
        var weighted = proximity
        for row in 0..<width {
            var total = 0.0
            for column in 0..<width { total += proximity[row * width + column] }
            let factor = pci[row] / total
            for column in 0..<width { weighted[row * width + column] *= factor }
        }
        var gain = weightedRowSums(presence: presence, rows: weighted, absent: true) { _ in }
        for region in 0..<presence.rowCount {
            for index in presence.rowStart[region]..<presence.rowStart[region + 1] {
                gain[region * width + Int(presence.rowColumns[index])] = 0
            }
        }
        return gain
    }

    /// COI per region, from density and raw PCI.
    static func outlook(presence: BinaryMatrix, density: [Double], pci: [Double]) -> [Double] {
        let width = presence.columnCount
        return (0..<presence.rowCount).map { region in
            var sum = 0.0
            var present = presence.rowStart[region]
            let end = presence.rowStart[region + 1]
            for industry in 0..<width {
                if present < end && Int(presence.rowColumns[present]) == industry {
                    present += 1
                    continue
                }
                sum += density[region * width + industry] * pci[industry]
            }
            return sum
        }
    }

    /// For each region c, Σ over its present industries p (or, with `absent`, its absent ones) of the row p
    /// of `rows`, then `finish` on that region's sums; row-major regions × industries.
    private static func weightedRowSums(
        presence: BinaryMatrix, rows: [Double], absent: Bool = false, finish: (inout UnsafeMutableBufferPointer<Double>) -> Void
    ) -> [Double] {
        let width = presence.columnCount
        var columnTotals = [Double](repeating: 0, count: width)
        for row in 0..<width {
            for column in 0..<width { columnTotals[column] += rows[row * width + column] }
        }
        var result = [Double](repeating: 0, count: presence.rowCount * width)
        rows.withUnsafeBufferPointer { rows in
            result.withUnsafeMutableBufferPointer { result in
                let result = result
                parallelFor(presence.rowCount) { region in
                    var sums = UnsafeMutableBufferPointer(rebasing: result[(region * width)..<((region + 1) * width)])
                    let first = presence.rowStart[region], end = presence.rowStart[region + 1]
                    let presentCount = end - first
                    let wantedCount = absent ? width - presentCount : presentCount
                    // Add the wanted rows, or, when they are the majority, subtract the others from the total.
                    let direct = wantedCount <= width - wantedCount
                    if !direct {
                        for column in 0..<width { sums[column] = columnTotals[column] }
                    }
                    let sign = direct ? 1.0 : -1.0
                    var next = first
                    for row in 0..<width {
                        let isPresent = next < end && Int(presence.rowColumns[next]) == row
                        if isPresent { next += 1 }
                        guard isPresent != (absent == direct) else { continue }
                        let base = rows.baseAddress! + row * width
                        for column in 0..<width { sums[column] += sign * base[column] }
                    }
                    finish(&sums)
                }
            }
        }
        return result
    }
}
