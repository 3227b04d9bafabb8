/// An enterprise in the registry: identity, place, industry, size, revenue by year and designations.
public struct Enterprise: Sendable, Codable, Hashable {
    /// Unified social credit code (统一社会信用代码); nil where no source gives it.
    public var uscc: String?
    /// A readable key for enterprises a dataset names without a USCC, e.g. "dongfeng-nissan".
    public var slug: String?
    public var name: LocalizedText
    public var districtId: String?
    public var parkId: String?
    /// GB/T 4754-2017 class (4 digits) or a coarser code where only that is known.
    public var industryCode: String?
    public var founded: Int?
    public var employees: Int?
    /// Main-business revenue (CNY) by year.
    public var revenue: [Int: Double]
    public var designations: [Designation]
    /// True for generated records: they must never be mistaken for real firms.
    public var synthetic: Bool
    public var sourceId: String?
    /// Business scope (经营范围) as registered, when the import gave it: what the firm may make and sell.
    public var businessScope: String?

    public init(
        uscc: String? = nil, slug: String? = nil, name: LocalizedText, districtId: String? = nil,
        parkId: String? = nil, industryCode: String? = nil, founded: Int? = nil, employees: Int? = nil,
        revenue: [Int: Double] = [:], designations: [Designation] = [], synthetic: Bool = false,
        sourceId: String? = nil, businessScope: String? = nil
    ) {
        self.uscc = uscc
        self.slug = slug
        self.name = name
        self.districtId = districtId
        self.parkId = parkId
        self.industryCode = industryCode
        self.founded = founded
        self.employees = employees
        self.revenue = revenue
        self.designations = designations
        self.synthetic = synthetic
        self.sourceId = sourceId
        self.businessScope = businessScope
    }

    /// The latest year with a revenue figure and that figure.
    public var latestRevenue: (year: Int, amount: Double)? {
        revenue.max { $0.key < $1.key }.map { (year: $0.key, amount: $0.value) }
    }
}
