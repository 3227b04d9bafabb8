import ArgumentParser
import Foundation
import ZhizaoAnalytics
import ZhizaoCore
import ZhizaoStore
import ZhizaoStorage

extension Zhizao {
    struct Analyze: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "analyze",
            abstract: "Run every analysis at once: target paths, chains of every cluster, the pipeline, projects, checks.")

        @OptionGroup var options: DatabaseOptions

        @OptionGroup var language: LanguageOption

        var lang: Language { language.current }

        func run() async throws {
            let database = try await options.storage(lang)
            let l = lang
            let t = l.pick
            func pct(_ x: Double) -> String { ChineseNumberFormat.decimal(x * 100, maxFraction: 1) + "%" }
            let clusters = try await database.clusters(), observations = try await database.observations(subject: nil, metricId: nil), targets = try await database.targets()

            print(t("■ 目标路径", "■ Target paths"))
            let paths = TargetPath.all(clusters: clusters, targets: targets, observations: observations)
            for path in paths {
                let cluster = path.cluster
                let status = [
                    TargetPath.Status.reached: t("已达到", "reached"), .onTrack: t("按近期增速可达", "on track"),
                    .behind: t("落后", "behind"), .unknown: t("无法判断", "cannot tell"),
                ][path.status]!
                var line = "  " + Terminal.pad(cluster.name.text(l), 30) + status
                if let required = path.requiredGrowth { line += t("，需年均", ", needs ") + pct(required) }
                if let recent = path.recentGrowth { line += t("，近期", ", recent ") + pct(recent) }
                print(line)
            }
            let overview = try await database.overview()
            for count in overview.tierCounts {
                let progress = TierProgress(count: count, paths: paths)
                print("  " + count.target.description.text(l) + t("：现有\(count.reaching.count)个，有望\(progress.onTrack.count)个，无法判断\(progress.unknown.count)个",
                    ": \(count.reaching.count) now, \(progress.onTrack.count) on track, \(progress.unknown.count) cannot tell"))
            }
            print(t("■ 产业链完整度", "■ Chain completeness"))
            for cluster in clusters {
                guard let chain = try await database.chainAnalysis(clusterId: cluster.id, placeId: nil) else { continue }
                print("  " + Terminal.pad(cluster.name.text(l), 30) + pct(chain.completeness) + t("，缺", ", gaps ") + "\(chain.gaps.count)")
            }
            print(t("■ 梯度培育", "■ Pipeline"))
            let candidates = try await database.upgradeCandidateCount(), aboveScale = try await database.aboveScaleCount()
            print(t("  规上企业（按营收）\(aboveScale)家；小升规候选\(candidates)家",
                    "  above the line by revenue: \(aboveScale); candidates to cross next year: \(candidates)"))
            print(t("■ 重点项目", "■ Projects"))
            let today = String(ISO8601DateFormatter().string(from: Date()).prefix(10))
            let projects = try await database.projects(), places = PlaceDirectory(places: try await database.places())
            let portfolio = ProjectPortfolio(projects: projects, places: places, asOf: today)
            for group in portfolio.byStatus {
                let investment = group.knownInvestment.map { ChineseNumberFormat.format($0.value, unit: "CNY", qualifier: $0.qualifier, language: l) } ?? "—"
                let status = group.key.flatMap(ProjectStatus.init(rawValue:))?.name.text(l) ?? t("状态未注明", "status not stated")
                print("  " + Terminal.pad(status, 22) + "\(group.projects.count) · " + investment)
            }
            print(t("  逾期分期\(portfolio.late.count)个", "  late phases: \(portfolio.late.count)"))
            print(t("■ 数据核查", "■ Checks"))
            let findings = ConsistencyCheck.run(observations: observations, clusters: clusters)
            for severity in Finding.Severity.allCases.reversed() {
                print("  " + Terminal.pad(severity.name.text(l), 16) + String(findings.filter { $0.severity == severity }.count))
            }
        }
    }
}
