import ArgumentParser
import Foundation
import ZhizaoAccess
import ZhizaoCore
import ZhizaoStore
import ZhizaoStorage

extension TokenScope: ExpressibleByArgument {}

extension Zhizao {
    /// `zhizao token create|list|revoke`: API tokens, sent as `Authorization: Bearer TOKEN`.
    struct TokenCommand: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "token",
            abstract: "API tokens (Authorization: Bearer TOKEN): create, list, revoke.",
            subcommands: [Create.self, List.self, Revoke.self])

        struct Create: AsyncParsableCommand {
            static let configuration = CommandConfiguration(
                commandName: "create", abstract: "Make a token for an account; it is printed once, alone on the last line.")
            @OptionGroup var options: DatabaseOptions
            @Option(help: "The account the token acts as.") var user: String
            @Option(help: "read, or write (the account's role decides what it may write).") var scope: TokenScope = .read
            @Option(help: "Days until it expires (default: never).") var expires: Int?
            @OptionGroup var language: LanguageOption

            func validate() throws {
                if let expires, expires < 1 { throw ValidationError("--expires is a number of days, 1 or more") }
            }

            func run() async throws {
                let secret = Secrets.apiToken()
                let l = language.current
                let token = try await options.storage(l).createToken(
                    accountName: user, secretHash: Secrets.stored(secret), scope: scope,
                    expiresAt: expires.map { Date().addingTimeInterval(Double($0) * 86_400) }, by: DatabaseOptions.actor("token create"))
                print(l.pick(
                    "已为 \(token.accountName) 创建令牌 \(token.id)，权限 \(token.scope == .write ? "写入" : "只读")"
                        + "\(token.expiresAt.map { "，\($0.prefix(10)) 到期" } ?? "")。令牌只显示这一次，请妥善保管：",
                    "Token \(token.id) for \(token.accountName), scope \(token.scope.rawValue)"
                        + "\(token.expiresAt.map { ", expires \($0.prefix(10))" } ?? ""). It is shown once; keep it secret:"))
                print(secret)
            }
        }

        struct List: AsyncParsableCommand {
            static let configuration = CommandConfiguration(commandName: "list", abstract: "List tokens (never their secrets).")
            @OptionGroup var options: DatabaseOptions
            @Option(help: "Only this account's tokens.") var user: String?
            @OptionGroup var language: LanguageOption

            func run() async throws {
                let l = language.current
                for t in try await options.storage(l).tokens(accountName: user) {
                    let state =
                        t.revokedAt.map { l.pick("\($0.prefix(10)) 已吊销", "revoked \($0.prefix(10))") }
                        ?? t.expiresAt.map { l.pick("\($0.prefix(10)) 到期", "expires \($0.prefix(10))") } ?? l.pick("长期有效", "no expiry")
                    let scope = l.pick(t.scope == .write ? "写入" : "只读", t.scope.rawValue)
                    let used = t.lastUsedAt.map { String($0.prefix(19)) } ?? l.pick("从未", "never")
                    print("\(Terminal.pad("\(t.id)", 5)) \(Terminal.pad(t.accountName, 16)) \(Terminal.pad(scope, 6)) \(state) · "
                        + l.pick("最近使用 ", "last used ") + used)
                }
            }
        }

        struct Revoke: AsyncParsableCommand {
            static let configuration = CommandConfiguration(commandName: "revoke", abstract: "Revoke a token; it stops working at once.")
            @OptionGroup var options: DatabaseOptions
            @Argument(help: "The token's number (zhizao token list).") var id: Int64
            @OptionGroup var language: LanguageOption

            func run() async throws {
                let l = language.current
                try await options.storage(l).revokeToken(id: id, by: DatabaseOptions.actor("token revoke"))
                print(l.pick("已吊销令牌 \(id)。", "Revoked token \(id)."))
            }
        }
    }
}
