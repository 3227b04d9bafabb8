import Foundation
import Synchronization
import ZhizaoCopy
import ZhizaoCore
import ZhizaoPostgres
import ZhizaoStorage
import ZhizaoStore

/// The PostgreSQL engines a command opened, shut down when it ends (``Zhizao/run(_:)``): an engine's pool runs in a
/// task of its own until then.
final class OpenedStorage: Sendable {
    /// The engines of the command running in this task.
    @TaskLocal static var current: OpenedStorage?

    private let engines = Mutex<[PostgresEngine]>([])

    func keep(_ engine: PostgresEngine) {
        engines.withLock { $0.append(engine) }
    }

    func close() async {
        for engine in engines.withLock({ engines in defer { engines = [] }; return engines }) { await engine.shutdown() }
    }
}

extension DatabaseOptions {
    /// Whether `--db` names a PostgreSQL database (`postgres://…`) rather than a SQLite file.
    var isPostgres: Bool { PostgresSettings.isURL(db) }

    /// The PostgreSQL database `--db` names, migrated, and given the built-in dataset when it holds no data yet (as
    /// a missing SQLite file is created with it). Kept open until the command ends.
    func postgres(_ language: Language) async throws -> PostgresEngine {
        let engine = PostgresEngine(settings: try PostgresSettings(url: db))
        OpenedStorage.current?.keep(engine)
        do {
            try await engine.migrate()
            try await Self.seedBuiltIn(engine)
        } catch let error as PostgresEngineError {
            throw Refusal(error.message)
        }
        return engine
    }

    /// Copies the built-in dataset into `engine` when it holds no data (``DatabaseCopy``, from a SQLite database
    /// created with it in a temporary folder); a database holding data is left as it is.
    static func seedBuiltIn(_ engine: PostgresEngine) async throws {
        guard try await engine.places().isEmpty else { return }  // every database made by Zhizao names its places
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("zhizao-seed-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("built-in.sqlite").path
        try AppDatabase.create(path: file, force: false)
        do {
            _ = try await DatabaseCopy.run(
                from: try AppDatabase.copySource(path: file), to: engine, force: false, by: actor("seed built-in dataset"))
        } catch let error as CopyError where error.code == .notEmpty {
            return
        }
    }
}
