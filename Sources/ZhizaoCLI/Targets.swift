import ArgumentParser
import Foundation
import ZhizaoAnalytics
import ZhizaoCore
import ZhizaoInterchange
import ZhizaoStore
import ZhizaoStorage

extension Zhizao {
    struct Targets: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "targets",
            abstract: "Investment targets (招商目标) for a cluster's chain gaps in a place: firms elsewhere on each absent or weak link, ranked by size, growth, designations and fit, each rank explained; and suppliers upstream of the place's chain leaders.")

        enum Format: String, ExpressibleByArgument, CaseIterable {
            case text, csv, jsonl
        }

        @OptionGroup var options: DatabaseOptions

        @Argument(help: "The cluster: id or name, e.g. 汽车, 花都汽车, auto or huadu-auto.")
        var cluster: String

        @Option(help: "The place: id or name, e.g. 花都区 or huadu (default: the cluster's own place; the whole city for a city cluster).")
        var place: String?

        @Option(help: "One link of the chain, by id or name (e.g. powertrain, 发动机与动力总成), gap or not (default: every absent or weak link).")
        var gap: String?

        @Option(help: "A target list stored with zhizao import target-list: its firms compete with the registry's for each gap.")
        var fromList: String?

        @Option(help: "Firms listed per gap and per chain leader (1-1000).")
        var limit: Int = 10

        @Option(help: "text, csv or jsonl.")
        var format: Format = .text

        @OptionGroup var language: LanguageOption

        func validate() throws {
            guard (1...1000).contains(limit) else { throw ValidationError("--limit must be 1 to 1000") }
        }

        func run() async throws {
            let l = language.current
            let database = try await options.storage(l)
            let names = CommandNames(database: database, language: l)
            let clusterId = try await names.cluster(cluster)
            let placeId = try await place.asyncFlatMap { try await names.place($0) }
            let classifier = ChainLinkClassifier.shipped
            var gapId: String?
            if let gap {
                guard let chain = classifier.templates.chain(forCluster: clusterId) else { throw noChain(l) }
                gapId = try names.link(gap, in: chain)
            }
            guard
                let targets = try await database.chainTargets(
                    clusterId: clusterId, placeId: placeId, gap: gapId, limit: limit, list: fromList)
            else { throw noChain(l) }
            let places = PlaceDirectory(places: try await database.places())
            var output = Output()
            switch format {
            case .text:
                output.write(TargetsText(targets: targets, places: places, language: l, list: fromList).text)
            case .csv:
                output.write(CSVWriter.line(ChainTargets.headings(l)))
                for row in targets.rows(places: places, language: l) {
                    output.write(CSVWriter.line(ChainTargets.values(row, language: l)))
                }
            case .jsonl:
                let keys = ChainTargets.headings(.en).map { $0.replacingOccurrences(of: " ", with: "_").replacingOccurrences(of: "(", with: "").replacingOccurrences(of: ")", with: "") }
                for row in targets.rows(places: places, language: l) {
                    let object = Dictionary(uniqueKeysWithValues: zip(keys, ChainTargets.values(row, language: l)))
                    let data = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])
                    output.write(String(decoding: data, as: UTF8.self) + "\n")
                }
            }
            output.flush()
        }

        private func noChain(_ l: Language) -> Refusal {
            Refusal(l, "产业集群\u{201C}\(cluster)\u{201D}没有产业链模板。", "The cluster \"\(cluster)\" has no chain template.")
        }
    }
}

/// Investment targets as terminal text.
struct TargetsText {
    let targets: ChainTargets
    let places: PlaceDirectory
    let language: Language
    /// The target list whose firms compete with the registry's, if any.
    var list: String? = nil

    var text: String {
        let l = language
        let t = l.pick
        let a = targets.analysis
        let place = a.placeId.flatMap { places.place(id: $0)?.name.text(l) } ?? t("全市", "the whole city")
        var lines = [t("\(a.chain.name.zh)产业链 · \(place) · 招商目标", "\(a.chain.name.text(.en)) chain · \(place) · investment targets")]
        lines.append(InvestmentTargets.rule.text(l))
        lines.append(ChainLinkClassifier.rule.text(l))
        if targets.gaps.isEmpty { lines.append(t("没有缺失或薄弱环节。", "No absent or weak links.")) }
        for gap in targets.gaps {
            lines.append("")
            lines.append("[\(gap.presence.strength.name.text(l))] " + gap.presence.node.name.text(l) + " (\(gap.link.code))"
                + t("：本地以外\(list == nil ? "" : "及名单中")归入该环节的企业\(gap.candidates)家",
                    ": \(gap.candidates) firms elsewhere\(list == nil ? "" : " or on the list") on the link"))
            lines += list(gap.targets)
        }
        for leader in targets.leaders {
            lines.append("")
            let node = a.chain.nodes.first { $0.id == leader.link.nodeId }?.name.text(l) ?? leader.link.nodeId
            lines.append(t("链主 \(leader.leader.name.zh)（\(node)）的上游配套，本区优先：", "Upstream suppliers of chain leader \(leader.leader.name.text(l)) (\(node)), the district's first:"))
            lines += list(leader.suppliers)
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func list(_ list: [InvestmentTarget]) -> [String] {
        let l = language
        if list.isEmpty { return ["  " + l.pick("（无）", "(none)")] }
        return list.enumerated().flatMap { index, target -> [String] in
            let firm = target.enterprise
            let place = ChainTargets.whereIs(target, places: places, language: l)
                + (target.origin == nil ? "" : l.pick("（", " (") + ChainTargets.source(target, language: l) + l.pick("）", ")"))
            return [
                "  \(index + 1). " + firm.name.text(l) + " · " + place + " · " + (firm.industryCode ?? "")
                    + l.pick(" · 得分 ", " · score ") + InvestmentTarget.points(target.score),
                "     " + target.reasons(l).joined(separator: l.pick("；", "; ")),
            ]
        }
    }
}
