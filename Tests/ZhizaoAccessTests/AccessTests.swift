import Foundation
import Testing
import ZhizaoCore

@testable import ZhizaoAccess

@Suite("Passwords, secrets and the access policy")
struct AccessTests {
    @Test("a weak password is refused with a reason", arguments: [
        ("short1", "at least 10"), ("1234567890", "most common"), ("aaaaaaaaaaaa", "most common"),
        ("wanghuaming2024", "name"),
    ])
    func weakPasswords(password: String, reason: String) throws {
        let problem = try #require(Passwords.problem(password, name: "wanghuaming"))
        #expect(problem.contains(reason))
    }

    @Test func aGoodPasswordPassesAndVerifies() {
        #expect(Passwords.problem("花都汽车-2026-春", name: "wang") == nil)
        let hash = Passwords.hash("花都汽车-2026-春", cost: 4)
        #expect(hash.hasPrefix("$2b$04$"))
        #expect(Passwords.verify("花都汽车-2026-春", hash: hash))
        #expect(!Passwords.verify("花都汽车-2026-夏", hash: hash))
    }

    @Test func secretsAreRandomAndStoredAsTheirHash() {
        let a = Secrets.apiToken(), b = Secrets.apiToken()
        #expect(a != b && a.hasPrefix("zz_") && a.count == 67)
        #expect(Secrets.stored(a).count == 64 && Secrets.stored(a) != a)
        #expect(Secrets.equal(a, a) && !Secrets.equal(a, b) && !Secrets.equal(a, "zz_"))
    }

    static func principal(_ role: Role, districts: [String] = [], scope: TokenScope? = nil, disabled: Bool = false) -> Principal {
        Principal(account: Account(id: 1, name: "x", role: role, districts: districts, disabled: disabled, createdAt: ""), tokenScope: scope)
    }

    @Test func whoMayDoWhat() {
        let editor = Self.principal(.editor, districts: ["huadu"])
        // Given each kind of caller, when asking for each need, then only the role's rights are granted.
        #expect(AccessPolicy.allows(nil, .read))
        #expect(!AccessPolicy.allows(nil, .read, readNeedsLogin: true))
        #expect(!AccessPolicy.allows(nil, .write(district: "huadu")))
        #expect(AccessPolicy.allows(Self.principal(.viewer), .read, readNeedsLogin: true))
        #expect(!AccessPolicy.allows(Self.principal(.viewer), .write(district: "huadu")))
        #expect(AccessPolicy.allows(editor, .write(district: "huadu")))
        #expect(!AccessPolicy.allows(editor, .write(district: "panyu")))
        #expect(!AccessPolicy.allows(editor, .write(district: nil)))
        #expect(!AccessPolicy.allows(editor, .writeAny))
        #expect(AccessPolicy.allows(Self.principal(.analyst), .writeAny))
        #expect(!AccessPolicy.allows(Self.principal(.analyst), .admin))
        #expect(AccessPolicy.allows(Self.principal(.admin), .admin))
        #expect(!AccessPolicy.allows(Self.principal(.admin, scope: .read), .writeAny))
        #expect(AccessPolicy.allows(Self.principal(.admin, scope: .write), .admin))
        #expect(!AccessPolicy.allows(Self.principal(.admin, disabled: true), .admin))
        #expect(!AccessPolicy.allows(Self.principal(.admin, disabled: true), .read, readNeedsLogin: true))
    }
}

@Suite("Sign-in throttling")
struct LoginThrottleTests {
    @Test func waitsGrowWithFailuresAndEnd() {
        let now = Date()
        #expect(LoginThrottle.wait(failures: 3, lastFailure: now, now: now) == nil)
        #expect(LoginThrottle.wait(failures: 4, lastFailure: now, now: now) == 15)
        #expect(LoginThrottle.wait(failures: 6, lastFailure: now, now: now) == 60)
        #expect(LoginThrottle.wait(failures: 40, lastFailure: now, now: now) == 900)
        #expect(LoginThrottle.wait(failures: 4, lastFailure: now.addingTimeInterval(-16), now: now) == nil)
    }
}
