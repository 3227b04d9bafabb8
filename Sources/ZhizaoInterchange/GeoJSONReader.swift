import Foundation
import ZhizaoCore

/// Reads administrative boundaries from GeoJSON (RFC 7946): a FeatureCollection, one Feature, or bare Polygon or
/// MultiPolygon geometries (alone or in an array), each area named by an `adcode` and/or `name` property (on the
/// feature's `properties`, or on a bare geometry's own `properties`). Every problem is located by its JSON path
/// (`features[2].geometry.coordinates[0][0][3]`) and says what to write; one problem refuses the whole file.
public enum GeoJSONReader {
    /// The boundaries in `data`, all at `level`.
    public static func boundaries(_ data: Data, file: String, level: Boundary.Level) throws(ImportError) -> [Boundary] {
        let root: Any
        do {
            root = try JSONSerialization.jsonObject(with: data)
        } catch {
            let reason = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String ?? "\(error)"
            throw ImportError([ImportProblem(
                file: file, line: 0, column: 0, message: "is not valid JSON (\(reason)); save it as GeoJSON text in UTF-8")])
        }
        var reader = Reader(file: file, level: level)
        reader.read(root, path: "")
        if reader.problems.isEmpty, reader.boundaries.isEmpty {
            reader.problem("", "holds no Polygon or MultiPolygon; a boundary file is a FeatureCollection of areas")
        }
        var seen: [String: String] = [:]
        for (index, boundary) in reader.boundaries.enumerated() {
            if let earlier = seen[boundary.code] {
                reader.problem(reader.paths[index], "repeats the area \(boundary.code) of \(earlier); give each area once")
            }
            seen[boundary.code] = reader.paths[index]
        }
        guard reader.problems.isEmpty else { throw ImportError(reader.problems) }
        return reader.boundaries
    }

    private struct Reader {
        let file: String
        let level: Boundary.Level
        var boundaries: [Boundary] = []
        var paths: [String] = []
        var problems: [ImportProblem] = []

        mutating func problem(_ path: String, _ message: String) {
            let at = path.isEmpty ? "" : "\(path): "
            problems.append(ImportProblem(file: file, line: 0, column: 0, message: at + message))
        }

        mutating func read(_ value: Any, path: String) {
            if let array = value as? [Any] {
                for (index, element) in array.enumerated() { read(element, path: "\(path)[\(index)]") }
                return
            }
            guard let object = value as? [String: Any] else {
                return problem(path, "must be a GeoJSON object (FeatureCollection, Feature, Polygon or MultiPolygon)")
            }
            let dot = path.isEmpty ? "" : "\(path)."
            switch object["type"] as? String {
            case "FeatureCollection":
                guard let features = object["features"] as? [Any] else {
                    return problem(path, "a FeatureCollection needs a \"features\" array")
                }
                for (index, feature) in features.enumerated() { read(feature, path: "\(dot)features[\(index)]") }
            case "Feature":
                guard let geometry = object["geometry"] as? [String: Any] else {
                    return problem(path, "a Feature needs a \"geometry\" object (Polygon or MultiPolygon)")
                }
                area(geometry, properties: object["properties"] as? [String: Any], path: path, geometryPath: "\(dot)geometry")
            case "Polygon", "MultiPolygon":
                area(object, properties: object["properties"] as? [String: Any], path: path, geometryPath: path)
            case let type?:
                problem(dot + "type", "\"\(type)\" is not an area; write a FeatureCollection of Polygon or MultiPolygon features")
            case nil:
                problem(path, "has no \"type\"; a GeoJSON object says its type (FeatureCollection, Feature, MultiPolygon)")
            }
        }

        mutating func area(_ geometry: [String: Any], properties: [String: Any]?, path: String, geometryPath: String) {
            let dot = path.isEmpty ? "" : "\(path)."
            let code = properties.flatMap { text($0["adcode"]) }
            let name = properties.flatMap { text($0["name"]) }
            guard let key = code ?? name else {
                return problem(dot + "properties", "needs an \"adcode\" (e.g. 440114) or a \"name\" (e.g. 花都区) to say which area it is")
            }
            let geometryDot = geometryPath.isEmpty ? "" : "\(geometryPath)."
            let coordinatesPath = geometryDot + "coordinates"
            var polygons: [[[GeoPoint]]] = []
            switch geometry["type"] as? String {
            case "Polygon":
                guard let rings = polygon(geometry["coordinates"], path: coordinatesPath) else { return }
                polygons = [rings]
            case "MultiPolygon":
                guard let list = geometry["coordinates"] as? [Any], !list.isEmpty else {
                    return problem(coordinatesPath, "a MultiPolygon's coordinates are a non-empty array of polygons")
                }
                for (index, element) in list.enumerated() {
                    guard let rings = polygon(element, path: "\(coordinatesPath)[\(index)]") else { return }
                    polygons.append(rings)
                }
            case let type:
                return problem(geometryDot + "type", "\"\(type ?? "")\" is not an area; use Polygon or MultiPolygon")
            }
            boundaries.append(Boundary(code: key, name: name, level: level, polygons: polygons))
            paths.append(path)
        }

        mutating func polygon(_ value: Any?, path: String) -> [[GeoPoint]]? {
            guard let rings = value as? [Any], !rings.isEmpty else {
                problem(path, "a polygon is a non-empty array of rings, each an array of [longitude, latitude]")
                return nil
            }
            var result: [[GeoPoint]] = []
            for (index, ringValue) in rings.enumerated() {
                let ringPath = "\(path)[\(index)]"
                guard let points = ringValue as? [Any], points.count >= 4 else {
                    problem(ringPath, "a ring needs at least 4 positions (the first repeated at the end)")
                    return nil
                }
                var ring: [GeoPoint] = []
                for (pointIndex, pointValue) in points.enumerated() {
                    guard let point = position(pointValue, path: "\(ringPath)[\(pointIndex)]") else { return nil }
                    ring.append(point)
                }
                result.append(ring)
            }
            return result
        }

        mutating func position(_ value: Any, path: String) -> GeoPoint? {
            guard let pair = value as? [Any], pair.count >= 2,
                let longitude = (pair[0] as? NSNumber)?.doubleValue, let latitude = (pair[1] as? NSNumber)?.doubleValue,
                !(pair[0] is Bool), !(pair[1] is Bool)
            else {
                problem(path, "a position is [longitude, latitude] in degrees, e.g. [113.22, 23.40]")
                return nil
            }
            guard (-180...180).contains(longitude), (-90...90).contains(latitude) else {
                problem(path, "[\(longitude), \(latitude)] is not a longitude (−180…180) and latitude (−90…90); "
                    + "the file must use degrees (WGS 84 or GCJ-02), not projected metres")
                return nil
            }
            return GeoPoint(longitude: longitude, latitude: latitude)
        }

        func text(_ value: Any?) -> String? {
            switch value {
            case let string as String: string.trimmingWhitespace().isEmpty ? nil : string.trimmingWhitespace()
            case let number as NSNumber where !(value is Bool): "\(number)"
            default: nil
            }
        }
    }
}
