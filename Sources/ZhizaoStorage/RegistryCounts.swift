import ZhizaoCore

/// How many enterprises the registry holds, and how many hold each designation.
public struct RegistryCounts: Sendable, Equatable {
    public var enterprises: Int
    public var synthetic: Int
    public var designations: [DesignationKind: Int]

    public init(enterprises: Int, synthetic: Int, designations: [DesignationKind: Int]) {
        self.enterprises = enterprises
        self.synthetic = synthetic
        self.designations = designations
    }
}

/// What the registry holds in one district: the figures a district map shades by and a district page shows.
public struct DistrictRegistry: Sendable, Equatable {
    public var enterprises: Int
    /// Firms holding the 规上 (above-scale) designation.
    public var aboveScale: Int
    /// The sum of each firm's latest main-business revenue, over the firms that report one.
    public var revenueCNY: Double
    public var firmsWithRevenue: Int

    public init(enterprises: Int = 0, aboveScale: Int = 0, revenueCNY: Double = 0, firmsWithRevenue: Int = 0) {
        self.enterprises = enterprises
        self.aboveScale = aboveScale
        self.revenueCNY = revenueCNY
        self.firmsWithRevenue = firmsWithRevenue
    }
}
