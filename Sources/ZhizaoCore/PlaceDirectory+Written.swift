/// Districts as addresses write them: with the city in front (广州市花都区), as well as the spellings
/// ``PlaceDirectory/district(_:)`` knows (花都区, 花都, huadu).
extension PlaceDirectory {
    /// The district `text` names, also when it starts with the name of the city (or any place) above it.
    public func district(written text: String) -> Place? {
        if let district = district(text) { return district }
        let key = text.trimmingWhitespace()
        for place in places where place.kind == .district {
            guard let parent = place.parentId.flatMap({ self.place(id: $0) }), key.hasPrefix(parent.name.zh) else { continue }
            if district(String(key.dropFirst(parent.name.zh.count)))?.id == place.id { return place }
        }
        return nil
    }
}
