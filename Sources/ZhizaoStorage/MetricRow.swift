import ZhizaoCore

extension Metric {
    /// A `metric` row as both engines store it: descriptions in two columns, synonyms joined by semicolons.
    public init(
        id: String, nameZh: String, nameEn: String?, unit: String, kind: String, topic: String, counts: String?,
        descriptionZh: String?, descriptionEn: String?, synonyms: String?
    ) {
        self.init(
            id: id, name: LocalizedText(zh: nameZh, en: nameEn), unit: unit, kind: MetricKind(rawValue: kind) ?? .flow,
            topic: MetricTopic(rawValue: topic) ?? .clusters, counts: counts.flatMap { DesignationKind(rawValue: $0) },
            description: StoredColumns.optionalText(zh: descriptionZh, en: descriptionEn),
            synonyms: StoredColumns.synonyms(synonyms))
    }

    /// The `metric` table's columns in the order both engines hold them (what an audit entry's after lists).
    public static let columns = [
        "id", "nameZh", "nameEn", "unit", "kind", "topic", "counts", "descriptionZh", "descriptionEn", "synonyms",
    ]
}
