import ArgumentParser
import ZhizaoAnalytics
import ZhizaoCore
import ZhizaoStore
import ZhizaoStorage

extension Zhizao {
    struct Pipeline: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "pipeline",
            abstract: "The cultivation pipeline: the ladder, firms above the 规上 line, 小升规 candidates, eligibility checks.")

        @OptionGroup var options: DatabaseOptions

        @Option(help: "How many 小升规 candidates to list.")
        var limit = 20

        @Option(help: "Check eligibility for little-giant and single-champion of this enterprise (USCC or slug; a name lists the firms it may mean).")
        var enterprise: String?

        @OptionGroup var language: LanguageOption

        var lang: Language { language.current }

        func run() async throws {
            let database = try await options.storage(lang)
            let l = lang
            let t = l.pick
            let checked = try await enterprise.asyncFlatMap { ref in
                guard let firm = try await database.enterprise(ref: ref) else {
                    throw Self.unknown(ref, candidates: try await database.enterpriseCandidates(for: ref, limit: 8), l)
                }
                return firm
            }
            let registry = try await database.registryCounts()
            print(t("企业梯度（企业库\(registry.enterprises)家）", "Ladder (registry of \(registry.enterprises))"))
            for kind in DesignationKind.ladder {
                print("  " + Terminal.pad(kind.name.text(l), 24) + String(registry.designations[kind] ?? 0))
            }
            print(t("  按最新营收计规上企业：", "  Above the 规上 line by latest revenue: ") + String(try await database.aboveScaleCount())
                + t("（规上线：年主营业务收入2000万元）", " (line: 20 mn CNY main-business revenue a year)"))
            print("")
            let candidates = try await database.upgradeCandidates(limit: limit)
            print(t("小升规候选（按预计超线幅度排序）", "小升规 candidates, furthest over the line first") + "：\(candidates.count)")
            for (i, c) in candidates.enumerated() {
                print("  \(i + 1). \(c.name.text(l)) \(c.ref)")
                print("     " + c.reason.text(l))
            }
            if let firm = checked {
                let year = firm.latestRevenue?.year ?? 2020
                for kind in [DesignationKind.littleGiant, .singleChampion] {
                    print("")
                    print(firm.name.text(l) + " · " + kind.name.text(l))
                    for r in Eligibility.shipped.evaluate(firm, for: kind, year: year) {
                        let verdict = ["pass": t("符合", "pass"), "fail": t("不符合", "fail"), "unknown": t("未知", "unknown")][r.verdict.rawValue]!
                        var line = "  [\(verdict)] " + r.criterion.text.text(l)
                        if let missing = r.missing { line += t("（缺少：", " (missing: ") + missing.text(l) + t("）", ")") }
                        if r.criterion.unverified == true { line += t(" ［规则未经核实］", " [rule unverified]") }
                        print(line)
                    }
                }
            }
        }

        /// The refusal of a reference that names no firm, with the firms it may mean and how to ask for one.
        static func unknown(_ ref: String, candidates: [NameMatch], _ l: Language) -> Refusal {
            var lines = [l.pick("没有统一社会信用代码或标识为“\(ref)”的企业。", "No enterprise has the USCC or slug \"\(ref)\".")]
            if candidates.isEmpty {
                lines.append(l.pick(
                    "也没有名称含“\(ref)”的企业；请核对后用 --enterprise 给出统一社会信用代码，企业页上可以查到。",
                    "No firm's name contains it either; check it and give the USCC with --enterprise (enterprise pages show it)."))
            } else {
                lines.append(l.pick("您要找的可能是：", "Perhaps one of these:"))
                for c in candidates { lines.append("  " + Terminal.pad(c.name.text(l), 40) + " zhizao pipeline --enterprise \(c.ref)") }
            }
            return Refusal(lines.joined(separator: "\n"))
        }
    }
}
