/// What an observation or target is about: a place, a cluster, an enterprise or a project.
public enum Subject: Sendable, Hashable, Codable, CustomStringConvertible {
    case place(String)
    case cluster(String)
    /// An enterprise by slug or USCC.
    case enterprise(String)
    case project(String)

    /// The kind as spelled in data files and CSV: "place", "cluster", "enterprise", "project".
    public var kind: String {
        switch self {
        case .place: "place"
        case .cluster: "cluster"
        case .enterprise: "enterprise"
        case .project: "project"
        }
    }

    public var id: String {
        switch self {
        case .place(let id), .cluster(let id), .enterprise(let id), .project(let id): id
        }
    }

    /// "kind:id", e.g. "place:huadu".
    public var description: String { "\(kind):\(id)" }

    /// Builds a subject from its kind and id, nil for an unknown kind.
    public init?(kind: String, id: String) {
        switch kind {
        case "place": self = .place(id)
        case "cluster": self = .cluster(id)
        case "enterprise": self = .enterprise(id)
        case "project": self = .project(id)
        default: return nil
        }
    }

    /// Parses "kind:id".
    public init?(_ text: String) {
        guard let colon = text.firstIndex(of: ":") else { return nil }
        self.init(kind: String(text[..<colon]), id: String(text[text.index(after: colon)...]))
    }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let subject = Subject(text) else {
            throw DecodingError.dataCorrupted(
                .init(codingPath: decoder.codingPath, debugDescription: "subject \"\(text)\" is not kind:id"))
        }
        self = subject
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
