extension AccessTableTests {
    /// The browser's routes for imports and review.
    static let importAndReviewPages: [String: Entry] = [:]
}
