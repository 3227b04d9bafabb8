import Foundation
import ZhizaoCore

/// The datasets shipped with Zhizao, read from the JSON files beside this source.
public enum BuiltInDataset {
    /// A data file that could not be read or decoded.
    public struct LoadError: Error, CustomStringConvertible {
        public var file: String
        public var message: String
        public var description: String { "\(file): \(message)" }
    }

    /// Guangzhou 2020, from the files in `guangzhou-2020/` (one per kind of record).
    public static func guangzhou2020() throws(LoadError) -> Dataset {
        try load(folder: "guangzhou-2020")
    }

    static func load(folder: String) throws(LoadError) -> Dataset {
        guard let root = Bundle.module.resourceURL?.appendingPathComponent(folder) else {
            throw LoadError(file: folder, message: "dataset folder is missing from the ZhizaoDataset bundle")
        }
        func read<T: Decodable>(_ name: String, as type: T.Type) throws(LoadError) -> T {
            let url = root.appendingPathComponent(name)
            do {
                return try JSONDecoder().decode(T.self, from: Data(contentsOf: url))
            } catch let DecodingError.dataCorrupted(context), let DecodingError.keyNotFound(_, context),
                let DecodingError.typeMismatch(_, context), let DecodingError.valueNotFound(_, context)
            {
                let path = context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
                throw LoadError(file: url.path, message: "\(path): \(context.debugDescription)")
            } catch {
                throw LoadError(file: url.path, message: "\(error)")
            }
        }
        var dataset = Dataset()
        dataset.sources = try read("sources.json", as: [Source].self)
        dataset.places = try read("places.json", as: [Place].self)
        dataset.clusters = try read("clusters.json", as: [Cluster].self)
        dataset.metrics = try read("metrics.json", as: [Metric].self)
        dataset.enterprises = try read("enterprises.json", as: [Enterprise].self)
        dataset.projects = try read("projects.json", as: [Project].self)
        dataset.observations = try read("observations.json", as: [Observation].self)
        dataset.programmes = try read("programmes.json", as: [Programme].self)
        dataset.targets = try read("targets.json", as: [Target].self)
        dataset.statements = try read("statements.json", as: [Statement].self)
        dataset.futureIndustries = try read("future-industries.json", as: [FutureIndustry].self)
        dataset.innovationCentres = try read("innovation-centres.json", as: [InnovationCentre].self)
        return dataset
    }
}
