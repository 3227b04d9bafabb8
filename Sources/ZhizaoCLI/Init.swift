import ArgumentParser
import ZhizaoStore

extension Zhizao {
    struct Init: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "init",
            abstract: "Create the database with the built-in Guangzhou 2020 dataset.")

        @OptionGroup var options: DatabaseOptions

        @Flag(help: "Replace an existing database (everything in it is lost).")
        var force = false

        func run() throws {
            try AppDatabase.create(path: options.db, force: force)
            let database = try options.open()
            print("Created \(options.db): built-in Guangzhou 2020 dataset, \(try database.observations().count) observations, "
                + "\(try database.clusters().count) clusters, \(try database.projects().count) projects.")
        }
    }
}
