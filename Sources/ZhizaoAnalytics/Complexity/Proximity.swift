/// Product proximity, py-ecomplexity's discrete symmetric form.
///
/// φ_pp' = Σ_c M_cp M_cp' / max(k_p, k_p'), i.e. the smaller of the two conditional probabilities. The
/// diagonal is kept (φ_pp = 1 for a present industry), as py-ecomplexity keeps it; the economic-complexity
/// package zeroes it instead. A pair with an industry of ubiquity 0 is NaN (0/0), as in py-ecomplexity.
enum Proximity {
    /// industries × industries, row-major, symmetric.
    static func matrix(presence: BinaryMatrix, ubiquity: [Int]) -> [Double] {
        var proximity = presence.columnCooccurrence()
        let width = presence.columnCount
        for first in 0..<width {
            for second in 0..<width {
                proximity[first * width + second] /= Double(max(ubiquity[first], ubiquity[second]))
                if ubiquity[first] == 0 || ubiquity[second] == 0 { proximity[first * width + second] = .nan }
            }
        }
        return proximity
    }
}
