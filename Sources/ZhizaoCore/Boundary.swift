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

    /// English names of Guangdong's prefecture-level cities by code (their official romanisation), for the province
    /// map on English pages; Guangzhou's districts are places with names of their own.
    public static let englishNames: [String: String] = [
        "440100": "Guangzhou", "440200": "Shaoguan", "440300": "Shenzhen", "440400": "Zhuhai", "440500": "Shantou",
        "440600": "Foshan", "440700": "Jiangmen", "440800": "Zhanjiang", "440900": "Maoming", "441200": "Zhaoqing",
        "441300": "Huizhou", "441400": "Meizhou", "441500": "Shanwei", "441600": "Heyuan", "441700": "Yangjiang",
        "441800": "Qingyuan", "441900": "Dongguan", "442000": "Zhongshan", "445100": "Chaozhou", "445200": "Jieyang",
        "445300": "Yunfu",
    ]

    /// The area's name in `language`: the place's when it is one, else the file's (in English when known).
    public func name(place: Place?, _ language: Language) -> String {
        if let place { return place.name.text(language) }
        return (language == .en ? Self.englishNames[code] : nil) ?? name ?? code
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
