/// Every measure of issue 12 for one table (one year), with py-ecomplexity's definitions and conventions
/// (PyPI `ecomplexity` 0.5, its `ecomplexity()` with the defaults: presence test RCA, discrete symmetric
/// proximity, density over the whole proximity matrix).
///
/// Conventions, all py-ecomplexity's:
/// - Regions and industries whose values sum to 0 are dropped before anything is computed; here they stay in
///   the arrays with NaN for every measure and M = 0 (py-ecomplexity's output has NaN for their rows).
/// - RCA and M: see `RevealedAdvantage` (M_cp = 1 when RCA_cp ≥ `threshold`). RCA is the location quotient of
///   the table's measure. Diversity k_c = Σ_p M_cp, ubiquity k_p = Σ_c M_cp.
/// - ECI and PCI: see `ComplexityIndex`. ECI is z-scored (population standard deviation); PCI is standardised
///   with ECI's mean and standard deviation, so that a region's ECI is the mean PCI of its industries.
/// - Proximity: see `Proximity` (diagonal 1). Density, COI and COG: see `Outlook`; COG is divided by ECI's
///   standard deviation, COI is z-scored.
/// - Degenerate tables (a kept region of diversity 0 or a kept industry of ubiquity 0, possible with a
///   threshold above 1): py-ecomplexity then gives NaN for ECI, PCI and COG of everyone; density and COI are
///   NaN too when an industry has ubiquity 0, or when exactly one region has diversity 0 (its `eig` step
///   fails). Reproduced here.
public struct ComplexityMeasures: Sendable {
    public let table: RegionIndustryTable
    public let threshold: Double
    /// Row-major; also the location quotient (LQ) of the table's measure.
    public let rca: [Double]
    /// Row-major, 0 or 1.
    public let mcp: [Double]
    /// Per region.
    public let diversity: [Double]
    /// Per industry.
    public let ubiquity: [Double]
    /// Per region (NaN where py-ecomplexity gives NaN).
    public let eci: [Double]
    /// Per industry.
    public let pci: [Double]
    /// Industries × industries, row-major.
    public let proximity: [Double]
    /// Row-major.
    public let density: [Double]
    /// Per region.
    public let coi: [Double]
    /// Row-major.
    public let cog: [Double]

    public init(_ table: RegionIndustryTable, threshold: Double = 1) {
        self.table = table
        self.threshold = threshold
        let width = table.industries.count
        let regionTotals = table.regionTotals  // (a computed property: once, not once per region)
        let keptRegions = regionTotals.indices.filter { regionTotals[$0] != 0 }
        let industryTotals = table.industryTotals
        let keptIndustries = industryTotals.indices.filter { industryTotals[$0] != 0 }
        let rows = keptRegions.count, columns = keptIndustries.count

        // The kept rectangle, compact; the table itself when nothing is dropped (then nothing is copied back).
        let keepsAll = rows == table.regions.count && columns == width
        var values = keepsAll ? table.values : [Double](repeating: 0, count: rows * columns)
        if !keepsAll {
            for (row, region) in keptRegions.enumerated() {
                for (column, industry) in keptIndustries.enumerated() {
                    values[row * columns + column] = table.values[region * width + industry]
                }
            }
        }
        let rca = RevealedAdvantage.rca(values: values, rows: rows, columns: columns)
        let presence = BinaryMatrix(rows: rows, columns: columns) { rca[$0 * columns + $1] >= threshold }
        let diversity = presence.rowCounts, ubiquity = presence.columnCounts
        let proximity = Proximity.matrix(presence: presence, ubiquity: ubiquity)

        // ECI and PCI on the regions and industries of non-zero diversity and ubiquity.
        let validRows = diversity.indices.filter { diversity[$0] > 0 }
        let validColumns = ubiquity.indices.filter { ubiquity[$0] > 0 }
        let zeroDiversity = rows - validRows.count, zeroUbiquity = columns - validColumns.count
        var eciRaw = [Double](repeating: .nan, count: rows)
        var pciRaw = [Double](repeating: .nan, count: columns)
        if zeroDiversity != 1 && zeroUbiquity != 1, !validRows.isEmpty {
            let valid = zeroDiversity == 0 && zeroUbiquity == 0
                ? presence
                : BinaryMatrix(rows: validRows.count, columns: validColumns.count) { row, column in
                    rca[validRows[row] * columns + validColumns[column]] >= threshold
                }
            if let (eci, pci) = ComplexityIndex.raw(presence: valid) {
                for (index, row) in validRows.enumerated() { eciRaw[row] = eci[index] }
                for (index, column) in validColumns.enumerated() { pciRaw[column] = pci[index] }
            }
        }

        let density: [Double], coiRaw: [Double], cogRaw: [Double]
        if zeroUbiquity > 0 {
            density = [Double](repeating: .nan, count: rows * columns)
            coiRaw = [Double](repeating: .nan, count: rows)
            cogRaw = density
        } else {
            density = Outlook.density(presence: presence, proximity: proximity)
            coiRaw = Outlook.outlook(presence: presence, density: density, pci: pciRaw)
            cogRaw = Outlook.gain(presence: presence, proximity: proximity, pci: pciRaw)
        }

        // Standardisation as py-ecomplexity (after Stata's ecomplexity).
        let (eciMean, eciDeviation) = Self.meanAndDeviation(eciRaw)
        let (coiMean, coiDeviation) = Self.meanAndDeviation(coiRaw)

        // Back to the full table's shape.
        func expandRows(_ compact: [Double]) -> [Double] {
            if keepsAll { return compact }
            var full = [Double](repeating: .nan, count: table.regions.count)
            for (row, region) in keptRegions.enumerated() { full[region] = compact[row] }
            return full
        }
        func expandColumns(_ compact: [Double]) -> [Double] {
            if keepsAll { return compact }
            var full = [Double](repeating: .nan, count: width)
            for (column, industry) in keptIndustries.enumerated() { full[industry] = compact[column] }
            return full
        }
        func expandCells(_ compact: [Double], outside: Double = .nan) -> [Double] {
            if keepsAll { return compact }
            var full = [Double](repeating: outside, count: table.values.count)
            for (row, region) in keptRegions.enumerated() {
                for (column, industry) in keptIndustries.enumerated() {
                    full[region * width + industry] = compact[row * columns + column]
                }
            }
            return full
        }
        var mcp = [Double](repeating: 0, count: rows * columns)
        for row in 0..<rows {
            for index in presence.rowStart[row]..<presence.rowStart[row + 1] { mcp[row * columns + Int(presence.rowColumns[index])] = 1 }
        }
        self.rca = expandCells(rca)
        self.mcp = expandCells(mcp, outside: 0)
        self.diversity = expandRows(diversity.map(Double.init))
        self.ubiquity = expandColumns(ubiquity.map(Double.init))
        self.eci = expandRows(eciRaw.map { ($0 - eciMean) / eciDeviation })
        self.pci = expandColumns(pciRaw.map { ($0 - eciMean) / eciDeviation })
        self.density = expandCells(density)
        self.coi = expandRows(coiRaw.map { ($0 - coiMean) / coiDeviation })
        self.cog = expandCells(cogRaw.map { $0 / eciDeviation })
        if keepsAll {
            self.proximity = proximity
            return
        }
        var fullProximity = [Double](repeating: .nan, count: width * width)
        for (row, first) in keptIndustries.enumerated() {
            for (column, second) in keptIndustries.enumerated() {
                fullProximity[first * width + second] = proximity[row * columns + column]
            }
        }
        self.proximity = fullProximity
    }

    /// numpy's `mean()` and `std()` (population): NaN when any value is NaN.
    static func meanAndDeviation(_ values: [Double]) -> (mean: Double, deviation: Double) {
        let mean = values.reduce(0, +) / Double(values.count)
        var squares = 0.0
        for value in values { squares += (value - mean) * (value - mean) }
        return (mean, (squares / Double(values.count)).squareRoot())
    }
}
