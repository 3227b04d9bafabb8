import ZhizaoCore

extension Actor {
    /// Who writes in tests.
    static let test = Actor.local("test", via: "test")
}
