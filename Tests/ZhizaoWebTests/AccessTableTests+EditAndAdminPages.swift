extension AccessTableTests {
    /// The browser's routes for edits, accounts, tokens and the audit log.
    static let editAndAdminPages: [String: Entry] = [:]
}
