import Foundation
import ZhizaoAnalytics
import ZhizaoCore
import ZhizaoDataset
import ZhizaoPostgres
import ZhizaoStore
import ZhizaoStorage

/// `analyze`: the analyses of `zhizao analyze` on either engine. The registry's part (each cluster's chain, the
/// pipeline's counts) is printed the same way for both, so that scripts/bench-postgres.sh can diff them; the
/// programme's part (target paths, tiers, projects, checks) is computed too, from the records the engine holds
/// (SQLite) or from the built-in dataset (PostgreSQL does not store the programme's records yet).
enum AnalyzeBench {
    /// What the registry contributes to the analysis.
    struct RegistryFigures {
        var chains: [(cluster: String, analysis: ChainAnalysis)] = []
        var aboveScale = 0
        var candidates = 0

        /// One line a chain (completeness, gaps, leaders' references), then the pipeline's counts.
        var lines: [String] {
            chains.sorted { $0.cluster < $1.cluster }.map { cluster, chain in
                let leaders = chain.leaders.map { $0.uscc ?? $0.slug ?? "" }.joined(separator: ",")
                let completeness = String(format: "%.4f", chain.completeness)
                return "chain \(cluster) completeness \(completeness) gaps \(chain.gaps.count) leaders \(leaders)"
            } + ["above-scale \(aboveScale)", "candidates \(candidates)"]
        }
    }

    /// The programme's records the analyses read.
    struct ProgrammeRecords {
        var places: [Place], clusters: [Cluster], observations: [Observation], targets: [Target], projects: [Project]
        var programmes: [Programme], metrics: [Metric]

        /// Target paths, tier progress, the project portfolio and the consistency checks, as `zhizao analyze`.
        func summary() -> String {
            let paths = TargetPath.all(clusters: clusters, targets: targets, observations: observations)
            let overview = ProgrammeOverview(
                places: places, programmes: programmes, clusters: clusters, metrics: metrics, observations: observations,
                targets: targets, projects: projects)
            let onTrack = overview.tierCounts.map { TierProgress(count: $0, paths: paths).onTrack.count }
            let today = String(ISO8601DateFormatter().string(from: Date()).prefix(10))
            let portfolio = ProjectPortfolio(projects: projects, places: PlaceDirectory(places: places), asOf: today)
            let findings = ConsistencyCheck.run(observations: observations, clusters: clusters)
            return "programme paths \(paths.count) on-track \(onTrack) late \(portfolio.late.count) findings \(findings.count)"
        }
    }

    static func run(database: String) async throws {
        let start = clock.now
        let (programme, registry) =
            PostgresSettings.isURL(database) ? try await postgres(url: database) : try sqlite(path: database)
        for line in registry.lines { print(line) }
        print(programme.summary())
        FileHandle.standardError.write(Data(String(format: "analyze %.2f s\n", seconds(clock.now - start)).utf8))
    }

    private static func postgres(url: String) async throws -> (ProgrammeRecords, RegistryFigures) {
        let engine = PostgresEngine(settings: try PostgresSettings(url: url))
        let dataset = try BuiltInDataset.guangzhou2020()
        let programme = ProgrammeRecords(
            places: dataset.places, clusters: dataset.clusters, observations: dataset.observations, targets: dataset.targets,
            projects: dataset.projects, programmes: dataset.programmes, metrics: dataset.metrics)
        var figures = RegistryFigures()
        for cluster in programme.clusters {
            guard
                let scope = try ChainScope(
                    clusterId: cluster.id, placeId: nil, clusters: programme.clusters, places: programme.places,
                    projects: programme.projects, templates: .shipped)
            else { continue }
            figures.chains.append((cluster.id, try await engine.chainAnalysis(scope)))
        }
        figures.aboveScale = try await engine.aboveScaleCount()
        figures.candidates = try await engine.upgradeCandidateCount()
        await engine.shutdown()
        return (programme, figures)
    }

    private static func sqlite(path: String) throws -> (ProgrammeRecords, RegistryFigures) {
        let store = try AppDatabase.open(path: path)
        let programme = ProgrammeRecords(
            places: try store.places(), clusters: try store.clusters(), observations: try store.observations(),
            targets: try store.targets(), projects: try store.projects(), programmes: try store.programmes(),
            metrics: try store.metrics())
        var figures = RegistryFigures()
        for cluster in programme.clusters {
            guard let chain = try store.chainAnalysis(clusterId: cluster.id) else { continue }
            figures.chains.append((cluster.id, chain))
        }
        figures.aboveScale = try store.aboveScaleCount()
        figures.candidates = try store.upgradeCandidateCount()
        return (programme, figures)
    }
}
