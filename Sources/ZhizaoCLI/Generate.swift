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

        @Flag(help: "Print no progress bar.")
        var quiet = false

        @OptionGroup var language: LanguageOption

        func run() {
            let l = language.current
            let bar = ProgressBar.onTerminal(
                l.pick("生成企业", "Generating enterprises"), unit: ("行", "rows"), total: count, language: l, quiet: quiet)
            defer { bar.finish() }
            var registry = SyntheticRegistry(seed: seed)
            var output = Output()
            output.write(SyntheticRegistry.headerLine)
            for row in 0..<count {
                output.write(registry.nextLine())
                if row & 4095 == 4095 { bar.update(row + 1) }
            }
            output.flush()
        }
    }
}
