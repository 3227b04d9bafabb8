import ArgumentParser
import ZhizaoStore
import ZhizaoStorage

extension Zhizao {
    struct Init: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "init",
            abstract: "Create the database with the built-in Guangzhou 2020 dataset.")

        @OptionGroup var options: DatabaseOptions

        @Flag(help: "Replace an existing database (everything in it is lost).")
        var force = false

        @OptionGroup var language: LanguageOption

        func run() throws {
            let l = language.current
            try options.requireFile(l)
            do {
                try AppDatabase.create(path: options.db, force: force)
            } catch let error as StoreError where error.code == .exists {
                throw Refusal(
                    l, "\(options.db) 已存在；如要用内置数据集替换它（其中的数据将全部丢失），请加 --force。",
                    "\(options.db) already exists; add --force to replace it with the built-in dataset (everything in it is lost).")
            }
            let database = try options.open(l)
            let (observations, clusters, projects) = (try database.observations().count, try database.clusters().count, try database.projects().count)
            print(l.pick(
                "已创建 \(options.db)：内置广州2020年数据集，观测数据 \(observations) 条，产业集群 \(clusters) 个，重点项目 \(projects) 个。",
                "Created \(options.db): built-in Guangzhou 2020 dataset, \(observations) observations, \(clusters) clusters, \(projects) projects."))
        }
    }
}
