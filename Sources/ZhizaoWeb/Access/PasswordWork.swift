import NIOPosix
import ZhizaoAccess

/// bcrypt, which takes a core for a while on purpose, run on NIO's shared blocking pool rather than on Swift's
/// cooperative threads, so that other requests are answered meanwhile.
enum PasswordWork {
    static func hash(_ password: String) async throws -> String {
        try await NIOThreadPool.singleton.runIfActive { Passwords.hash(password) }
    }

    static func verify(_ password: String, hash: String) async throws -> Bool {
        try await NIOThreadPool.singleton.runIfActive { Passwords.verify(password, hash: hash) }
    }
}
