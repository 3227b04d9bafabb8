import Foundation
import ReportReader
import ZhizaoAnalytics
import ZhizaoCore
import ZhizaoInterchange

// The storage interface the web and the command line use: intent-named async operations with no engine's types in
// them, grouped by concern. ``SQLiteStorage`` implements it over ``AppDatabase`` (GRDB); a PostgreSQL engine is
// the second implementation (issue 13). Defaults such as a list's length are the caller's to give.

/// Every storage operation.
public typealias Storage = RecordStore & RegistryStore & ReviewStore & AccountStore & AnalysisStore

/// Accounts, sessions, failed sign-ins, API tokens and the audit log.
public protocol AccountStore: Sendable {
    func addAccount(name: String, role: Role, districts: [String], passwordHash: String, by actor: Actor) async throws -> Account
    func accounts() async throws -> [Account]
    /// The account named `name` (any case) with its password hash, for signing in.
    func credentials(name: String) async throws -> (account: Account, passwordHash: String)?
    /// Whether an enabled admin exists: a server open to the network needs one.
    func hasAdmin() async throws -> Bool
    /// Sets an account's password and signs it out everywhere, except in the session whose id hashes to
    /// `keepingSession` (the browser in which its owner changed it).
    func setPassword(name: String, passwordHash: String, keepingSession: String?, by actor: Actor) async throws
    /// Disables (or enables again) an account; a disabled one is signed out and its tokens stop working.
    func setDisabled(name: String, _ disabled: Bool, by actor: Actor) async throws
    /// Changes an account's role and districts.
    func setRole(name: String, role: Role, districts: [String], by actor: Actor) async throws
    /// Starts a session for `account` (its id and CSRF token already made) and records the sign-in.
    func startSession(idHash: String, csrf: String, account: Account, by actor: Actor) async throws
    func session(idHash: String) async throws -> SessionRecord?
    /// Notes that a session was used now (the idle expiry counts from here).
    func touchSession(idHash: String) async throws
    /// Ends a session; with `actor`, records the sign-out.
    func endSession(idHash: String, by actor: Actor?) async throws
    /// Removes sessions idle since `idleSince` or started before `startedBefore`.
    func removeExpiredSessions(idleSince: Date, startedBefore: Date) async throws
    /// Records a failed sign-in for the name tried.
    func recordFailedLogin(name: String, by actor: Actor) async throws
    /// Failed sign-ins since `since` for the account `name` and from `address`, with the time of the last one.
    func failedLogins(name: String, address: String?, since: Date) async throws -> (account: Int, address: Int, last: Date?)
    /// Adds a token for the account `name`; `secretHash` is `Secrets.stored` of the secret the caller shows once.
    func createToken(accountName name: String, secretHash: String, scope: TokenScope, expiresAt: Date?, by actor: Actor) async throws -> APIToken
    /// Tokens, newest first; of one account when `accountName` is given.
    func tokens(accountName: String?) async throws -> [APIToken]
    /// Revokes a token; it stops working at once.
    func revokeToken(id: Int64, by actor: Actor) async throws
    /// The live token whose secret hashes to `secretHash`, with its account: nil when unknown, revoked or expired.
    func token(secretHash: String, at now: Date) async throws -> (token: APIToken, account: Account)?
    /// Notes that a token was used now.
    func touchToken(id: Int64) async throws
    /// Entries matching `query`, newest first.
    func auditEntries(_ query: AuditQuery) async throws -> [AuditEntry]
}

/// The programme's records: places, clusters, metrics, observations, targets, projects and the overview.
public protocol RecordStore: Sendable {
    /// The programme's records and the registry's counts, read in one transaction.
    func programmeRecords() async throws -> ProgrammeRecords
    func sources() async throws -> [Source]
    func places() async throws -> [Place]
    func clusters() async throws -> [Cluster]
    func metrics() async throws -> [Metric]
    /// Observations, optionally only of one subject and/or metric, in the order they were recorded.
    func observations(subject: Subject?, metricId: String?) async throws -> [Observation]
    func targets() async throws -> [Target]
    func statements() async throws -> [ZhizaoCore.Statement]
    func programmes() async throws -> [Programme]
    func futureIndustries() async throws -> [FutureIndustry]
    /// Projects with their investors (by slug or USCC), phases and listings.
    func projects() async throws -> [Project]
    /// The enterprise with this slug or USCC, with its revenue history and designations.
    func enterprise(ref: String) async throws -> Enterprise?
    func enterpriseCount() async throws -> Int
    /// The programme's overview computed from the database's records.
    func overview() async throws -> ProgrammeOverview
    func registryCounts() async throws -> RegistryCounts
    /// The registry's counts and revenue per district id (districts without firms are absent), read from the
    /// `(districtId, revenueCNY)` index and the designation table.
    func registryByDistrict() async throws -> [String: DistrictRegistry]
    /// The boundaries maps draw at `level`: the imported ones when the database holds any at that level, otherwise
    /// the shipped ones.
    func boundaries(_ level: Boundary.Level) async throws -> [Boundary]
    /// Whether the boundaries at `level` were imported rather than shipped.
    func hasImportedBoundaries(_ level: Boundary.Level) async throws -> Bool
    func importBoundaries(geoJSON data: Data, file: String, level: Boundary.Level, by actor: Actor) async throws -> Int
}

/// The enterprise registry and the projects: reads, searches, imports, edits and exports.
public protocol RegistryStore: Sendable {
    /// The enterprises matching `query`, sorted and paged. Fast on a million rows for the indexed paths:
    /// name search (FTS5 trigram), a district's firms by revenue, an industry, a designation.
    func enterprises(_ query: EnterpriseQuery) async throws -> RegistryPage
    /// Every enterprise matching `query`'s search and filters in its order, up to `limit`, ignoring its page: the
    /// list a page shows, for a download.
    func enterprises(matching query: EnterpriseQuery, limit: Int) async throws -> [Enterprise]
    /// Projects that list the enterprise (by slug or USCC) among their investors.
    func projects(investor ref: String) async throws -> [Project]
    /// Enterprises whose Chinese or English name contains every word of `query`, by id.
    func searchEnterprises(_ query: String, limit: Int) async throws -> [NameMatch]
    /// The enterprises named exactly `name` (in simplified or traditional script), at most `limit`.
    func enterprises(named name: String, limit: Int) async throws -> [NameMatch]
    /// Projects and places whose name contains `query`.
    func searchProjectsAndPlaces(_ query: String, limit: Int) async throws -> [NameMatch]
    /// Enterprises `text` may mean: the code itself in capitals and the codes one typo away
    /// (``USCC/nearCodes(_:)``) for an 18-character text; else firms whose name contains it; else, for a name
    /// with a typo, firms whose name contains its first or its second half, those sharing most of its characters
    /// first.
    func enterpriseCandidates(for text: String, limit: Int) async throws -> [NameMatch]
    func enterpriseVersion(ref: String) async throws -> Int?
    func projectVersion(id: String) async throws -> Int?
    func editEnterprise(ref: String, version: Int, districtId: String?, parkId: String?, designations: [Designation], businessScope: String?, by actor: Actor) async throws -> Enterprise
    func editProject(id: String, version: Int, phases: [ProjectPhase], by actor: Actor) async throws -> Project
    /// Deletes an enterprise, with its observations and designations; one that invests in a project is kept
    /// (merge it instead, or take it off the project).
    func deleteEnterprise(ref: String, version: Int, reason: String, by actor: Actor) async throws
    /// Deletes a project with its phases, investors and observations.
    func deleteProject(id: String, version: Int, reason: String, by actor: Actor) async throws
    func mergeEnterprise(_ from: String, into: String, versions: (from: Int, into: Int), by actor: Actor) async throws -> Enterprise
    /// The district of what `subject` names: a place's own district, a cluster's or project's place's, an
    /// enterprise's; nil for the city and for what has no place.
    func district(of subject: Subject) async throws -> String?
    /// Validates a file of `kind` against the database without writing anything; returns the number of rows.
    /// `actor`, when given, limits the rows as its import would be (an editor's to their districts).
    /// `progress` is told the rows read.
    func check(_ kind: ImportKind, csv bytes: [UInt8], file: String, sheet: String?, as actor: Actor?, progress: ImportProgress?) async throws -> Int
    /// Validates like ``check(_:csv:file:sheet:as:progress:)`` and returns the rows with the notes on values read as
    /// meant.
    func checkReading(_ kind: ImportKind, csv bytes: [UInt8], file: String, sheet: String?, as actor: Actor?, progress: ImportProgress?) async throws -> TableReading
    /// Imports a file of `kind`; `progress` is told the rows written.
    func `import`(_ kind: ImportKind, csv bytes: [UInt8], file: String, sheet: String?, by actor: Actor, progress: ImportProgress?) async throws -> ImportSummary
    /// Imports enterprises: the file is read and checked on one thread while another writes the database.
    /// A large import into a smaller registry drops the secondary indexes and builds them again at the end,
    /// which is faster than keeping them row by row; all of it happens inside the one transaction.
    func importEnterprises(csv bytes: [UInt8], file: String, sheet: String?, by actor: Actor, progress: ImportProgress?) async throws -> ImportSummary
    func importProjects(csv bytes: [UInt8], file: String, sheet: String?, by actor: Actor, progress: ImportProgress?) async throws -> ImportSummary
    func importObservations(csv bytes: [UInt8], file: String, sheet: String?, by actor: Actor, progress: ImportProgress?) async throws -> ImportSummary
    /// The registry: enterprises with a USCC. Firms the dataset knows only by name (no source gives their
    /// USCC) cannot be imported, so they are not exported. `excel` writes CSV as Excel on Chinese Windows reads it:
    /// a UTF-8 byte-order mark and CRLF line ends.
    func exportEnterprises(_ format: ExportFormat, excel: Bool, to write: @escaping @Sendable (String) -> Void) async throws
    func exportProjects(_ format: ExportFormat, excel: Bool, to write: @escaping @Sendable (String) -> Void) async throws
    func exportObservations(_ format: ExportFormat, excel: Bool, to write: @escaping @Sendable (String) -> Void) async throws
    /// Writes `kind` as an `.xlsx` workbook at `url`: one sheet with the Chinese headings of the import format,
    /// which import reads back.
    func exportWorkbook(_ kind: ImportKind, to url: URL) async throws
}

/// Documents read by the reader, the facts pending review, and the metrics reviewers propose.
public protocol ReviewStore: Sendable {
    /// The places, clusters, firms known by name only and metrics that facts are filed under, in one read.
    func filingCatalogue() async throws -> FilingCatalogue
    /// Stores a read document as a source and a document, its facts pending review, unless a document already
    /// holds the same text (same SHA-256): then nothing is stored.
    func store(_ document: ReadDocument, by actor: Actor) async throws -> IngestOutcome
    /// The document holding text with this SHA-256, if any.
    func document(contentHash: String) async throws -> Int64?
    func documents() async throws -> [Document]
    func document(id: Int64) async throws -> Document?
    /// Pending facts (or those with `status`, all with nil), optionally of one document, each with the
    /// observation it would repeat.
    func pendingFacts(documentId: Int64?, status: PendingFact.Status?) async throws -> [PendingFact]
    func pendingFact(id: Int64) async throws -> PendingFact?
    /// The pending facts of a document the reviewer may accept as they stand: matched to a subject and a
    /// metric, and not already in the record.
    func confidentFacts(documentId: Int64) async throws -> [PendingFact]
    func edit(pendingFact id: Int64, _ edit: FactEdit, by actor: Actor) async throws -> PendingFact
    /// Accepts a pending fact, with the reviewer's corrections, and, when `newMetric` is given, its proposed metric
    /// first. A goal becomes a target, an expectation a forecast observation, anything else an actual observation
    /// that keeps its period (a part-year stays part-year), quote and span.
    func accept(pendingFact id: Int64, edit: FactEdit, newMetric: MetricAcceptance?, by actor: Actor) async throws -> AcceptedRecord
    func reject(pendingFact id: Int64, by actor: Actor) async throws
    /// Proposals (those with `status`, all with nil), each with the number of pending facts waiting for it.
    func metricProposals(status: PendingFact.Status?) async throws -> [MetricProposal]
    /// The proposals made for the facts of document `documentId`, by number.
    func metricProposals(documentId: Int64) async throws -> [Int64: MetricProposal]
    /// Accepts proposal `id` as a metric with the reviewer's fields (an id is needed when the proposal suggests
    /// none); the pending facts waiting for it take the metric. Returns the metric.
    func acceptMetricProposal(_ id: Int64, _ acceptance: MetricAcceptance, by actor: Actor) async throws -> Metric
    func rejectMetricProposal(_ id: Int64, by actor: Actor) async throws
}

/// Analyses over the stored records: chains, cultivation, investment targets, specialisation, regional tables.
public protocol AnalysisStore: Sendable {
    /// The chain of `clusterId` in its place (a district cluster's district, the whole city for a city
    /// cluster), or in `placeId` when given.
    func chainAnalysis(clusterId: String, placeId: String?) async throws -> ChainAnalysis?
    /// Firms below the 规上 line projected to cross it next year, furthest over first.
    func upgradeCandidates(limit: Int) async throws -> [CultivationPipeline.Candidate]
    /// How many firms are projected to cross the line next year (the candidates, all of them).
    func upgradeCandidateCount() async throws -> Int
    /// How many firms the registry holds above the 规上 line by their latest revenue.
    func aboveScaleCount() async throws -> Int
    /// The targets for the chain of `clusterId` in `placeId` (as ``chainAnalysis(clusterId:placeId:templates:)``
    /// takes them): for each gap, or only the link `gap` (a node id), up to `limit` firms outside the place; and
    /// for each chain leader in the place, up to `limit` suppliers on its upstream links.
    /// Firms to approach for a cluster's chain gaps in a place (all gaps, or `gap`), from the registry and, with
    /// `list`, from that imported target list; nil when the cluster has no chain template.
    func chainTargets(clusterId: String, placeId: String?, gap: String?, limit: Int, list: String?) async throws -> ChainTargets?
    /// The imported target lists (招商名单).
    func targetLists() async throws -> [TargetListInfo]
    /// Checks a target list as ``importTargetList(_:file:sheet:name:source:replace:by:)`` would store it, writing
    /// nothing: the reading, or its located problems (`ImportError`), or a `StoreError` for an editor, an empty name
    /// or a stored name without `replace`.
    func checkTargetList(_ bytes: [UInt8], file: String, sheet: String?, name: String, replace: Bool, by actor: Actor) async throws -> TableReading
    /// Imports a target list under `name`, apart from the registry: all rows or none.
    func importTargetList(
        _ bytes: [UInt8], file: String, sheet: String?, name: String, source: String?, replace: Bool, by actor: Actor
    ) async throws -> TargetListInfo
    /// Every enterprise's name, class and business scope, what classifying the whole registry reads (`zhizao
    /// classifier-eval --registry`), folded into a `Tally`: the registry is split into `parts` id ranges read at once
    /// (one reader and thread each), each folded in id order into its own copy of `initial`, so the parts share no
    /// value and take no lock; the tallies come back in id order, for the caller to merge. Name and scope are UTF-8
    /// bytes valid during the call only. Each part reads its own snapshot: a write made during the scan may be seen
    /// by one part and not another.
    func foldFirmsToClassify<Tally: Sendable>(
        parts: Int, into initial: Tally,
        _ fold: @escaping @Sendable (
            _ tally: inout Tally, _ name: UnsafeBufferPointer<UInt8>, _ industryCode: String?,
            _ businessScope: UnsafeBufferPointer<UInt8>?
        ) -> Void
    ) async throws -> [Tally]
    /// The registry's region × industry table of `measure` with its complexity measures.
    func specialisation(regions: RegionKind, level: IndustryClassification.Level, measure: RegistryMeasure) async throws -> Specialisation
    /// A district's opportunities (`limit` industries) and, for each absent link of the chains of the clusters
    /// inside it, its `nearest` nearest specialisations; nil when the registry holds no firm of the district.
    func opportunities(district: String, level: IndustryClassification.Level, measure: RegistryMeasure, limit: Int, nearest: Int) async throws -> DistrictOpportunities?
    /// The specialisation in a stored regional table (`year`, else its latest).
    func specialisation(regionalTable name: String, year: Int?) async throws -> Specialisation
    /// The opportunities of the region `text` names in a stored regional table.
    func opportunities(regionalTable name: String, year: Int?, region text: String, limit: Int) async throws -> DistrictOpportunities
    /// Whether a district has firms with an industry class, on which its specialisation can be computed.
    func hasClassifiedFirms(inDistrict id: String) async throws -> Bool
    /// The registry's region × industry table: firms with a region of `regions`' kind and a valid GB/T 4754-2017
    /// class, grouped by region and by the class's division, group or class (derived from the class with the
    /// classification, so a code that is not a class is left out). One grouped query over the registry, reading the
    /// table in order rather than through the district index: every row is needed, and a scan is 2.7× faster than
    /// a million index lookups (1.47 s against 3.96 s at 1M firms, sqlite3 shell).
    func regionIndustryCounts(regions: RegionKind, level: IndustryClassification.Level, classification: IndustryClassification) async throws -> RegionIndustryCounts
    func importRegionalTable(_ bytes: [UInt8], file: String, sheet: String?, name: String, measure: String?, source: String?, replace: Bool, by actor: Actor) async throws -> RegionalTableInfo
    /// Whether a regional table of that name is stored.
    func hasRegionalTable(named name: String) async throws -> Bool
    /// Every stored regional table, by name.
    func regionalTables() async throws -> [RegionalTableInfo]
    /// The stored table `name` as one `RegionIndustryTable` a year (years ascending; one with year nil when the
    /// table has no years), regions and industries in the file's order; nil when no table has that name.
    func regionalTable(named name: String) async throws -> [(year: Int?, table: RegionIndustryTable)]?
}

extension ReviewStore {
    /// Reads `text` into the review queue: the reader's facts filed under this storage's catalogue (`FactFiling`),
    /// stored with the text unless a document already holds the same text. `place` resolves 全市, 全区 when the
    /// text does not name its place.
    public func ingest(text: String, title: String, date: String?, file: String?, place: String?, by actor: Actor) async throws -> IngestOutcome {
        if let existing = try await document(contentHash: FactFiling.contentHash(text)) { return .alreadyStored(documentId: existing) }
        let read = FactFiling(try await filingCatalogue()).read(text: text, title: title, date: date, file: file, place: place)
        return try await store(read, by: actor)
    }
}
