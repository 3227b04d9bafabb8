import ZhizaoAnalytics
import ZhizaoCore
import ZhizaoSheets

extension ListDownloads {
    /// A cluster's investment targets as the page lists them (every gap, or the one asked for), with each score's
    /// parts and evidence; revenue as an amount in 元.
    func investmentTargets(_ targets: ChainTargets, cluster: Cluster) -> SheetDownload {
        let rows = targets.rows(places: snapshot.places, language: language).map { row -> [Cell] in
            let values = ChainTargets.values(row, language: language)
            return values.enumerated().map { index, value in
                switch index {
                case 3, 9: Double(value).map(Cell.number) ?? .text(orEmpty: value)
                case 8: Double(value).map(Cell.amount) ?? .empty
                case 12...16: Double(value).map(Cell.number) ?? .empty
                default: .text(orEmpty: value)
                }
            }
        }
        return SheetDownload(
            fileName: w("招商目标", "investment-targets") + "-" + cluster.id, sheetName: w("招商目标", "Targets"),
            headings: ChainTargets.headings(language), rows: rows)
    }
}
