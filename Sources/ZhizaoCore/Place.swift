/// What kind of place: the city, its districts, zones and parks.
public enum PlaceKind: String, Sendable, Codable, CaseIterable {
    case city, district, zone, corridor, park

    public var name: LocalizedText {
        switch self {
        case .city: LocalizedText(zh: "市", en: "city")
        case .district: LocalizedText(zh: "区", en: "district")
        case .zone: LocalizedText(zh: "功能区", en: "zone")
        case .corridor: LocalizedText(zh: "走廊", en: "corridor")
        case .park: LocalizedText(zh: "园区", en: "park")
        }
    }
}

/// A place's role in the spatial layout "one core, one corridor, three zones, many parks" (一核一廊三区多园).
public enum LayoutRole: String, Sendable, Codable, CaseIterable {
    case core, corridor, zone, park

    public var name: LocalizedText {
        switch self {
        case .core: LocalizedText(zh: "一核", en: "core")
        case .corridor: LocalizedText(zh: "一廊", en: "corridor")
        case .zone: LocalizedText(zh: "三区", en: "zones")
        case .park: LocalizedText(zh: "多园", en: "parks")
        }
    }
}

/// The four tiers of "many parks" (多园), from the largest down.
public enum ParkTier: String, Sendable, Codable, CaseIterable {
    case developmentZone, valueInnovationPark, keyIndustrialPark, villageIndustrialPark

    public var name: LocalizedText {
        switch self {
        case .developmentZone: LocalizedText(zh: "开发区", en: "development zone")
        case .valueInnovationPark: LocalizedText(zh: "价值创新园", en: "value-innovation park")
        case .keyIndustrialPark: LocalizedText(zh: "市区重点产业园", en: "city/district key industrial park")
        case .villageIndustrialPark: LocalizedText(zh: "村级工业园", en: "village-level industrial park")
        }
    }
}

/// A city, district, zone, corridor or park, with its parent and its role in the spatial layout.
public struct Place: Sendable, Codable, Hashable, Identifiable {
    /// A stable slug, e.g. "huadu" or "gz-development-zone".
    public var id: String
    public var parentId: String?
    public var kind: PlaceKind
    public var name: LocalizedText
    public var layoutRole: LayoutRole?
    public var parkTier: ParkTier?
    /// The approving level where stated, e.g. "provincial" for 花都高新区.
    public var level: String?
    public var sourceId: String?

    public init(
        id: String, parentId: String? = nil, kind: PlaceKind, name: LocalizedText,
        layoutRole: LayoutRole? = nil, parkTier: ParkTier? = nil, level: String? = nil, sourceId: String? = nil
    ) {
        self.id = id
        self.parentId = parentId
        self.kind = kind
        self.name = name
        self.layoutRole = layoutRole
        self.parkTier = parkTier
        self.level = level
        self.sourceId = sourceId
    }
}
