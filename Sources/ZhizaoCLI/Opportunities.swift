import ZhizaoAnalytics
import ArgumentParser
import Foundation
import ZhizaoCore
import ZhizaoInterchange
import ZhizaoStore
import ZhizaoStorage

extension IndustryClassification.Level: ExpressibleByArgument {}
extension RegistryMeasure: ExpressibleByArgument {}

extension Zhizao {
    struct Opportunities: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "opportunities",
            abstract: "Show what a district could grow into: industries near its specialisations, and for each chain gap its nearest capabilities.")

        @OptionGroup var options: DatabaseOptions

        @Argument(help: "The district: id or name, e.g. 花都区, 花都 or huadu; with --table, a region of the table (as written, or a place it names).")
        var district: String

        @Option(help: "A regional table stored with zhizao import regional: its regions and values instead of the registry's (--level and --measure do not apply).")
        var table: String?

        @Option(help: "The regional table's year (default: its latest).")
        var year: Int?

        @Option(help: "The industry level: class, group or division.")
        var level: IndustryClassification.Level = .division

        @Option(help: "What the table counts: firms, revenue or employees.")
        var measure: RegistryMeasure = .firms

        @Option(help: "How many opportunities.")
        var limit: Int = 10

        enum Format: String, ExpressibleByArgument, CaseIterable {
            case text, csv, jsonl
        }

        @Option(help: "text, csv (the opportunities) or jsonl (the opportunities, then the chain gaps).")
        var format: Format = .text

        @OptionGroup var language: LanguageOption

        func validate() throws {
            guard level != .section else { throw ValidationError("--level must be class, group or division") }
            guard (1...500).contains(limit) else { throw ValidationError("--limit must be from 1 to 500") }
            guard year == nil || table != nil else { throw ValidationError("--year goes with --table") }
        }

        func run() async throws {
            let l = language.current
            let database = try await options.storage(l)
            let found: DistrictOpportunities, name: String
            if let table {
                found = try await database.opportunities(regionalTable: table, year: year, region: district, limit: limit)
                name = found.specialisation.table.regions[found.region]
            } else {
                let id = try await CommandNames(database: database, language: l).place(district, as: .district)
                name = PlaceDirectory(places: try await database.places()).place(id: id)?.name.text(l) ?? id
                guard let registry = try await database.opportunities(district: id, level: level, measure: measure, limit: limit, nearest: 3) else {
                    throw Refusal(
                        l, "企业名录中没有\(name)带行业代码的企业，无法计算它的专业化：请导入带所属区和行业代码的企业名录（zhizao import enterprises），或用 --table 按导入的地区表计算（zhizao import regional）。",
                        "The registry holds no firm in \(name) with an industry class: its specialisation cannot be computed. Import a registry with districts and classes (zhizao import enterprises), or compute on an imported regional table with --table (zhizao import regional).")
                }
                found = registry
            }
            let text = OpportunitiesText(found: found, name: name, language: l)
            print(format == .text ? text.text : format == .csv ? text.csv : text.jsonl, terminator: "")
        }
    }
}

/// A district's opportunities as terminal text, CSV or JSON lines.
struct OpportunitiesText {
    let found: DistrictOpportunities
    let name: String
    let language: Language

    private var s: Specialisation { found.specialisation }
    private var classification: IndustryClassification { .gbt4754_2017 }
    private func industry(_ index: Int) -> String { classification.label(s.table.industries[index], language) }
    private func number(_ value: Double) -> String { value.isNaN ? "" : String(format: "%.4f", value) }

    var text: String {
        let t = language.pick
        var lines = [
            "\(name) · \(s.basis(language))",
            s.complexitySentence(found.region, name: name, language), "",
            t("已专业化（区位商≥1）：", "Specialised in (location quotient ≥ 1): ")
                + found.specialisedIn.prefix(8).map { industry($0) + " " + ChineseNumberFormat.decimal(s.lq(found.region, $0), maxFraction: 2) }
                .joined(separator: t("；", "; ")),
            "", t("发展机会（尚未专业化，按密度与机会收益的名次之和排列）：", "Opportunities (not yet specialised; by the sum of their density and opportunity-gain ranks):"),
        ]
        for (rank, o) in found.opportunities.enumerated() {
            lines.append(
                "\(rank + 1). " + industry(o.industry) + t("  密度 ", "  density ") + number(o.density) + t("  机会收益 ", "  COG ")
                    + number(o.cog) + t("  产品复杂度 ", "  PCI ") + number(o.pci) + t("  区位商 ", "  LQ ") + number(o.rca))
            if !o.related.isEmpty {
                lines.append(t("   相近的已有行业：", "   near: ") + o.related.prefix(3).map { industry($0.industry) + " (" + number($0.proximity) + ")" }.joined(separator: t("；", "; ")))
            }
        }
        if !found.gaps.isEmpty {
            lines += ["", t("产业链缺失环节与最接近的已有能力：", "Chain gaps and the nearest capabilities the district has:")]
            for gap in found.gaps {
                let nearest = gap.nearest.isEmpty
                    ? t("无（全市没有该环节的企业，或本区没有专业化行业）", "none (no firm of this link in the city, or no specialisation here)")
                    : gap.nearest.map { industry($0.industry) + t("（邻近度 ", " (proximity ") + number($0.proximity) + t("）", ")") }.joined(separator: t("；", "; "))
                lines.append("  " + gap.link.name.text(language) + t("：", ": ") + nearest)
            }
        }
        lines += ["", found.specialisation.opportunityRule(language)]
        return lines.joined(separator: "\n") + "\n"
    }

    var csv: String {
        let t = language.pick
        var out = CSVWriter.line([
            t("排名", "rank"), t("行业代码", "industry"), t("行业", "name"), t("密度", "density"), t("机会收益", "cog"),
            t("产品复杂度", "pci"), t("区位商", "rca"), t("相近的已有行业", "related"),
        ])
        for (rank, o) in found.opportunities.enumerated() {
            out += CSVWriter.line([
                String(rank + 1), s.table.industries[o.industry], industry(o.industry), number(o.density), number(o.cog), number(o.pci),
                number(o.rca), o.related.map { s.table.industries[$0.industry] }.joined(separator: ";"),
            ])
        }
        return out
    }

    struct OpportunityLine: Encodable {
        var kind = "opportunity"
        var rank: Int, industry: String, name: String, density: Double, cog: Double, pci: Double, rca: Double
        var related: [Related]
    }
    struct Related: Encodable { var industry: String, proximity: Double }
    struct GapLine: Encodable {
        var kind = "gap"
        var cluster: String, link: String, name: String, industries: [String]
        var nearest: [Nearest]
    }
    struct Nearest: Encodable { var industry: String, proximity: Double, rca: Double }

    var jsonl: String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.nonConformingFloatEncodingStrategy = .convertToString(positiveInfinity: "inf", negativeInfinity: "-inf", nan: "nan")
        func line(_ value: some Encodable) -> String { (try? String(decoding: encoder.encode(value), as: UTF8.self)).map { $0 + "\n" } ?? "" }
        let code = { (index: Int) in s.table.industries[index] }
        var out = found.opportunities.enumerated().map { rank, o in
            line(OpportunityLine(
                rank: rank + 1, industry: code(o.industry), name: industry(o.industry), density: o.density, cog: o.cog, pci: o.pci, rca: o.rca,
                related: o.related.map { Related(industry: code($0.industry), proximity: $0.proximity) }))
        }.joined()
        for gap in found.gaps {
            out += line(GapLine(
                cluster: gap.clusterId, link: gap.link.id, name: gap.link.name.text(language), industries: gap.industries.map(code),
                nearest: gap.nearest.map { Nearest(industry: code($0.industry), proximity: $0.proximity, rca: $0.rca) }))
        }
        return out
    }
}
