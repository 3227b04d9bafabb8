import ZhizaoCore

/// Reports written in traditional characters (繁體) are read as simplified ones: every word the reader knows is
/// written in simplified form. The table is Core's `TraditionalScript`; the reader tests scalars against it in
/// one load.
extension TraditionalScript {
    static let traditional = ScalarSet(table.keys.compactMap(Unicode.Scalar.init))

    /// Whether text reads as traditional: `hits` of its `count` scalars have a simplified form, and that is more
    /// than one in fifty (and at least four). Simplified text has almost none (著 and a few others are both).
    static func isTraditional(hits: Int, of count: Int) -> Bool {
        hits >= 4 && hits * 50 >= count
    }
}
