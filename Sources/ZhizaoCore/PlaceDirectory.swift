/// Finds districts and parks by the spellings people use: id, Chinese name with or without 区, English name.
public struct PlaceDirectory: Sendable {
    public let places: [Place]
    private let byId: [String: Place]
    private let bySpelling: [String: [Place]]
    /// Names resolved as people write them (广州市花都区, 花都, 花都區), with suggestions for unknown ones.
    private let placeNames: NameResolver, districtNames: NameResolver, parkNames: NameResolver

    public init(places: [Place]) {
        self.places = places
        byId = Dictionary(places.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var spellings: [String: [Place]] = [:]
        for place in places {
            var names = [place.id, place.name.zh]
            if let en = place.name.en { names.append(en.lowercased()) }
            if place.kind == .district, place.name.zh.hasSuffix("区") { names.append(String(place.name.zh.dropLast())) }
            for name in Set(names) { spellings[name, default: []].append(place) }
        }
        bySpelling = spellings
        placeNames = NameResolver.places(places)
        districtNames = NameResolver.places(places, kinds: [.district], as: .district)
        parkNames = NameResolver.places(places, kinds: [.park, .zone], as: .park)
    }

    /// The place `text` names among places of `kind` (`.place` for any, `.district`, `.park` for parks and zones):
    /// by id, name, short form or traditional script, or why none (ambiguous, or unknown with suggestions).
    public func resolve(_ text: String, as kind: NameKind = .place) -> NameResolution {
        switch kind {
        case .district: districtNames.resolve(text)
        case .park: parkNames.resolve(text)
        default: placeNames.resolve(text)
        }
    }

    public func place(id: String) -> Place? { byId[id] }

    /// Places spelled `text` (case-insensitive for English).
    public func places(spelled text: String) -> [Place] {
        if let found = bySpelling[text] { return found }
        let key = text.trimmingWhitespace()
        return bySpelling[key] ?? bySpelling[key.lowercased()] ?? []
    }

    /// The district spelled `text`.
    public func district(_ text: String) -> Place? {
        places(spelled: text).first { $0.kind == .district } ?? resolve(text, as: .district).entry.flatMap { byId[$0.id] }
    }

    /// The park or zone spelled `text`; when `districtId` is given, only one inside that district.
    public func park(_ text: String, inDistrict districtId: String? = nil) -> Place? {
        let spelled = places(spelled: text).first { place in
            (place.kind == .park || place.kind == .zone) && (districtId == nil || isInside(place.id, districtId!))
        }
        guard spelled == nil, let resolved = resolve(text, as: .park).entry.flatMap({ byId[$0.id] }) else { return spelled }
        return districtId == nil || isInside(resolved.id, districtId!) ? resolved : nil
    }

    /// Whether `placeId` is `ancestorId` or lies inside it.
    public func isInside(_ placeId: String, _ ancestorId: String) -> Bool {
        var current: String? = placeId
        var steps = 0
        while let id = current, steps < 32 {
            if id == ancestorId { return true }
            current = byId[id]?.parentId
            steps += 1
        }
        return false
    }

    /// The district a place lies in, nil above district level.
    public func district(of placeId: String) -> Place? {
        var current = byId[placeId]
        var steps = 0
        while let place = current, steps < 32 {
            if place.kind == .district { return place }
            current = place.parentId.flatMap { byId[$0] }
            steps += 1
        }
        return nil
    }
}
