import ZhizaoCore

/// Random secrets (session ids, CSRF tokens, API tokens) and their stored form. Only a secret's SHA-256 is kept,
/// so a copy of the database gives no one a working session or token.
public enum Secrets {
    /// 32 random bytes as 64 hex digits, from the system's cryptographic generator, after `prefix`.
    public static func make(prefix: String = "") -> String {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<32).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
        return prefix + bytes.map { ($0 < 16 ? "0" : "") + String($0, radix: 16) }.joined()
    }

    /// An API token: `zz_` and 64 hex digits, so that scanners can spot leaked ones.
    public static func apiToken() -> String { make(prefix: tokenPrefix) }

    public static let tokenPrefix = "zz_"

    /// What the database keeps of a secret.
    public static func stored(_ secret: String) -> String { SHA256.hex(Array(secret.utf8)) }

    /// Compares two secrets in time that does not depend on where they differ.
    public static func equal(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8), y = Array(b.utf8)
        guard x.count == y.count else { return false }
        return zip(x, y).reduce(UInt8(0)) { $0 | ($1.0 ^ $1.1) } == 0
    }
}
