import ZhizaoCore

/// The districts an import may write to: an editor's. Rows about anything else are located problems, so an
/// editor's file is refused as a whole rather than written in part.
public struct WriteScope: Sendable {
    public var districts: Set<String>
    public var places: PlaceDirectory

    public init(districts: Set<String>, places: PlaceDirectory) {
        self.districts = districts
        self.places = places
    }

    /// Whether a record at `placeId` (a district, or a park or zone in one) may be written.
    public func allows(placeId: String?) -> Bool {
        guard let placeId, let district = places.district(of: placeId) else { return false }
        return districts.contains(district.id)
    }

    /// Whether an observation about `subject` may be written: an editor's are about places of their districts.
    public func allows(subject: Subject) -> Bool {
        if case .place(let id) = subject { return allows(placeId: id) }
        return false
    }

    /// Why a row at `placeId` is refused.
    public var refusal: String {
        "lies outside your districts (\(districts.sorted().compactMap { places.place(id: $0)?.name.zh }.joined(separator: "、"))); "
            + "an editor imports rows of their own districts only"
    }

    /// Why a row at `placeId` is refused, in Chinese.
    public var refusalChinese: String {
        "不在您负责的区（\(districts.sorted().compactMap { places.place(id: $0)?.name.zh }.joined(separator: "、"))）内；"
            + "区级编辑只能导入本区的数据，请删去此行或请分析员导入"
    }
}
