import Foundation

/// What an account may do. Each role includes the ones below it, except that an editor's writes are limited to
/// the districts (and their parks) the account is given.
public enum Role: String, Sendable, Codable, CaseIterable, Comparable {
    /// Reads everything; writes nothing.
    case viewer
    /// Data writes inside the account's districts.
    case editor
    /// All data writes.
    case analyst
    /// Users, tokens, the audit log and everything else.
    case admin

    public var name: LocalizedText {
        switch self {
        case .viewer: LocalizedText(zh: "查看", en: "viewer")
        case .editor: LocalizedText(zh: "区级编辑", en: "editor")
        case .analyst: LocalizedText(zh: "分析员", en: "analyst")
        case .admin: LocalizedText(zh: "管理员", en: "admin")
        }
    }

    private var rank: Int { Role.allCases.firstIndex(of: self)! }

    public static func < (a: Role, b: Role) -> Bool { a.rank < b.rank }
}

/// A person who signs in.
public struct Account: Sendable, Codable, Hashable, Identifiable {
    public var id: Int64
    /// The sign-in name, unique without regard to case.
    public var name: String
    public var role: Role
    /// An editor's districts (place ids); empty for other roles.
    public var districts: [String]
    public var disabled: Bool
    /// ISO 8601.
    public var createdAt: String

    public init(id: Int64, name: String, role: Role, districts: [String] = [], disabled: Bool = false, createdAt: String) {
        self.id = id
        self.name = name
        self.role = role
        self.districts = districts
        self.disabled = disabled
        self.createdAt = createdAt
    }
}

/// What an API token lets its holder do: read, or read and write with its account's role.
public enum TokenScope: String, Sendable, Codable, CaseIterable {
    case read, write
}

/// An API token as listed: never the secret, which is shown once at creation and stored hashed.
public struct APIToken: Sendable, Codable, Hashable, Identifiable {
    public var id: Int64
    public var accountName: String
    public var scope: TokenScope
    public var createdAt: String
    public var expiresAt: String?
    public var lastUsedAt: String?
    public var revokedAt: String?

    public init(id: Int64, accountName: String, scope: TokenScope, createdAt: String, expiresAt: String?, lastUsedAt: String?, revokedAt: String?) {
        self.id = id
        self.accountName = accountName
        self.scope = scope
        self.createdAt = createdAt
        self.expiresAt = expiresAt
        self.lastUsedAt = lastUsedAt
        self.revokedAt = revokedAt
    }
}

/// Who makes a change and through what: recorded with every write in the audit log.
public struct Actor: Sendable, Hashable {
    /// The signed-in account; nil for the command line run by whoever has the database file.
    public var account: Account?
    /// The name recorded: the account's, or the operating-system user's on the command line.
    public var name: String
    /// The client's address, for requests.
    public var address: String?
    /// The route (`POST /api/v1/imports/enterprises`) or the command (`zhizao import enterprises`).
    public var via: String

    public init(account: Account?, name: String, address: String?, via: String) {
        self.account = account
        self.name = name
        self.address = address
        self.via = via
    }

    /// Someone with the database file and no account: the command line, the built-in dataset, tests.
    public static func local(_ name: String, via: String) -> Actor {
        Actor(account: nil, name: name, address: nil, via: via)
    }

    /// A signed-in account acting through a route.
    public static func account(_ account: Account, address: String?, via: String) -> Actor {
        Actor(account: account, name: account.name, address: address, via: via)
    }
}

/// One line of the append-only audit log: a write or a sign-in.
public struct AuditEntry: Sendable, Codable, Hashable, Identifiable {
    public var id: Int64
    /// ISO 8601, UTC.
    public var at: String
    public var actor: String
    public var address: String?
    public var via: String
    /// What was done: `import`, `update`, `delete`, `merge`, `accept`, `login`, `login-failed`, `user-add` …
    public var action: String
    /// The kind of record (`enterprise`, `project`, `pendingFact`, `account` …) and its id, when one.
    public var recordType: String?
    public var recordId: String?
    /// The record before and after, as JSON, when the write changed one.
    public var before: String?
    public var after: String?
    /// Named values (a reason, counts, a file) as a JSON object; see `noteValues` and `noteKeys`.
    public var note: String?

    /// What the note names, by name; empty when there is no note, or an older one in plain words.
    public var noteValues: [(key: String, value: String)] {
        guard let note, note.hasPrefix("{"), let data = note.data(using: .utf8),
            let object = try? JSONSerialization.jsonObject(with: data) as? [String: String]
        else { return [] }
        return object.sorted { (Self.noteOrder[$0.key] ?? 99, $0.key) < (Self.noteOrder[$1.key] ?? 99, $1.key) }.map { ($0.key, $0.value) }
    }

    /// The names a note may hold, in the order they are shown, with what they mean.
    public static let noteKeys: [(key: String, name: LocalizedText)] = [
        ("reason", LocalizedText(zh: "原因", en: "reason")), ("title", LocalizedText(zh: "标题", en: "title")),
        ("facts", LocalizedText(zh: "待审核数字", en: "facts to review")), ("rows", LocalizedText(zh: "行数", en: "rows")),
        ("inserted", LocalizedText(zh: "新增", en: "new")), ("updated", LocalizedText(zh: "更新", en: "updated")),
        ("merged", LocalizedText(zh: "并入的记录", en: "merged record")), ("version", LocalizedText(zh: "版本", en: "version")),
        ("designations", LocalizedText(zh: "称号", en: "designations")), ("observation", LocalizedText(zh: "生成数据", en: "observation")),
        ("target", LocalizedText(zh: "生成目标", en: "target")), ("file", LocalizedText(zh: "文件", en: "file")),
        ("takenAt", LocalizedText(zh: "备份时间", en: "backup taken")), ("force", LocalizedText(zh: "强制", en: "forced")),
        ("dataset", LocalizedText(zh: "数据集", en: "dataset")), ("sha256", LocalizedText(zh: "SHA-256", en: "SHA-256")),
        ("level", LocalizedText(zh: "层级", en: "level")), ("from", LocalizedText(zh: "复制自", en: "copied from")),
        ("tables", LocalizedText(zh: "表数", en: "tables")),
    ]

    private static let noteOrder = Dictionary(uniqueKeysWithValues: noteKeys.enumerated().map { ($1.key, $0) })

    public init(
        id: Int64, at: String, actor: String, address: String?, via: String, action: String, recordType: String?,
        recordId: String?, before: String?, after: String?, note: String?
    ) {
        self.id = id
        self.at = at
        self.actor = actor
        self.address = address
        self.via = via
        self.action = action
        self.recordType = recordType
        self.recordId = recordId
        self.before = before
        self.after = after
        self.note = note
    }
}
