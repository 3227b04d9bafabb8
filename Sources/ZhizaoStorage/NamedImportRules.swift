import ZhizaoCore

/// The rules of the imports stored whole under a name (regional tables, target lists) that every engine applies:
/// who may make them, the name, and the refusals' words.
public struct NamedImportRules: Sendable {
    /// What one is called in messages: `regional table`.
    public let noun: String
    /// The `zhizao import` subcommand that makes one: `regional`.
    public let command: String

    public static let regionalTable = NamedImportRules(noun: "regional table", command: "regional")
    public static let targetList = NamedImportRules(noun: "target list", command: "target-list")

    /// The name trimmed, once the actor may import (analysts and admins; editors may not) and a name is given.
    public func name(_ name: String, by actor: Actor) throws -> String {
        if let account = actor.account, account.role < .analyst {
            throw StoreError(
                .invalid, "\(account.name) is an editor of some districts; a \(noun) needs an analyst or admin")
        }
        let name = name.trimmingWhitespace()
        guard !name.isEmpty else { throw StoreError(.invalid, "a \(noun) needs a name; give one with --name") }
        return name
    }

    /// The refusal of an import of `name` without `replace` when one is stored.
    public func exists(_ name: String) -> StoreError {
        StoreError(.exists, "a \(noun) named \(name) exists; add --replace to replace it, or choose another --name")
    }

    /// The refusal of a check of `name` without `replace` when one is stored (a page's words: no options).
    public func existsOnCheck(_ name: String) -> StoreError {
        StoreError(.exists, "a \(noun) named \(name) exists; replace it, or choose another name")
    }

    /// The answer when no import is named `name`, naming the `stored` ones or how to import one.
    public func notFound(_ name: String, stored: [String]) -> StoreError {
        StoreError(
            .notFound,
            "no \(noun) is named \(name); "
                + (stored.isEmpty
                    ? "import one with zhizao import \(command) FILE --name \(name)"
                    : "the stored ones are \(stored.joined(separator: ", "))"))
    }
}
