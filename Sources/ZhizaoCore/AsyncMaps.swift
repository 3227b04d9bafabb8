extension Sequence {
    /// `transform`'s non-nil results in order, awaiting each in turn.
    public func asyncCompactMap<T>(_ transform: (Element) async throws -> T?) async rethrows -> [T] {
        var results: [T] = []
        for element in self { if let result = try await transform(element) { results.append(result) } }
        return results
    }
}

extension Optional {
    /// `transform` of the wrapped value, awaited; nil when there is none.
    public func asyncFlatMap<T>(_ transform: (Wrapped) async throws -> T?) async rethrows -> T? {
        guard let value = self else { return nil }
        return try await transform(value)
    }
}
