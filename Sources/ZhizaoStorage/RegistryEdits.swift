import Foundation
import ZhizaoCore
import ZhizaoInterchange

/// The rules of the registry's edits by hand that both engines apply before they write: which places an enterprise
/// may be given, that a deletion says why, how two records of one firm become one, and the errors each refusal
/// gives.
public enum RegistryEdits {
    /// Refuses a district that is not one and a park outside the district.
    public static func checkPlaces(districtId: String?, parkId: String?, places: PlaceDirectory) throws {
        if let districtId, places.place(id: districtId)?.kind != .district {
            throw StoreError(.invalid, "\(districtId) is not a district")
        }
        if let parkId, let districtId, !places.isInside(parkId, districtId) {
            throw StoreError(.invalid, "park \(parkId) is not in district \(districtId)")
        }
    }

    /// Refuses a deletion without a reason of two characters or more.
    public static func requireReason(_ reason: String) throws {
        guard reason.trimmingCharacters(in: .whitespacesAndNewlines).count >= 2 else {
            throw StoreError(.invalid, "say why the record is deleted (the reason is kept in the audit log)")
        }
    }

    /// A business scope as an edit stores it: trimmed; nil keeps the stored one, an empty one clears it.
    public static func businessScope(_ scope: String?) -> String? {
        scope?.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// The audit note of an enterprise's edit.
    public static func editNote(version: Int, designations: [Designation]) -> [String: String] {
        ["version": "\(version + 1)", "designations": designations.map(\.token).joined(separator: ";")]
    }

    /// `into` after `from` is merged into it: `into` keeps its fields and takes what it lacks from `from` (USCC, slug,
    /// English name, places, industry, founding year, size, revenue years, designations of other kinds).
    public static func merged(_ from: Enterprise, into: Enterprise) -> Enterprise {
        var merged = into
        merged.uscc = merged.uscc ?? from.uscc
        merged.slug = merged.slug ?? from.slug
        merged.name.en = merged.name.en ?? from.name.en
        merged.districtId = merged.districtId ?? from.districtId
        merged.parkId = merged.parkId ?? from.parkId
        merged.industryCode = merged.industryCode ?? from.industryCode
        merged.founded = merged.founded ?? from.founded
        merged.employees = merged.employees ?? from.employees
        merged.revenue.merge(from.revenue) { kept, _ in kept }
        let kinds = Set(merged.designations.map(\.kind))
        merged.designations += from.designations.filter { !kinds.contains($0.kind) }
        return merged
    }

    public static func noEnterprise(_ ref: String) -> StoreError {
        StoreError(.notFound, "no enterprise with USCC or slug \(ref)")
    }

    public static func noProject(_ id: String) -> StoreError { StoreError(.notFound, "no project \(id)") }

    public static func sameRecord(_ from: String, _ into: String) -> StoreError {
        StoreError(.invalid, "\(from) and \(into) are the same record")
    }

    /// Why an enterprise that invests in `projects` is not deleted.
    public static func investor(_ ref: String, projects: [String]) -> StoreError {
        StoreError(.invalid, "\(ref) invests in \(projects.joined(separator: ", ")); merge it into the firm it duplicates instead")
    }
}

extension WriteScope {
    /// Where `actor` may write: an editor's districts; nil (everywhere) for analysts, admins and the command line.
    public static func of(_ actor: Actor?, places: PlaceDirectory) -> WriteScope? {
        guard let account = actor?.account, account.role < .analyst else { return nil }
        return WriteScope(districts: account.role == .editor ? Set(account.districts) : [], places: places)
    }
}

extension ImportSummary {
    /// The note of an import's one audit entry: the counts and the file's SHA-256.
    public func auditNote(file bytes: [UInt8]) -> [String: String] {
        ["rows": "\(rows)", "inserted": "\(inserted)", "updated": "\(updated)", "sha256": SHA256.hex(bytes)]
    }
}
