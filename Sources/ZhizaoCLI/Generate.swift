import ArgumentParser
import ZhizaoInterchange

extension Zhizao {
    struct Generate: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "generate",
            abstract: "Write a synthetic enterprise registry (marked [合成] and synthetic=true) in the import format.")

        enum Kind: String, ExpressibleByArgument {
            case enterprises
        }

        @Argument(help: "What to generate: enterprises.")
        var kind: Kind

        @Option(help: "How many rows.")
        var count: Int

        @Option(help: "Seed: the same seed gives the same registry.")
        var seed: UInt64 = 1

        func validate() throws {
            guard count >= 0 else { throw ValidationError("--count must be zero or more") }
        }

        func run() {
            var registry = SyntheticRegistry(seed: seed)
            var output = Output()
            output.write(SyntheticRegistry.headerLine)
            for _ in 0..<count { output.write(registry.nextLine()) }
            output.flush()
        }
    }
}
