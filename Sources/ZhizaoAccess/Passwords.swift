import HummingbirdBcrypt
import ZhizaoCore

/// Passwords: the rules a new one must meet, and bcrypt hashing. Hashing and verifying are slow on purpose;
/// callers on an async executor run them on a thread pool.
public enum Passwords {
    /// The shortest password accepted.
    public static let minimumLength = 10

    /// bcrypt's cost (log₂ of its rounds), chosen so that a sign-in takes well under 300 ms on a 2-core server
    /// (measured in docs/PERFORMANCE.md, "Accounts (issue 10)").
    public static let cost: UInt8 = 11

    /// Why a password may not be used.
    public enum Problem: Sendable, Hashable {
        case tooShort(count: Int)
        case containsName
        case common

        /// What to tell the person choosing it, in Chinese and English.
        public var text: LocalizedText {
            switch self {
            case .tooShort(let count):
                LocalizedText(
                    zh: "密码至少需要\(Passwords.minimumLength)个字符（当前为\(count)个）。",
                    en: "a password needs at least \(Passwords.minimumLength) characters (this one has \(count))")
            case .containsName: LocalizedText(zh: "密码不得包含用户名。", en: "a password must not contain the account's name")
            case .common:
                LocalizedText(zh: "该密码属于最常见的密码，请另选一个。", en: "this password is among the most common ones; choose another")
            }
        }
    }

    /// The rules a new password must meet, as a sign-up form shows them.
    public static let rules = LocalizedText(
        zh: "至少\(minimumLength)个字符；不得包含用户名；不得使用常见密码。",
        en: "At least \(minimumLength) characters; not containing the account's name; not a common password.")

    /// Why `password` may not be used, or nil when it may. `name` is the account's, which a password must not be.
    public static func check(_ password: String, name: String) -> Problem? {
        if password.count < minimumLength { return .tooShort(count: password.count) }
        let lowered = password.lowercased()
        if lowered == name.lowercased() || lowered.contains(name.lowercased()) && name.count >= 4 { return .containsName }
        if common.contains(lowered) || Set(lowered).count <= 2 { return .common }
        return nil
    }

    /// ``check(_:name:)``'s answer in English, as the command line says it.
    public static func problem(_ password: String, name: String) -> String? {
        check(password, name: name)?.text.en
    }

    public static func hash(_ password: String, cost: UInt8 = cost) -> String {
        Bcrypt.hash(password, cost: cost)
    }

    public static func verify(_ password: String, hash: String) -> Bool {
        Bcrypt.verify(password, hash: hash)
    }

    /// Long passwords seen most often in leaked lists (the top of the public "10k most common" lists, those of ten
    /// or more characters), and the ones a Chinese office is likely to pick.
    static let common: Set<String> = [
        "1234567890", "0123456789", "12345678910", "1111111111", "123456789a", "1234567890a", "qwertyuiop",
        "1q2w3e4r5t", "1qaz2wsx3edc", "qwerty1234", "password12", "password123", "password1234", "passw0rd123",
        "iloveyou12", "abc1234567", "abcd123456", "a123456789", "aa12345678", "admin12345", "admin123456",
        "administrator", "changeme123", "welcome123", "letmein123", "football12", "baseball12", "sunshine12",
        "princess12", "dragon1234", "master1234", "superman12", "zxcvbnm123", "asdfghjkl1", "1q2w3e4r5t6y",
        "woaini1314", "woaini520", "5201314520", "1314520520", "woaini123456", "zhizao12345", "zhizao123456",
        "guangzhou123", "guangzhou2020", "huawei12345", "p@ssw0rd123", "qazwsxedc123", "qq123456789",
    ]
}
