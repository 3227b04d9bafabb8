import GRDB
import ZhizaoCore
import ZhizaoStorage

/// Domain values from database rows.
enum Rows {
    static func text(_ row: Row, _ zh: String, _ en: String) -> LocalizedText {
        LocalizedText(zh: row[zh], en: row[en])
    }

    static func quantity(_ row: Row, value: String, qualifier: String, stated: String) -> Quantity? {
        StoredColumns.quantity(value: row[value], qualifier: row[qualifier], stated: row[stated])
    }

    static func source(_ row: Row) -> Source {
        Source(
            id: row["id"], title: text(row, "titleZh", "titleEn"), publisher: row["publisher"],
            published: row["published"], url: row["url"], note: row["note"])
    }

    static func place(_ row: Row) -> Place {
        Place(
            id: row["id"], parentId: row["parentId"], kind: PlaceKind(rawValue: row["kind"]) ?? .park,
            name: text(row, "nameZh", "nameEn"), layoutRole: (row["layoutRole"] as String?).flatMap(LayoutRole.init),
            parkTier: (row["parkTier"] as String?).flatMap(ParkTier.init), level: row["level"],
            sourceId: row["sourceId"])
    }

    static func cluster(_ row: Row) -> Cluster {
        Cluster(
            id: row["id"], name: text(row, "nameZh", "nameEn"), scope: ClusterScope(rawValue: row["scope"]) ?? .city,
            placeId: row["placeId"], parentId: row["parentId"], sourceId: row["sourceId"])
    }

    static func metric(_ row: Row) -> Metric {
        Metric(
            id: row["id"], nameZh: row["nameZh"], nameEn: row["nameEn"], unit: row["unit"], kind: row["kind"], topic: row["topic"],
            counts: row["counts"], descriptionZh: row["descriptionZh"], descriptionEn: row["descriptionEn"], synonyms: row["synonyms"])
    }

    /// An enterprise row, without its designations.
    static func enterprise(_ row: Row) -> Enterprise {
        let revenue = (row["revenueHistory"] as String?).flatMap(RevenueHistory.decode) ?? [:]
        return Enterprise(
            uscc: row["uscc"], slug: row["slug"], name: text(row, "nameZh", "nameEn"), districtId: row["districtId"],
            parkId: row["parkId"], industryCode: row["industryCode"], founded: row["founded"],
            employees: row["employees"], revenue: revenue, synthetic: row["synthetic"], sourceId: row["sourceId"],
            businessScope: row["businessScope"])
    }

    static func observation(_ row: Row) -> Observation {
        Observation(
            id: row["id"], subject: SubjectColumns.subject(row), metricId: row["metricId"],
            quantity: quantity(row, value: "value", qualifier: "qualifier", stated: "stated"),
            period: Period(start: row["periodStart"], end: row["periodEnd"], asOf: row["asOf"]),
            kind: ObservationKind(rawValue: row["kind"]) ?? .actual,
            rank: StoredColumns.rank(position: row["rankPosition"], scope: row["rankScope"]),
            sourceId: row["sourceId"], quote: row["quote"], note: row["note"])
    }

    static func target(_ row: Row) -> Target {
        Target(
            id: row["id"], programmeId: row["programmeId"], subject: SubjectColumns.subject(row),
            metricId: row["metricId"], quantity: quantity(row, value: "value", qualifier: "qualifier", stated: "stated"),
            tier: (row["tier"] as String?).flatMap(OutputTier.init), deadline: row["deadline"],
            description: text(row, "descriptionZh", "descriptionEn"), sourceId: row["sourceId"])
    }

    static func statement(_ row: Row) -> ZhizaoCore.Statement {
        ZhizaoCore.Statement(
            id: row["id"], subject: SubjectColumns.subject(row), kind: StatementKind(rawValue: row["kind"]) ?? .focus,
            text: text(row, "textZh", "textEn"), sourceId: row["sourceId"])
    }
}
