import ZhizaoCore
import ZhizaoInterchange

/// Registries the storage tests import: small tables of firms written out, the seeded synthetic registry, and a
/// regional table. Shared by
/// the SQLite engine's own tests and the contract suite that runs on both engines.
public enum RegistryFixtures {
    /// A valid USCC of a Guangzhou district `division` ending in `serial` (nine characters of the alphabet).
    public static func uscc(_ division: String, _ serial: String) -> String {
        let first17 = Array("91\(division)\(serial)".utf8)
        return String(decoding: first17, as: UTF8.self) + String(UnicodeScalar(USCC.checkCharacter(forFirst17: first17)!))
    }

    public static let header = "统一社会信用代码,企业名称,所属区,所在园区,行业代码,成立年份,从业人数,营业收入（元）,营业收入年份,历年营业收入,认定称号,经营范围\n"

    /// Five firms on the auto chain: parts makers in Panyu (a little giant and a small one) and Huadu, a parts dealer
    /// in Panyu, and a designated chain leader making vehicles in Huadu.
    public static let autoFirms = header + [
        "\(uscc("440113", "MA0000001")),广州甲汽车零部件有限公司,番禺区,,3670,2010,300,500000000,2020,2018=400000000,little-giant:2021:national,汽车零部件制造",
        "\(uscc("440113", "MA0000002")),广州乙汽车零部件有限公司,番禺区,,3670,2015,40,20000000,2020,,,",
        "\(uscc("440113", "MA0000003")),广州丙汽车零部件销售有限公司,番禺区,,5263,2015,10,900000000,2020,,,汽车零部件销售",
        "\(uscc("440114", "MA0000004")),广州丁汽车零部件有限公司,花都区,,3670,2012,200,300000000,2020,,,汽车零部件制造",
        "\(uscc("440114", "MA0000005")),广州戊汽车制造有限公司,花都区,,3611,2000,5000,90000000000,2020,,chain-leader:2020,汽车整车制造",
    ].joined(separator: "\n") + "\n"

    /// Five firms for the region × industry tables: three in Huadu (two car makers, one in a park, and a parts maker
    /// with no revenue for 2020), two in Panyu.
    public static let fiveFirms = """
        uscc,name,district,park,industry_code,founded,employees,revenue_cny,revenue_year,designations
        \(uscc("440114", "MA0000101")),甲汽车有限公司,花都区,广州花都高新区,3611,2010,100,50000000,2020,
        \(uscc("440114", "MA0000102")),乙汽车有限公司,花都区,,3612,2011,300,70000000,2020,
        \(uscc("440114", "MA0000103")),丙零部件有限公司,花都区,,3670,2012,40,9000000,2019,
        \(uscc("440113", "MA0000104")),丁电子有限公司,番禺区,,3971,2013,60,20000000,2020,
        \(uscc("440113", "MA0000105")),戊汽车有限公司,番禺区,,3611,2014,10,1000000,2020,

        """

    /// A sixth firm, a car maker in Huadu.
    public static let sixthFirm = """
        uscc,name,district,park,industry_code,founded,employees,revenue_cny,revenue_year,designations
        \(uscc("440114", "MA0000106")),己汽车有限公司,花都区,,3611,2015,20,3000000,2020,

        """

    /// `count` firms of the seeded synthetic registry.
    public static func synthetic(_ count: Int, seed: UInt64 = 5) -> String {
        var registry = SyntheticRegistry(seed: seed)
        return SyntheticRegistry.headerLine + (0..<count).map { _ in registry.nextLine() }.joined()
    }

    /// Six districts × six divisions of firms, two years; 2022 has Huadu strong in 36 (autos) only.
    public static let districtTable: String = {
        let values: [(String, [Double])] = [
            ("花都区", [90, 10, 5, 30, 2, 8]), ("番禺区", [40, 50, 10, 5, 20, 5]), ("黄埔区", [30, 20, 60, 10, 40, 30]),
            ("南沙区", [50, 5, 20, 40, 5, 10]), ("增城区", [60, 10, 5, 5, 8, 2]), ("白云区", [5, 30, 40, 20, 30, 50]),
        ]
        let divisions = ["36", "38", "39", "27", "35", "34"]
        var lines = ["地区,行业,数值,年份"]
        for (region, row) in values {
            for (division, value) in zip(divisions, row) {
                lines.append("\(region),\(division),\(Int(value)),2023")
                lines.append("\(region),\(division),\(Int(region == "花都区" && division != "36" ? 1 : value)),2022")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }()
}
