/// Whether an observation states what happened or what is expected.
///
/// Targets (goals) are not observations: they are ``Target`` records.
public enum ObservationKind: String, Sendable, Codable, CaseIterable {
    /// A figure that happened (实际).
    case actual
    /// A figure expected for a coming period (预计, 有望, 建成后可): never drawn or counted as an actual.
    case forecast

    public var name: LocalizedText {
        switch self {
        case .actual: LocalizedText(zh: "实际", en: "actual")
        case .forecast: LocalizedText(zh: "预计", en: "forecast")
        }
    }
}
