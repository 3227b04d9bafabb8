import ZhizaoCore

/// Who is asking: a signed-in account, through a session or an API token, or no one.
public struct Principal: Sendable, Hashable {
    public var account: Account
    /// The token's scope when the request came with one; nil for a browser session, which has the role's rights.
    public var tokenScope: TokenScope?

    public init(account: Account, tokenScope: TokenScope? = nil) {
        self.account = account
        self.tokenScope = tokenScope
    }
}

/// What a request or command needs.
public enum Need: Sendable, Hashable {
    /// Reading the dashboard and the API.
    case read
    /// Writing data about records in a district (nil: data not tied to one, such as a city-wide report).
    case write(district: String?)
    /// Writing data somewhere: an editor of some district or more (the record's district is checked next).
    case writeSome
    /// Writing data anywhere (imports of the whole registry, metrics).
    case writeAny
    /// Users, tokens, the audit log.
    case admin
}

/// The rules of who may do what, in one place, so that the routes, the pages' buttons and the tests agree.
public enum AccessPolicy {
    /// Whether `principal` (nil: nobody signed in) may do what `need` asks. `readNeedsLogin` is the server's
    /// switch for private dashboards.
    public static func allows(_ principal: Principal?, _ need: Need, readNeedsLogin: Bool = false) -> Bool {
        guard let principal, !principal.account.disabled else { return need == .read && !readNeedsLogin }
        let account = principal.account
        if need == .read { return true }
        if principal.tokenScope == .read { return false }
        switch need {
        case .read: return true
        case .admin: return account.role == .admin
        case .writeAny: return account.role >= .analyst
        case .writeSome: return account.role >= .analyst || account.role == .editor && !account.districts.isEmpty
        case .write(let district):
            if account.role >= .analyst { return true }
            guard account.role == .editor, let district else { return false }
            return account.districts.contains(district)
        }
    }
}
