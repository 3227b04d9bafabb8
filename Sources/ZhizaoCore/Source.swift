/// Where a figure comes from: an article, a bulletin, a plan, a generator.
public struct Source: Sendable, Codable, Hashable, Identifiable {
    /// A stable slug, e.g. "ycwb-2021-gz-manufacturing".
    public var id: String
    public var title: LocalizedText
    public var publisher: String?
    /// Publication date or month as ISO text ("2021-01", "2021-01-15") when known.
    public var published: String?
    public var url: String?
    /// What the source is and how its figures were taken, e.g. which summary the quotes come from.
    public var note: String?

    public init(
        id: String, title: LocalizedText, publisher: String? = nil, published: String? = nil, url: String? = nil,
        note: String? = nil
    ) {
        self.id = id
        self.title = title
        self.publisher = publisher
        self.published = published
        self.url = url
        self.note = note
    }
}
