/// ECI and PCI before standardisation, as py-ecomplexity computes them (`calc_eci_pci`).
///
/// py-ecomplexity takes the eigenvector k_p of the second-largest eigenvalue of
/// M̃_pp' = Σ_c M_cp M_cp' / (k_c k_p) (numpy `eig` on D_p⁻¹ Mᵀ D_c⁻¹ M), then k_c = D_c⁻¹ M k_p, and flips both
/// signs so k_c correlates positively with diversity. M̃ is similar to the symmetric
/// S = D_p^-½ Mᵀ D_c⁻¹ M D_p^-½, whose top eigenvector √k_p (eigenvalue 1) is known: we find S's second
/// eigenvector u by Lanczos with that vector deflated, and k_p = D_p^-½ u. The eigenvector's length and sign
/// do not matter once the sign rule and the standardisation are applied. Regions and industries of
/// diversity or ubiquity 0 must be removed first.
enum ComplexityIndex {
    /// Raw (sign-fixed, unstandardised) ECI per row and PCI per column of `presence`, or nil when there is no
    /// second eigenvalue (a single industry), where py-ecomplexity's `eig` step fails and gives NaN.
    static func raw(presence: BinaryMatrix) -> (eci: [Double], pci: [Double])? {
        let diversity = presence.rowCounts.map(Double.init)
        let ubiquity = presence.columnCounts.map(Double.init)
        let rootUbiquity = ubiquity.map { $0.squareRoot() }
        var top = rootUbiquity
        SecondEigenvector.normalise(&top)
        let regions = presence.rowCount, industries = presence.columnCount
        let solution = SecondEigenvector.solve(dimension: industries, top: top) { vector in
            // S·x = D_p^-½ Mᵀ D_c⁻¹ M D_p^-½ x, through the sparse M twice.
            var perRegion = [Double](repeating: 0, count: regions)
            for region in 0..<regions {
                var sum = 0.0
                for index in presence.rowStart[region]..<presence.rowStart[region + 1] {
                    let industry = Int(presence.rowColumns[index])
                    sum += vector[industry] / rootUbiquity[industry]
                }
                perRegion[region] = sum / diversity[region]
            }
            var result = [Double](repeating: 0, count: industries)
            for industry in 0..<industries {
                var sum = 0.0
                for index in presence.columnStart[industry]..<presence.columnStart[industry + 1] {
                    sum += perRegion[Int(presence.columnRows[index])]
                }
                result[industry] = sum / rootUbiquity[industry]
            }
            return result
        }
        guard let solution else { return nil }
        let pci = (0..<industries).map { solution.vector[$0] / rootUbiquity[$0] }
        let eci = (0..<regions).map { region in
            var sum = 0.0
            for index in presence.rowStart[region]..<presence.rowStart[region + 1] {
                sum += pci[Int(presence.rowColumns[index])]
            }
            return sum / diversity[region]
        }
        let sign = correlationSign(diversity, eci)
        return (eci.map { $0 * sign }, pci.map { $0 * sign })
    }

    /// The sign of the Pearson correlation of two series (1, −1, 0 when uncorrelated), NaN when either series
    /// is constant: numpy's `sign(corrcoef)` as py-ecomplexity uses it.
    static func correlationSign(_ first: [Double], _ second: [Double]) -> Double {
        let firstMean = first.reduce(0, +) / Double(first.count)
        let secondMean = second.reduce(0, +) / Double(second.count)
        var covariance = 0.0, firstSpread = 0.0, secondSpread = 0.0
        for index in first.indices {
            let firstOffset = first[index] - firstMean, secondOffset = second[index] - secondMean
            covariance += firstOffset * secondOffset
            firstSpread += firstOffset * firstOffset
            secondSpread += secondOffset * secondOffset
        }
        if firstSpread == 0 || secondSpread == 0 { return .nan }
        return covariance > 0 ? 1 : covariance < 0 ? -1 : 0
    }
}
