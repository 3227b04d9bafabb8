/// The error of type `E` that `body` throws, nil when it throws none or another: for the contract tests that check a
/// refusal's code and message on every engine.
func thrownError<E: Error>(_ type: E.Type, _ body: () async throws -> some Any) async -> E? {
    do {
        _ = try await body()
        return nil
    } catch {
        return error as? E
    }
}
