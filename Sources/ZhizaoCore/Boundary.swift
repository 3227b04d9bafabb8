/// A point on the earth: longitude and latitude in degrees (the boundaries' GCJ-02, as Amap publishes them).
public struct GeoPoint: Sendable, Hashable {
    public var longitude: Double
    public var latitude: Double

    public init(longitude: Double, latitude: Double) {
        self.longitude = longitude
        self.latitude = latitude
    }
}

/// An administrative area's outline: polygons, each a list of rings (the first the outer edge, the others holes).
public struct Boundary: Sendable, Hashable {
    /// Which map the boundary belongs on: a city's districts, or a province's cities.
    public enum Level: String, Sendable, Codable, CaseIterable {
        case district, city
    }

    /// The administrative code (行政区划代码, e.g. 440114), or the name when a file gives no code.
    public var code: String
    /// The area's name as the file gives it (花都区), matched to a place by its Chinese name.
    public var name: String?
    public var level: Level
    public var polygons: [[[GeoPoint]]]

    public init(code: String, name: String?, level: Level, polygons: [[[GeoPoint]]]) {
        self.code = code
        self.name = name
        self.level = level
        self.polygons = polygons
    }

    /// How many points the outline holds.
    public var pointCount: Int { polygons.reduce(0) { $0 + $1.reduce(0) { $0 + $1.count } } }

    /// The place this area is: a place of the directory whose Chinese name is the boundary's name (花都区), or
    /// its name without 区/市 (花都); at district level a district, at city level a city.
    public func place(in directory: PlaceDirectory) -> Place? {
        guard let name else { return nil }
        let kind: PlaceKind = level == .district ? .district : .city
        return directory.places(spelled: name).first { $0.kind == kind }
            ?? directory.places.first { $0.kind == kind && ($0.name.zh == name || $0.name.zh.dropLast() == name.dropLast()) }
    }
}
