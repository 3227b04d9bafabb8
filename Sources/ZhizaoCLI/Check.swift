import ArgumentParser
import ZhizaoAnalytics
import ZhizaoCore
import ZhizaoStore

extension Zhizao {
    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "check",
            abstract: "Check published figures against each other: growth claims, parts and wholes, conflicting sources.")

        @OptionGroup var options: DatabaseOptions

        @Option(help: "Language: zh or en.")
        var lang: Language = .zh

        func run() throws {
            let database = try options.open()
            let findings = ConsistencyCheck.run(observations: try database.observations(), clusters: try database.clusters())
            for f in findings {
                print("[\(f.severity.name.text(lang))] \(f.check): \(f.message.text(lang))")
                for o in f.observations {
                    print("    \(o.id) · \(o.quantity?.stated ?? "") · \(o.period.label(lang)) · \(o.sourceId)")
                }
            }
            let inconsistent = findings.filter { $0.severity == .inconsistent }.count
            print(lang.pick("共\(findings.count)项，不一致\(inconsistent)项", "\(findings.count) findings, \(inconsistent) inconsistent"))
        }
    }
}
