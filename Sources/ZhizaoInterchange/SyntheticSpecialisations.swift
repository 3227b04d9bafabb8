import ZhizaoCore

/// What each district of a synthetic registry makes more of than the city: a few favoured manufacturing divisions
/// (no two districts share one) and a few favoured classes, drawn from the seed, so that location quotients,
/// relatedness and complexity show structure on a demo database instead of the flat noise of uniform draws.
struct SyntheticSpecialisations {
    /// Favoured divisions a district has (two each: eleven districts use 22 of manufacturing's 31).
    static let divisionsPerDistrict = 2
    /// Favoured classes a district has, anywhere in manufacturing.
    static let classesPerDistrict = 2
    /// The share of a district's firms drawn from its favoured divisions, and from its favoured classes; the rest
    /// keep the class drawn uniformly from every class.
    static let divisionShare = 0.35
    static let classShare = 0.15

    private let classes: [IndustryClassification.Entry]
    /// Per district, the indices into `classes` of the classes of its favoured divisions.
    private let divisionClasses: [[Int]]
    /// Per district, the indices into `classes` of its favoured classes.
    private let favouredClasses: [[Int]]
    /// Per district, its favoured divisions' codes.
    let divisions: [[String]]

    init(districts: Int, classes: [IndustryClassification.Entry], random: inout SplitMix64) {
        self.classes = classes
        var allDivisions: [String] = []
        for entry in classes where !allDivisions.contains(String(entry.code.prefix(2))) {
            allDivisions.append(String(entry.code.prefix(2)))
        }
        // A seeded Fisher–Yates shuffle; districts take consecutive divisions, wrapping round if there are few.
        for i in stride(from: allDivisions.count - 1, to: 0, by: -1) {
            allDivisions.swapAt(i, random.below(i + 1))
        }
        var divisions: [[String]] = []
        var divisionClasses: [[Int]] = []
        var favouredClasses: [[Int]] = []
        for district in 0..<districts {
            let mine = (0..<Self.divisionsPerDistrict).map {
                allDivisions[(district * Self.divisionsPerDistrict + $0) % allDivisions.count]
            }
            divisions.append(mine)
            divisionClasses.append(classes.indices.filter { mine.contains(String(classes[$0].code.prefix(2))) })
            favouredClasses.append((0..<Self.classesPerDistrict).map { _ in random.below(classes.count) })
        }
        self.divisions = divisions
        self.divisionClasses = divisionClasses
        self.favouredClasses = favouredClasses
    }

    /// The class of the next firm of `district`: one of its favoured divisions' or classes', or `otherwise` (a
    /// class drawn uniformly).
    func draw(district: Int, otherwise: IndustryClassification.Entry, random: inout SplitMix64) -> IndustryClassification.Entry {
        let draw = random.unit()
        let pool = divisionClasses[district]
        if draw < Self.divisionShare, !pool.isEmpty { return classes[pool[random.below(pool.count)]] }
        if draw < Self.divisionShare + Self.classShare {
            let favoured = favouredClasses[district]
            return classes[favoured[random.below(favoured.count)]]
        }
        return otherwise
    }
}
