import ArgumentParser
import ZhizaoAccess
import ZhizaoCore
import ZhizaoStore
import ZhizaoStorage

extension Role: ExpressibleByArgument {}

extension Zhizao {
    /// `zhizao user add|list|passwd|disable|enable|role`: the accounts that sign in to the dashboard and the API.
    struct UserCommand: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "user",
            abstract: "Accounts that sign in: add, list, passwd, disable, enable, role.",
            discussion: """
                Roles: admin (users, tokens, everything), analyst (all data writes), editor (data writes in its districts \
                and their parks), viewer (read). A password is read from standard input when it is not a terminal \
                (one line), and asked twice otherwise.
                """,
            subcommands: [Add.self, List.self, Passwd.self, Disable.self, Enable.self, SetRole.self])

        struct Add: AsyncParsableCommand {
            static let configuration = CommandConfiguration(commandName: "add", abstract: "Add an account.")
            @OptionGroup var options: DatabaseOptions
            @Argument(help: "The sign-in name (no spaces).") var name: String
            @Option(help: "admin, analyst, editor or viewer.") var role: Role
            @Option(name: .customLong("district"), help: "An editor's district (repeat for several), e.g. huadu.") var districts: [String] = []
            @OptionGroup var language: LanguageOption

            func run() async throws {
                let l = language.current
                let database = try await options.storage(l)
                let password = try PasswordInput.read(for: name, l)
                let account = try await database.addAccount(
                    name: name, role: role, districts: districts, passwordHash: Passwords.hash(password), by: DatabaseOptions.actor("user add"))
                print(l.pick("已添加账号 \(account.name)（\(roleName(account.role, l))\(districtNote(account, l))）。",
                    "Added \(account.name) (\(account.role.rawValue)\(districtNote(account, l)))."))
            }
        }

        struct List: AsyncParsableCommand {
            static let configuration = CommandConfiguration(commandName: "list", abstract: "List the accounts.")
            @OptionGroup var options: DatabaseOptions
            @OptionGroup var language: LanguageOption

            func run() async throws {
                let l = language.current
                let accounts = try await options.storage(l).accounts()
                if accounts.isEmpty { print(l.pick("还没有账号：zhizao user add 用户名 --role admin", "No accounts yet: zhizao user add NAME --role admin")) }
                for a in accounts {
                    print("\(Terminal.pad(a.name, 20)) \(Terminal.pad(roleName(a.role, l), 8))\(a.disabled ? l.pick(" 已停用", " disabled") : "")"
                        + "\(districtNote(a, l)) · " + l.pick("创建于 ", "since ") + a.createdAt.prefix(10))
                }
            }
        }

        struct Passwd: AsyncParsableCommand {
            static let configuration = CommandConfiguration(commandName: "passwd", abstract: "Set an account's password (signs it out everywhere).")
            @OptionGroup var options: DatabaseOptions
            @Argument var name: String
            @OptionGroup var language: LanguageOption

            func run() async throws {
                let l = language.current
                let database = try await options.storage(l)
                guard try await database.credentials(name: name) != nil else {
                    throw Refusal(l, "没有名为 \(name) 的账号；zhizao user list 列出所有账号。", "No account is named \(name); zhizao user list shows them.")
                }
                let password = try PasswordInput.read(for: name, l)
                try await database.setPassword(name: name, passwordHash: Passwords.hash(password), keepingSession: nil, by: DatabaseOptions.actor("user passwd"))
                print(l.pick("已修改 \(name) 的密码，其所有登录会话已结束。", "Password of \(name) changed; its sessions were ended."))
            }
        }

        struct Disable: AsyncParsableCommand {
            static let configuration = CommandConfiguration(commandName: "disable", abstract: "Disable an account: it is signed out and its tokens stop working.")
            @OptionGroup var options: DatabaseOptions
            @Argument var name: String
            @OptionGroup var language: LanguageOption

            func run() async throws {
                let l = language.current
                try await options.storage(l).setDisabled(name: name, true, by: DatabaseOptions.actor("user disable"))
                print(l.pick("已停用账号 \(name)。", "Disabled \(name)."))
            }
        }

        struct Enable: AsyncParsableCommand {
            static let configuration = CommandConfiguration(commandName: "enable", abstract: "Enable a disabled account again.")
            @OptionGroup var options: DatabaseOptions
            @Argument var name: String
            @OptionGroup var language: LanguageOption

            func run() async throws {
                let l = language.current
                try await options.storage(l).setDisabled(name: name, false, by: DatabaseOptions.actor("user enable"))
                print(l.pick("已启用账号 \(name)。", "Enabled \(name)."))
            }
        }

        struct SetRole: AsyncParsableCommand {
            static let configuration = CommandConfiguration(commandName: "role", abstract: "Change an account's role and districts.")
            @OptionGroup var options: DatabaseOptions
            @Argument var name: String
            @Option(help: "admin, analyst, editor or viewer.") var role: Role
            @Option(name: .customLong("district"), help: "An editor's district (repeat for several).") var districts: [String] = []
            @OptionGroup var language: LanguageOption

            func run() async throws {
                let l = language.current
                try await options.storage(l).setRole(name: name, role: role, districts: districts, by: DatabaseOptions.actor("user role"))
                print(l.pick(
                    "\(name) 现为\(roleName(role, l))\(districts.isEmpty ? "" : "（" + districts.joined(separator: "、") + "）")。",
                    "\(name) is now \(role.rawValue)\(districts.isEmpty ? "" : " of " + districts.joined(separator: ", "))."))
            }
        }
    }
}

private func districtNote(_ account: Account, _ l: Language) -> String {
    account.districts.isEmpty ? "" : l.pick("，负责 " + account.districts.joined(separator: "、"), " of " + account.districts.joined(separator: ", "))
}

/// A role as the command line names it: 管理员 / admin.
private func roleName(_ role: Role, _ l: Language) -> String {
    switch role {
    case .admin: l.pick("管理员", "admin")
    case .analyst: l.pick("分析员", "analyst")
    case .editor: l.pick("编辑", "editor")
    case .viewer: l.pick("查看者", "viewer")
    }
}
