import Foundation
import ZhizaoCore

/// A synthetic enterprise registry in the enterprise CSV format, for demos, tests and benchmarks.
///
/// Every row is marked: the name starts with "[合成]" and `synthetic` is true. USCCs are valid (GB 32100-2015)
/// with Guangzhou district division codes; classes are real manufacturing classes of GB/T 4754-2017;
/// revenues are lognormal. Each district favours a few divisions and classes drawn from the seed
/// (`SyntheticSpecialisations`), so that it is specialised as real districts are; each firm has a business scope
/// worded as registrations word them (`SyntheticBusinessScope`). The same seed gives the same
/// registry on every machine.
public struct SyntheticRegistry {
    /// The name prefix that marks a generated firm.
    public static let marker = "[合成]"

    /// Guangzhou's 11 districts with their administrative division codes (GB/T 2260, 民政部 行政区划代码).
    static let districts: [(name: String, code: String)] = [
        ("荔湾区", "440103"), ("越秀区", "440104"), ("海珠区", "440105"), ("天河区", "440106"), ("白云区", "440111"),
        ("黄埔区", "440112"), ("番禺区", "440113"), ("花都区", "440114"), ("南沙区", "440115"), ("从化区", "440117"),
        ("增城区", "440118"),
    ]
    /// Zones a generated firm may sit in, by district.
    static let zones: [String: String] = ["黄埔区": "广州开发区", "南沙区": "南沙开发区", "增城区": "增城开发区", "花都区": "广州花都高新区"]
    static let syllables = Array("华鑫瑞泰达盛誉嘉恒通宏远创新科联合利丰源汇安康晟弘信德正佳智昊辰光")

    private var random: SplitMix64
    private var specialising: SplitMix64
    private let classes: [IndustryClassification.Entry]
    private let specialisations: SyntheticSpecialisations
    private var scopes: SyntheticBusinessScope
    /// The year the latest revenue is for; two earlier years go into the history.
    public var year = 2020

    public init(seed: UInt64, classification: IndustryClassification = .gbt4754_2017) {
        random = SplitMix64(seed: seed)
        // The districts' specialisations draw from a stream of their own, so that the rows' other columns are
        // what they were before districts had them.
        var specialising = SplitMix64(seed: seed ^ 0x5EC1_A115)
        let classes = classification.classes(inSection: "C")
        specialisations = SyntheticSpecialisations(districts: Self.districts.count, classes: classes, random: &specialising)
        self.classes = classes
        self.specialising = specialising
        scopes = SyntheticBusinessScope(seed: seed, classification: classification)
    }

    /// Each district's favoured manufacturing divisions (GB/T 4754-2017 codes), by the district's Chinese name.
    public var favouredDivisions: [String: [String]] {
        Dictionary(uniqueKeysWithValues: zip(Self.districts.map(\.name), specialisations.divisions))
    }

    /// The CSV header line.
    public static var headerLine: String { CSVWriter.line(EnterpriseTable.header) }

    /// The next row as a CSV line.
    public mutating func nextLine() -> String {
        let districtIndex = random.below(Self.districts.count)
        let district = Self.districts[districtIndex]
        let uniform = classes[random.below(classes.count)]
        let industry = specialisations.draw(district: districtIndex, otherwise: uniform, random: &specialising)
        let brand = String([Self.syllables[random.below(Self.syllables.count)], Self.syllables[random.below(Self.syllables.count)]])
        let name = "\(Self.marker)广州\(brand)\(industry.name)有限公司"
        let park = random.unit() < 0.3 ? Self.zones[district.name] ?? "" : ""
        let founded = 1985 + random.below(35)
        let employees = max(1, Int(exp(random.normal(mean: log(30), sd: 1.2))))
        // Median main-business revenue about 8 M CNY; roughly a quarter above the 20 M 规上 line.
        let revenue = (exp(random.normal(mean: log(8e6), sd: 1.4)) / 100).rounded() * 100
        var history: [String] = []
        var amount = revenue
        for back in 1...2 {
            amount = (amount / (1 + random.normal(mean: 0.08, sd: 0.2).clamped(-0.6, 2.0)) / 100).rounded() * 100
            history.insert("\(year - back)=\(ChineseNumberFormat.decimal(amount, maxFraction: 0))", at: 0)
        }
        var designations: [String] = []
        if revenue >= 2e7 { designations.append("above-scale:\(year)") }
        let draw = random.unit()
        if draw < 0.01 { designations.append("little-giant:\(2019 + random.below(2)):national") }
        else if draw < 0.04 { designations.append("specialised:\(2018 + random.below(3)):provincial") }
        else if draw < 0.07 { designations.append("cultivation-pool:\(year)") }
        return CSVWriter.line([
            uscc(division: district.code), name, "", district.name, park, industry.code, String(founded),
            String(employees), ChineseNumberFormat.decimal(revenue, maxFraction: 0), String(year),
            history.joined(separator: ";"), designations.joined(separator: ";"), "true", scopes.text(for: industry),
        ])
    }

    /// A valid code: 9 (market regulator), 1 (company), the district, 9 random characters, the check character.
    private mutating func uscc(division: String) -> String {
        var bytes = Array("91\(division)".utf8)
        for _ in 0..<9 { bytes.append(USCC.alphabet[random.below(USCC.alphabet.count)]) }
        bytes.append(USCC.checkCharacter(forFirst17: bytes)!)
        return String(decoding: bytes, as: UTF8.self)
    }
}

/// SplitMix64: a small, fast, seedable generator with the same output on every platform.
struct SplitMix64 {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE5_E4B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// Uniform in [0, 1).
    mutating func unit() -> Double { Double(next() >> 11) / Double(1 << 53) }

    /// Uniform in 0..<n.
    mutating func below(_ n: Int) -> Int { Int(next() % UInt64(n)) }

    /// Normal by Box–Muller.
    mutating func normal(mean: Double, sd: Double) -> Double {
        let u1 = max(unit(), 1e-12), u2 = unit()
        return mean + sd * (-2 * log(u1)).squareRoot() * cos(2 * .pi * u2)
    }
}

extension Double {
    fileprivate func clamped(_ low: Double, _ high: Double) -> Double { Swift.min(Swift.max(self, low), high) }
}
