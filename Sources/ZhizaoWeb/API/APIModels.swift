import ReportReader
import ZhizaoAnalytics
import ZhizaoCore
import ZhizaoStorage

/// The JSON the API returns, field by field as `openapi.json` documents it. Figures carry their value in base
/// units (exact) and a display text as people read it.
enum API {
    struct Text: Encodable {
        var zh: String
        var en: String?
        init(_ t: LocalizedText) { zh = t.zh; en = t.en }
    }

    struct Figure: Encodable {
        var value: Double
        var unit: String
        var qualifier: String
        var stated: String?
        var display: Text
        init(_ q: Quantity, unit: String) {
            value = q.value
            self.unit = unit
            qualifier = q.qualifier.rawValue
            stated = q.stated
            display = Text(LocalizedText(
                zh: ChineseNumberFormat.format(q.value, unit: unit, qualifier: q.qualifier, language: .zh),
                en: ChineseNumberFormat.format(q.value, unit: unit, qualifier: q.qualifier, language: .en)))
        }
    }

    struct PeriodJSON: Encodable {
        var start: String?
        var end: String?
        var asOf: String?
        var label: Text
        init(_ p: Period) {
            start = p.start; end = p.end; asOf = p.asOf
            label = Text(LocalizedText(zh: p.label(.zh), en: p.label(.en)))
        }
    }

    struct RankJSON: Encodable {
        var position: Int
        var scope: String
    }

    struct ObservationJSON: Encodable {
        var id: String
        var subject: String
        var metric: String
        var figure: Figure?
        var period: PeriodJSON
        /// "actual" or "forecast".
        var kind: String
        /// True for an actual from 1 January to before year end (1–9月): not an annual figure.
        var yearToDate: Bool
        var rank: RankJSON?
        var source: String
        var quote: String?
        var note: String?
        init(_ o: Observation, unit: String) {
            id = o.id; subject = o.subject.description; metric = o.metricId
            figure = o.quantity.map { Figure($0, unit: unit) }
            period = PeriodJSON(o.period)
            kind = o.kind.rawValue; yearToDate = o.isYearToDate
            rank = o.rank.map { RankJSON(position: $0.position, scope: $0.scope) }
            source = o.sourceId; quote = o.quote; note = o.note
        }
    }

    struct ClusterJSON: Encodable {
        var id: String
        var name: Text
        var scope: String
        var place: String
        var parent: String?
        init(_ c: Cluster) { id = c.id; name = Text(c.name); scope = c.scope.rawValue; place = c.placeId; parent = c.parentId }
    }

    /// A cluster in the list: the cluster, its latest figure (output where there is one) and its tier.
    struct ClusterSummaryJSON: Encodable {
        var id: String
        var name: Text
        var scope: String
        var place: String
        var parent: String?
        var latest: ObservationJSON?
        var tier: TierJSON?
    }

    struct TierJSON: Encodable {
        var tier: String?
        var certain: Bool
        var name: Text?
        init(_ a: TierAssessment) { tier = a.tier?.rawValue; certain = a.isCertain; name = a.tier.map { Text($0.name) } }
    }

    struct TargetJSON: Encodable {
        var id: String
        var programme: String?
        var subject: String
        var metric: String
        var figure: Figure?
        var tier: String?
        var goal: Double?
        var deadline: Int?
        var description: Text
        var source: String
        init(_ t: Target, unit: String) {
            id = t.id; programme = t.programmeId; subject = t.subject.description; metric = t.metricId
            figure = t.quantity.map { Figure($0, unit: unit) }
            tier = t.tier?.rawValue; goal = t.goal; deadline = t.deadline; description = Text(t.description); source = t.sourceId
        }
    }

    struct ClusterLineJSON: Encodable {
        var cluster: ClusterJSON
        var headline: ObservationJSON?
        /// The latest annual actual output, which the tier and progress count.
        var annualOutput: ObservationJSON?
        /// A later year-to-date output, shown but never counted as annual.
        var yearToDate: ObservationJSON?
        var tier: TierJSON?
        var target: TargetJSON?
        var progress: Double?
        var progressIsApproximate: Bool
    }

    struct TierCountJSON: Encodable {
        var target: TargetJSON
        var reaching: [String]
        var approximate: Int
    }

    struct RegistryJSON: Encodable {
        var enterprises: Int
        var synthetic: Int
        var designations: [String: Int]
    }

    struct OverviewJSON: Encodable {
        var city: String?
        var programme: String?
        var clusters: [ClusterLineJSON]
        var tierCounts: [TierCountJSON]
        var ladder: [ObservationJSON]
        var digital: [ObservationJSON]
        var registry: RegistryJSON
    }

    struct RevenueJSON: Encodable {
        var year: Int
        var amountCNY: Double
    }

    struct DesignationJSON: Encodable {
        var kind: String
        var name: Text
        var year: Int?
        var level: String?
    }

    struct EnterpriseJSON: Encodable {
        var uscc: String?
        var slug: String?
        var name: Text
        var district: String?
        var park: String?
        var industryCode: String?
        var industryName: String?
        var founded: Int?
        var employees: Int?
        var revenue: [RevenueJSON]
        var designations: [DesignationJSON]
        var synthetic: Bool
        var source: String?
        var businessScope: String?
        init(_ e: Enterprise) {
            uscc = e.uscc; slug = e.slug; name = Text(e.name); district = e.districtId; park = e.parkId
            industryCode = e.industryCode
            industryName = e.industryCode.flatMap { IndustryClassification.gbt4754_2017.entry($0)?.name }
            founded = e.founded; employees = e.employees
            revenue = e.revenue.keys.sorted().map { RevenueJSON(year: $0, amountCNY: e.revenue[$0]!) }
            designations = e.designations.map {
                DesignationJSON(kind: $0.kind.rawValue, name: Text($0.kind.name), year: $0.year, level: $0.level?.rawValue)
            }
            synthetic = e.synthetic; source = e.sourceId; businessScope = e.businessScope
        }
    }

    struct EnterprisePageJSON: Encodable {
        var items: [EnterpriseJSON]
        var page: Int
        var perPage: Int
        var matching: Int
        var countCapped: Bool
        var hasMore: Bool
    }

    struct EnterpriseDetailJSON: Encodable {
        var enterprise: EnterpriseJSON
        var projects: [String]
        /// The chain links the classifier puts the firm on.
        var chainLinks: [ChainLinkJSON]
    }

    struct PhaseJSON: Encodable {
        var number: Int?
        var status: String?
        var since: String?
        var plannedEnd: String?
    }

    struct ProjectJSON: Encodable {
        var id: String
        var name: Text
        var kind: String
        var status: String?
        var place: String?
        var cluster: String?
        var investors: [String]
        var phases: [PhaseJSON]
        var investment: Figure?
        var listings: [String]
        var scope: Text?
        var source: String?
        init(_ p: Project) {
            id = p.id; name = Text(p.name); kind = p.kind.rawValue; status = p.status?.rawValue; place = p.placeId
            cluster = p.clusterId; investors = p.investorIds
            phases = p.phases.map { PhaseJSON(number: $0.number, status: $0.status?.rawValue, since: $0.since, plannedEnd: $0.plannedEnd) }
            investment = p.investment.map { Figure($0, unit: "CNY") }
            listings = p.listings; scope = p.scope.map(Text.init); source = p.sourceId
        }
    }

    struct PlaceJSON: Encodable {
        var id: String
        var parent: String?
        var kind: String
        var name: Text
        var layoutRole: String?
        var parkTier: String?
        var level: String?
        init(_ p: Place) {
            id = p.id; parent = p.parentId; kind = p.kind.rawValue; name = Text(p.name)
            layoutRole = p.layoutRole?.rawValue; parkTier = p.parkTier?.rawValue; level = p.level
        }
    }

    struct MetricJSON: Encodable {
        var id: String
        var name: Text
        var unit: String
        var kind: String
        var topic: String
        var counts: String?
        init(_ m: Metric) {
            id = m.id; name = Text(m.name); unit = m.unit; kind = m.kind.rawValue; topic = m.topic.rawValue; counts = m.counts?.rawValue
        }
    }

    struct SourceJSON: Encodable {
        var id: String
        var title: Text
        var publisher: String?
        var published: String?
        var url: String?
        var note: String?
        init(_ s: Source) { id = s.id; title = Text(s.title); publisher = s.publisher; published = s.published; url = s.url; note = s.note }
    }

    struct StatementJSON: Encodable {
        var id: String
        var subject: String
        var kind: String
        var text: Text
        var source: String
        init(_ s: ZhizaoCore.Statement) { id = s.id; subject = s.subject.description; kind = s.kind.rawValue; text = Text(s.text); source = s.sourceId }
    }

    struct ClusterDetailJSON: Encodable {
        var cluster: ClusterJSON
        var observations: [ObservationJSON]
        var targets: [TargetJSON]
        var statements: [StatementJSON]
        var projects: [ProjectJSON]
    }

    struct ChainNodeJSON: Encodable {
        var id: String
        var name: Text
        var stage: String
        var weight: Double
        var classes: [String]
        var strength: String
        var firms: Int
        var revenueCNY: Double
        var designated: Int
        var tagged: [String]
    }

    struct ChainJSON: Encodable {
        var chain: String
        var name: Text
        var cluster: String
        var place: String?
        var completeness: Double
        var nodes: [ChainNodeJSON]
        var gaps: [String]
        var leaders: [String]
        var projects: [String: [String]]
    }

    struct CandidateJSON: Encodable {
        var ref: String
        var name: Text
        var district: String?
        var year: Int
        var revenueCNY: Double
        var growth: Double
        var projectedCNY: Double
        var reason: Text
    }

    struct PipelineJSON: Encodable {
        var line: Double
        var aboveScale: Int
        var ladder: [String: Int]
        var candidates: [CandidateJSON]
    }

    struct FindingJSON: Encodable {
        var severity: String
        var check: String
        var message: Text
        var observations: [String]
        var sources: [String]
    }

    struct DocumentJSON: Encodable {
        var id: Int64
        var source: String
        var title: String
        var date: String?
        /// SHA-256 of the text.
        var sha256: String?
        init(_ d: Document) { id = d.id; source = d.sourceId; title = d.title; date = d.date; sha256 = d.contentHash }
    }

    struct ProposalJSON: Encodable {
        var id: Int64
        var name: String
        var unit: String
        var kind: String
        var topic: String
        var suggestedId: String?
        var growthOf: String?
        var status: String
        var metric: String?
        init(_ p: MetricProposal) {
            id = p.id; name = p.metric.nameZh; unit = p.metric.unit; kind = p.metric.kind.rawValue; topic = p.metric.topic.rawValue
            suggestedId = p.metric.suggestedId; growthOf = p.metric.growthOf; status = p.status.rawValue; metric = p.metricId
        }
    }

    struct PendingFactJSON: Encodable {
        var id: Int64
        var value: Double
        var unit: String
        var qualifier: String
        var direction: String?
        var holder: String?
        var holderWritten: String?
        var measure: String?
        var kind: String
        var kindName: Text
        var basis: String?
        var period: PeriodJSON?
        var quote: String
        var span: [Int]
        var occurrences: Int
        /// Every statement's span, when the document states the fact more than once.
        var spans: [[Int]]?
        var matchedSubject: String?
        var subjectReason: String?
        var matchedMetric: String?
        var metricReason: String?
        var proposal: ProposalJSON?
        var duplicateOf: String?
        var status: String
        var statusName: Text
        var observation: String?
        var target: String?
        init(_ p: PendingFact, proposal: MetricProposal?) {
            let f = p.fact
            id = p.id; value = f.value; unit = f.unit; qualifier = f.qualifier.rawValue; direction = f.direction
            holder = f.holder; holderWritten = f.holderWritten; measure = f.measure; kind = f.kind.rawValue
            kindName = Text(PendingFact.name(of: f.kind)); basis = f.basis; period = f.period.map(PeriodJSON.init); quote = f.quote
            span = [f.span.lowerBound, f.span.upperBound]; occurrences = f.occurrences
            spans = f.spans.count > 1 ? f.spans.map { [$0.lowerBound, $0.upperBound] } : nil
            matchedSubject = p.subject?.description; subjectReason = p.subjectReason?.rawValue
            matchedMetric = p.metricId; metricReason = p.metricReason?.rawValue; self.proposal = proposal.map(ProposalJSON.init)
            duplicateOf = p.duplicateOf; status = p.status.rawValue; statusName = Text(p.status.name)
            observation = p.observationId; target = p.targetId
        }
    }

    struct DocumentDetailJSON: Encodable {
        var document: DocumentJSON
        var text: String
        var facts: [PendingFactJSON]
    }

    struct Items<Item: Encodable>: Encodable {
        var items: [Item]
    }

    struct ErrorJSON: Encodable {
        struct Body: Encodable {
            var status: Int
            var message: String
            /// The query parameter or path segment whose name named no record, or several.
            var parameter: String? = nil
            /// What it could be: an ambiguous name's candidates, an unknown one's nearest records.
            var suggestions: [NamedJSON]? = nil
        }
        var error: Body
    }

    /// A record offered for a name: its id (a firm's USCC or slug) and its names.
    struct NamedJSON: Encodable {
        var id: String
        var name: Text
    }
}
