/// What a qualitative statement says about its subject.
public enum StatementKind: String, Sendable, Codable, CaseIterable {
    /// A city brand (城市名片), e.g. 智车之城.
    case brand
    /// A strategy or policy line.
    case strategy
    /// A role or position, e.g. "the city's north gate".
    case role
    /// A national or provincial recognition, e.g. China Software Famous City.
    case recognition
    /// An industrial focus or what a place hosts.
    case focus
    /// A recommendation voiced, e.g. by a People's Congress deputy.
    case recommendation
}

/// A sourced fact that is not a figure: brands, strategies, roles, recognitions, recommendations.
public struct Statement: Sendable, Codable, Hashable, Identifiable {
    public var id: String
    public var subject: Subject
    public var kind: StatementKind
    public var text: LocalizedText
    public var sourceId: String

    public init(id: String, subject: Subject, kind: StatementKind, text: LocalizedText, sourceId: String) {
        self.id = id
        self.subject = subject
        self.kind = kind
        self.text = text
        self.sourceId = sourceId
    }
}

/// A future industry a place is laying out (未来产业), e.g. quantum technology.
public struct FutureIndustry: Sendable, Codable, Hashable, Identifiable {
    public var id: String
    public var name: LocalizedText
    public var placeId: String
    public var sourceId: String

    public init(id: String, name: LocalizedText, placeId: String, sourceId: String) {
        self.id = id
        self.name = name
        self.placeId = placeId
        self.sourceId = sourceId
    }
}

/// A manufacturing innovation centre (制造业创新中心) at a level, hosted in a place.
public struct InnovationCentre: Sendable, Codable, Hashable, Identifiable {
    public var id: String
    public var name: LocalizedText
    public var level: DesignationLevel
    public var placeId: String?
    /// Slug or USCC of the host enterprise, where known.
    public var hostId: String?
    public var sourceId: String

    public init(
        id: String, name: LocalizedText, level: DesignationLevel, placeId: String? = nil, hostId: String? = nil,
        sourceId: String
    ) {
        self.id = id
        self.name = name
        self.level = level
        self.placeId = placeId
        self.hostId = hostId
        self.sourceId = sourceId
    }
}
