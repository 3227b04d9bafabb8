import Hummingbird
import ZhizaoCore
import ZhizaoStorage

/// Edits of records by hand, shared by the JSON API and the browser's forms: each checks that the caller may
/// write the record's district (and the one it moves to), runs as the caller, and shows on the next read. A stale version throws the store's `StaleEditError`.
struct RecordEdits: Sendable {
    let site: Site
    let cache: ResponseCache

    /// Runs a write as the caller, then shows it on the next read.
    func write<T: Sendable>(
        _ request: Request, _ context: AppContext, _ work: @Sendable (any Storage, Actor) async throws -> T
    ) async throws -> T {
        try await site.write(request, context, cache, work)
    }

    func editEnterprise(
        _ ref: String, version: Int, district: String?, park: String?, designations: [Designation], businessScope: String? = nil,
        _ request: Request, _ context: AppContext
    ) async throws -> Enterprise {
        try await write(request, context) { database, actor in
            guard let current = try await database.enterprise(ref: ref) else { throw HTTPError(.notFound, message: "no enterprise \(ref)") }
            try context.requireWrite(current.districtId, district)
            return try await database.editEnterprise(
                ref: ref, version: version, districtId: district, parkId: park, designations: designations, businessScope: businessScope, by: actor)
        }
    }

    func editProject(_ id: String, version: Int, phases: [ProjectPhase], _ request: Request, _ context: AppContext) async throws -> Project {
        try await write(request, context) { database, actor in
            try context.requireWrite(try await database.district(of: .project(id)))
            return try await database.editProject(id: id, version: version, phases: phases, by: actor)
        }
    }

    func deleteEnterprise(_ ref: String, version: Int, reason: String, _ request: Request, _ context: AppContext) async throws {
        try await write(request, context) { database, actor in
            try context.requireWrite(try await database.district(of: .enterprise(ref)))
            try await database.deleteEnterprise(ref: ref, version: version, reason: reason, by: actor)
        }
    }

    func deleteProject(_ id: String, version: Int, reason: String, _ request: Request, _ context: AppContext) async throws {
        try await write(request, context) { database, actor in
            try context.requireWrite(try await database.district(of: .project(id)))
            try await database.deleteProject(id: id, version: version, reason: reason, by: actor)
        }
    }

    func mergeEnterprise(
        _ ref: String, into: String, versions: (from: Int, into: Int), _ request: Request, _ context: AppContext
    ) async throws -> Enterprise {
        try await write(request, context) { database, actor in
            try context.requireWrite(try await database.district(of: .enterprise(ref)), try await database.district(of: .enterprise(into)))
            return try await database.mergeEnterprise(ref, into: into, versions: versions, by: actor)
        }
    }
}
