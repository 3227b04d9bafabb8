import ArgumentParser
import ReportReader
import ZhizaoCore
import ZhizaoStore
import ZhizaoStorage

extension FactKind: ExpressibleByArgument {}
extension MetricTopic: ExpressibleByArgument {}
extension MetricKind: ExpressibleByArgument {}

/// A reviewer's corrections of a fact, shared by `review edit` and `review accept`.
struct FactEditOptions: ParsableArguments {
    @Option(help: "Subject instead of the matched one: a place's or a cluster's name (花都区, 汽车产业集群) or KIND:ID (place:huadu).")
    var subject: String?

    @Option(help: "Metric id instead of the matched one.")
    var metric: String?

    @Option(help: "Holder as it should read (matched again unless --subject is given), e.g. 花都区.")
    var holder: String?

    @Option(help: "Measure as it should read (matched again unless --metric is given), e.g. 规模以上工业增加值.")
    var measure: String?

    @Option(help: "Kind: level, change, share, rank, target (becomes a target) or forecast (a forecast observation).")
    var kind: FactKind?

    @Option(help: "Value in base units (CNY, not 亿元).")
    var value: Double?

    @Option(help: "Period: 2023, 2023-01..2023-09, 2023-01-01..2023-09-30 or 2021..2025.")
    var period: String?

    @Option(name: .customLong("as-of"), help: "Moment a stock is counted at instead of a period, YYYY-MM-DD.")
    var asOf: String?

    func validate() throws {
        if let period, Period(text: period) == nil {
            throw ValidationError("--period \"\(period)\" is not a period; write 2023, 2023-01..2023-09 or 2023-01-01..2023-09-30")
        }
        if let asOf, !Period.isISODate(asOf) { throw ValidationError("--as-of must be YYYY-MM-DD") }
        if period != nil, asOf != nil { throw ValidationError("give --period or --as-of, not both") }
    }

    /// The corrections, `--subject` resolved against `database`'s places and clusters (a name refused in `language`).
    func edit(_ database: any Storage, _ language: Language) async throws -> FactEdit {
        var resolved: Subject?
        if let subject {
            switch try await database.subject(named: subject) {
            case .success(let found): resolved = found
            case .failure(let problem): throw Refusal(problem.text.text(language))
            }
        }
        return FactEdit(
            subject: resolved, metricId: metric, holder: holder, measure: measure, kind: kind, value: value,
            period: period.flatMap(Period.init(text:)) ?? asOf.map(Period.asOf))
    }
}

/// The fields of a metric accepted from a proposal, shared by `metric accept` and `review accept --new-metric`.
struct MetricFieldOptions: ParsableArguments {
    @Option(name: .customLong("name-zh"), help: "Chinese name (default: the proposal's).")
    var nameZh: String?

    @Option(name: .customLong("name-en"), help: "English name, e.g. \"Signed projects\".")
    var nameEn: String?

    @Option(help: "Base unit (default: the proposal's), e.g. 个 or CNY.")
    var unit: String?

    @Option(name: .customLong("metric-kind"), help: "flow, stock, rate or ratio (default: the proposal's).")
    var metricKind: MetricKind?

    @Option(help: "clusters, enterprises, digital or projects (default: the proposal's).")
    var topic: MetricTopic?

    /// Whether any field is given.
    var isGiven: Bool { nameZh != nil || nameEn != nil || unit != nil || metricKind != nil || topic != nil }

    func acceptance(id: String?) -> MetricAcceptance {
        MetricAcceptance(id: id, nameZh: nameZh, nameEn: nameEn, unit: unit, kind: metricKind, topic: topic)
    }
}
