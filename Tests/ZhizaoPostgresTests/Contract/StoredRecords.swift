import Testing
import ZhizaoCore
import ZhizaoStorage

/// What a contract test checks of the records a store wrote but its own protocol does not read back (observations,
/// targets, the audit log): read through the engine's `RecordStore` and `AccountStore`, which both engines implement.
enum StoredRecords {
    /// The observations of `metricId`, in the order they were recorded.
    static func observations(_ store: some Sendable, metricId: String) async throws -> [Observation] {
        try await records(store).observations(subject: nil, metricId: metricId)
    }

    static func targets(_ store: some Sendable) async throws -> [Target] {
        try await records(store).targets()
    }

    static func observationCount(_ store: some Sendable) async throws -> Int {
        try await records(store).observations(subject: nil, metricId: nil).count
    }

    /// The audit entries, oldest first.
    static func audit(_ store: some Sendable) async throws -> [AuditEntry] {
        let accounts = try #require(store as? any AccountStore, "\(type(of: store)) does not implement AccountStore")
        return try await accounts.auditEntries(AuditQuery(limit: 10_000)).reversed()
    }

    static func enterprise(_ store: some Sendable, ref: String) async throws -> Enterprise? {
        try await records(store).enterprise(ref: ref)
    }

    static func enterpriseCount(_ store: some Sendable) async throws -> Int {
        try await records(store).enterpriseCount()
    }

    static func projects(_ store: some Sendable) async throws -> [Project] {
        try await records(store).projects()
    }

    static func observations(_ store: some Sendable) async throws -> [Observation] {
        try await records(store).observations(subject: nil, metricId: nil)
    }

    /// The audit entries matching `query`, newest first.
    static func audit(_ store: some Sendable, _ query: AuditQuery) async throws -> [AuditEntry] {
        let accounts = try #require(store as? any AccountStore, "\(type(of: store)) does not implement AccountStore")
        return try await accounts.auditEntries(query)
    }

    private static func records(_ store: some Sendable) throws -> any RecordStore {
        try #require(store as? any RecordStore, "\(type(of: store)) does not implement RecordStore")
    }
}
