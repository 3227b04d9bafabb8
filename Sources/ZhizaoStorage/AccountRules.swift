import ZhizaoCore

/// What an account must be, and how the log shows one: checked and written the same way by every engine.
public enum AccountRules {
    /// Throws unless `name` can name an account: 1 to 64 characters without spaces.
    public static func checkName(_ name: String) throws {
        guard !name.isEmpty, name.count <= 64, !name.contains(where: \.isWhitespace) else {
            throw StoreError(.invalid, "an account name is 1 to 64 characters without spaces")
        }
    }

    /// The error for a second account named `name` (names are unique without regard to case).
    public static func nameTaken(_ name: String) -> StoreError { StoreError(.exists, "there is already an account named \(name)") }

    /// The error for a change to an account that does not exist; `hint` says where to find the names.
    public static func noAccount(_ name: String, hint: Bool = false) -> StoreError {
        StoreError(.notFound, "no account named \(name)" + (hint ? "; `zhizao user list` shows them" : ""))
    }

    /// Throws unless `account` may be given a token: a disabled account gets none.
    public static func checkMayHoldToken(_ account: Account) throws {
        guard !account.disabled else { throw StoreError(.invalid, "\(account.name) is disabled; enable it before making it a token") }
    }

    /// The error for a token id that does not exist.
    public static func noToken(_ id: Int64) -> StoreError { StoreError(.notFound, "no token \(id); `zhizao token list` shows them") }

    /// The ids of `districts`, given by id or name (花都区, 花都, Huadu), among `places`; an editor needs one, other
    /// roles none.
    public static func districtIds(_ districts: [String], role: Role, places: [Place]) throws -> [String] {
        if role == .editor, districts.isEmpty {
            throw StoreError(.invalid, "an editor needs at least one district (--district ID; `zhizao report` lists them)")
        }
        if role != .editor, !districts.isEmpty {
            throw StoreError(.invalid, "only editors are limited to districts; a \(role.rawValue) writes everywhere or nowhere")
        }
        let directory = PlaceDirectory(places: places)
        return try districts.map { text in
            guard let district = directory.place(id: text).flatMap({ $0.kind == .district ? $0 : nil }) ?? directory.district(text)
                ?? directory.district(text + "区")
            else {
                let known = places.filter { $0.kind == .district }.sorted { $0.id < $1.id }.map { "\($0.id) (\($0.name.zh))" }
                throw StoreError(.invalid, "\(text) is not a district; districts are \(known.joined(separator: ", "))")
            }
            return district.id
        }
    }

    /// An account as the audit log shows it: role, districts and whether disabled; never the password hash.
    public static func auditSummary(_ account: Account) -> String {
        struct Summary: Encodable {
            var role: Role
            var districts: [String]
            var disabled: Bool
        }
        return AuditText.json(Summary(role: account.role, districts: account.districts, disabled: account.disabled))
    }
}
