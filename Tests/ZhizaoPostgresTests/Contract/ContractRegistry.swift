import Foundation
import Testing
import ZhizaoCore
import ZhizaoStorage
@testable import ZhizaoPostgres

/// Firms the analysis contract tests import into either engine, and the import itself: through `RegistryStore` where
/// the engine implements it, else through PostgreSQL's own enterprise import (until its `RegistryStore` lands).
enum ContractRegistry {
    /// Imports `csv` (the enterprise format) into `store`'s registry.
    static func importEnterprises(_ store: some Sendable, csv: String, file: String = "firms.csv") async throws {
        if let registry = store as? any RegistryStore {
            _ = try await registry.importEnterprises(csv: Array(csv.utf8), file: file, sheet: nil, by: .contract, progress: nil)
        } else {
            let engine = try #require(store as? PostgresEngine, "\(type(of: store)) imports no enterprises")
            _ = try await engine.importEnterprises(csv: Array(csv.utf8), file: file, by: .contract)
        }
    }
}

extension Actor {
    /// An editor of Huadu, who may import no named table.
    static let huaduEditor = Actor.account(
        Account(id: 99, name: "li", role: .editor, districts: ["huadu"], createdAt: "2026-01-01T00:00:00Z"), address: nil, via: "contract tests")
}
