import ArgumentParser
import ZhizaoAccess
import ZhizaoCore
import ZhizaoStore

extension Role: ExpressibleByArgument {}

extension Zhizao {
    /// `zhizao user add|list|passwd|disable|enable|role`: the accounts that sign in to the dashboard and the API.
    struct UserCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "user",
            abstract: "Accounts that sign in: add, list, passwd, disable, enable, role.",
            discussion: """
                Roles: admin (users, tokens, everything), analyst (all data writes), editor (data writes in its districts \
                and their parks), viewer (read). A password is read from standard input when it is not a terminal \
                (one line), and asked twice otherwise.
                """,
            subcommands: [Add.self, List.self, Passwd.self, Disable.self, Enable.self, SetRole.self])

        struct Add: ParsableCommand {
            static let configuration = CommandConfiguration(commandName: "add", abstract: "Add an account.")
            @OptionGroup var options: DatabaseOptions
            @Argument(help: "The sign-in name (no spaces).") var name: String
            @Option(help: "admin, analyst, editor or viewer.") var role: Role
            @Option(name: .customLong("district"), help: "An editor's district (repeat for several), e.g. huadu.") var districts: [String] = []

            func run() throws {
                let database = try options.open()
                let password = try PasswordInput.read(for: name)
                let account = try database.addAccount(
                    name: name, role: role, districts: districts, passwordHash: Passwords.hash(password), by: DatabaseOptions.actor("user add"))
                print("Added \(account.name) (\(account.role.rawValue)\(districtNote(account))).")
            }
        }

        struct List: ParsableCommand {
            static let configuration = CommandConfiguration(commandName: "list", abstract: "List the accounts.")
            @OptionGroup var options: DatabaseOptions

            func run() throws {
                let accounts = try options.open().accounts()
                if accounts.isEmpty { print("No accounts yet: zhizao user add NAME --role admin") }
                for a in accounts {
                    print("\(Terminal.pad(a.name, 20)) \(Terminal.pad(a.role.rawValue, 8))\(a.disabled ? " disabled" : "")\(districtNote(a)) · since \(a.createdAt.prefix(10))")
                }
            }
        }

        struct Passwd: ParsableCommand {
            static let configuration = CommandConfiguration(commandName: "passwd", abstract: "Set an account's password (signs it out everywhere).")
            @OptionGroup var options: DatabaseOptions
            @Argument var name: String

            func run() throws {
                let database = try options.open()
                guard try database.credentials(name: name) != nil else { throw Refusal("no account named \(name); zhizao user list shows them") }
                let password = try PasswordInput.read(for: name)
                try database.setPassword(name: name, passwordHash: Passwords.hash(password), by: DatabaseOptions.actor("user passwd"))
                print("Password of \(name) changed; its sessions were ended.")
            }
        }

        struct Disable: ParsableCommand {
            static let configuration = CommandConfiguration(commandName: "disable", abstract: "Disable an account: it is signed out and its tokens stop working.")
            @OptionGroup var options: DatabaseOptions
            @Argument var name: String

            func run() throws {
                try options.open().setDisabled(name: name, true, by: DatabaseOptions.actor("user disable"))
                print("Disabled \(name).")
            }
        }

        struct Enable: ParsableCommand {
            static let configuration = CommandConfiguration(commandName: "enable", abstract: "Enable a disabled account again.")
            @OptionGroup var options: DatabaseOptions
            @Argument var name: String

            func run() throws {
                try options.open().setDisabled(name: name, false, by: DatabaseOptions.actor("user enable"))
                print("Enabled \(name).")
            }
        }

        struct SetRole: ParsableCommand {
            static let configuration = CommandConfiguration(commandName: "role", abstract: "Change an account's role and districts.")
            @OptionGroup var options: DatabaseOptions
            @Argument var name: String
            @Option(help: "admin, analyst, editor or viewer.") var role: Role
            @Option(name: .customLong("district"), help: "An editor's district (repeat for several).") var districts: [String] = []

            func run() throws {
                try options.open().setRole(name: name, role: role, districts: districts, by: DatabaseOptions.actor("user role"))
                print("\(name) is now \(role.rawValue)\(districts.isEmpty ? "" : " of " + districts.joined(separator: ", ")).")
            }
        }
    }
}

private func districtNote(_ account: Account) -> String {
    account.districts.isEmpty ? "" : " of " + account.districts.joined(separator: ", ")
}
