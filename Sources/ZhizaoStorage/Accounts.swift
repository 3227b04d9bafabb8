import Foundation
import ZhizaoCore

/// A browser session as the server checks it.
public struct SessionRecord: Sendable {
    public var account: Account
    public var csrf: String
    public var createdAt: Date
    public var lastSeenAt: Date

    public init(account: Account, csrf: String, createdAt: Date, lastSeenAt: Date) {
        self.account = account
        self.csrf = csrf
        self.createdAt = createdAt
        self.lastSeenAt = lastSeenAt
    }
}

/// What to list of the log.
public struct AuditQuery: Sendable {
    /// Entries at or after this time (ISO 8601, or a date `2026-12-01`).
    public var since: String?
    public var actor: String?
    public var action: String?
    public var recordType: String?
    public var recordId: String?
    public var limit: Int

    public init(since: String? = nil, actor: String? = nil, action: String? = nil, recordType: String? = nil, recordId: String? = nil, limit: Int = 200) {
        self.since = since
        self.actor = actor
        self.action = action
        self.recordType = recordType
        self.recordId = recordId
        self.limit = limit
    }
}

extension AuditQuery {
    /// How a filter compares its column with the value.
    public enum Comparison: Sendable {
        /// At or after the value (times sort as text).
        case atLeast
        case equal
        /// Equal without regard to case.
        case equalIgnoringCase
    }

    /// The filters the query sets (a blank one sets none): the column, how it compares, the value.
    public var filters: [(column: String, comparison: Comparison, value: String)] {
        let all: [(String, Comparison, String?)] = [
            ("at", .atLeast, since), ("actor", .equalIgnoringCase, actor), ("action", .equal, action),
            ("recordType", .equal, recordType), ("recordId", .equal, recordId),
        ]
        return all.compactMap { column, comparison, value in value.flatMap { $0.isEmpty ? nil : (column, comparison, $0) } }
    }

    /// How many entries to list: the query's limit, at least 1 and at most 10,000.
    public var boundedLimit: Int { max(1, min(limit, 10_000)) }
}
