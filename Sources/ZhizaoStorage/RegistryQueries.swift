import ZhizaoCore

/// A request for a page of the enterprise registry: search, filters, sort, page.
public struct EnterpriseQuery: Sendable, Equatable {
    public enum Sort: String, Sendable, CaseIterable {
        case revenueDescending = "-revenue", revenue, founded, employees = "-employees", name
    }

    /// Words the Chinese or English name contains, all of them (`广州 汽车`), in simplified or traditional script.
    public var text: String?
    public var districtId: String?
    public var parkId: String?
    /// A GB/T 4754-2017 code of any level below the section: "36", "367", "3670".
    public var industryCode: String?
    public var designation: DesignationKind?
    public var sort: Sort
    /// 1-based.
    public var page: Int
    public var perPage: Int

    /// The deepest page served: offsets beyond ask for a narrower filter instead.
    public static let maximumOffset = 10_000
    /// The pages a request may ask for: none is served beyond the deepest offset.
    public static let pages = 1...maximumOffset
    /// How many enterprises a page may hold.
    public static let perPageRange = 1...200

    public init(
        text: String? = nil, districtId: String? = nil, parkId: String? = nil, industryCode: String? = nil,
        designation: DesignationKind? = nil, sort: Sort = .revenueDescending, page: Int = 1, perPage: Int = 50
    ) {
        self.text = text
        self.districtId = districtId
        self.parkId = parkId
        self.industryCode = industryCode
        self.designation = designation
        self.sort = sort
        self.page = max(1, page)
        self.perPage = min(max(1, perPage), 200)
    }

    public var offset: Int { (page - 1) * perPage }
}

extension EnterpriseQuery.Sort {
    /// What a sort orders the registry by, for each engine to write in its SQL: an enterprise column, largest first or
    /// not, whether it is text (ordered byte by byte) or may be empty (firms without a value come last), and the id
    /// after it, descending or not.
    public struct Key: Sendable, Equatable {
        public var column: String
        public var descending: Bool
        public var isText = false
        public var isOptional = true
        public var idDescending = false
    }

    public var key: Key {
        switch self {
        case .revenueDescending: Key(column: "revenueCNY", descending: true, idDescending: true)
        case .revenue: Key(column: "revenueCNY", descending: false)
        case .founded: Key(column: "founded", descending: false)
        case .employees: Key(column: "employees", descending: true)
        case .name: Key(column: "nameZh", descending: false, isText: true, isOptional: false)
        }
    }
}

/// A page of the registry.
public struct RegistryPage: Sendable {
    public var items: [Enterprise]
    public var query: EnterpriseQuery
    /// How many enterprises match, counted up to `countLimit`; `isCountCapped` when there are more.
    public var matching: Int
    public var isCountCapped: Bool
    public var hasMore: Bool

    public static let countLimit = 10_000

    public init(items: [Enterprise], query: EnterpriseQuery, matching: Int, isCountCapped: Bool, hasMore: Bool) {
        self.items = items
        self.query = query
        self.matching = matching
        self.isCountCapped = isCountCapped
        self.hasMore = hasMore
    }
}

/// A name found by search: what it is, its key, and its names.
public struct NameMatch: Sendable, Hashable {
    /// "enterprise", "project" or "place".
    public var kind: String
    /// The enterprise's USCC or slug, the project's or place's id.
    public var ref: String
    public var name: LocalizedText

    public init(kind: String, ref: String, name: LocalizedText) {
        self.kind = kind
        self.ref = ref
        self.name = name
    }
}
