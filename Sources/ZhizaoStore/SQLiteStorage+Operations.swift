import Foundation
import ReportReader
import ZhizaoAnalytics
import ZhizaoCore
import ZhizaoInterchange
import ZhizaoStorage

// ``Storage`` over SQLite: each operation is ``AppDatabase``'s synchronous one, run on the store's threads.

// AccountStore
extension SQLiteStorage: AccountStore {
    public func addAccount(name: String, role: Role, districts: [String], passwordHash: String, by actor: Actor) async throws -> Account {
        try await run { try database.addAccount(name: name, role: role, districts: districts, passwordHash: passwordHash, by: actor) }
    }
    public func accounts() async throws -> [Account] {
        try await run { try database.accounts() }
    }
    public func credentials(name: String) async throws -> (account: Account, passwordHash: String)? {
        try await run { try database.credentials(name: name) }
    }
    public func hasAdmin() async throws -> Bool {
        try await run { try database.hasAdmin() }
    }
    public func setPassword(name: String, passwordHash: String, keepingSession: String?, by actor: Actor) async throws {
        try await run { try database.setPassword(name: name, passwordHash: passwordHash, keepingSession: keepingSession, by: actor) }
    }
    public func setDisabled(name: String, _ disabled: Bool, by actor: Actor) async throws {
        try await run { try database.setDisabled(name: name, disabled, by: actor) }
    }
    public func setRole(name: String, role: Role, districts: [String], by actor: Actor) async throws {
        try await run { try database.setRole(name: name, role: role, districts: districts, by: actor) }
    }
    public func startSession(idHash: String, csrf: String, account: Account, by actor: Actor) async throws {
        try await run { try database.startSession(idHash: idHash, csrf: csrf, account: account, by: actor) }
    }
    public func session(idHash: String) async throws -> SessionRecord? {
        try await run { try database.session(idHash: idHash) }
    }
    public func touchSession(idHash: String) async throws {
        try await run { try database.touchSession(idHash: idHash) }
    }
    public func endSession(idHash: String, by actor: Actor?) async throws {
        try await run { try database.endSession(idHash: idHash, by: actor) }
    }
    public func removeExpiredSessions(idleSince: Date, startedBefore: Date) async throws {
        try await run { try database.removeExpiredSessions(idleSince: idleSince, startedBefore: startedBefore) }
    }
    public func recordFailedLogin(name: String, by actor: Actor) async throws {
        try await run { try database.recordFailedLogin(name: name, by: actor) }
    }
    public func failedLogins(name: String, address: String?, since: Date) async throws -> (account: Int, address: Int, last: Date?) {
        try await run { try database.failedLogins(name: name, address: address, since: since) }
    }
    public func createToken(accountName name: String, secretHash: String, scope: TokenScope, expiresAt: Date?, by actor: Actor) async throws -> APIToken {
        try await run { try database.createToken(accountName: name, secretHash: secretHash, scope: scope, expiresAt: expiresAt, by: actor) }
    }
    public func tokens(accountName: String?) async throws -> [APIToken] {
        try await run { try database.tokens(accountName: accountName) }
    }
    public func revokeToken(id: Int64, by actor: Actor) async throws {
        try await run { try database.revokeToken(id: id, by: actor) }
    }
    public func token(secretHash: String, at now: Date) async throws -> (token: APIToken, account: Account)? {
        try await run { try database.token(secretHash: secretHash, at: now) }
    }
    public func touchToken(id: Int64) async throws {
        try await run { try database.touchToken(id: id) }
    }
    public func auditEntries(_ query: AuditQuery) async throws -> [AuditEntry] {
        try await run { try database.auditEntries(query) }
    }
}

// RecordStore
extension SQLiteStorage: RecordStore {
    public func programmeRecords() async throws -> ProgrammeRecords {
        try await run { try database.programmeRecords() }
    }
    public func sources() async throws -> [Source] {
        try await run { try database.sources() }
    }
    public func places() async throws -> [Place] {
        try await run { try database.places() }
    }
    public func clusters() async throws -> [Cluster] {
        try await run { try database.clusters() }
    }
    public func metrics() async throws -> [Metric] {
        try await run { try database.metrics() }
    }
    public func observations(subject: Subject?, metricId: String?) async throws -> [Observation] {
        try await run { try database.observations(subject: subject, metricId: metricId) }
    }
    public func targets() async throws -> [Target] {
        try await run { try database.targets() }
    }
    public func statements() async throws -> [ZhizaoCore.Statement] {
        try await run { try database.statements() }
    }
    public func programmes() async throws -> [Programme] {
        try await run { try database.programmes() }
    }
    public func futureIndustries() async throws -> [FutureIndustry] {
        try await run { try database.futureIndustries() }
    }
    public func projects() async throws -> [Project] {
        try await run { try database.projects() }
    }
    public func enterprise(ref: String) async throws -> Enterprise? {
        try await run { try database.enterprise(ref: ref) }
    }
    public func enterpriseCount() async throws -> Int {
        try await run { try database.enterpriseCount() }
    }
    public func overview() async throws -> ProgrammeOverview {
        try await run { try database.overview() }
    }
    public func registryCounts() async throws -> RegistryCounts {
        try await run { try database.registryCounts() }
    }
    public func registryByDistrict() async throws -> [String: DistrictRegistry] {
        try await run { try database.registryByDistrict() }
    }
    public func boundaries(_ level: Boundary.Level) async throws -> [Boundary] {
        try await run { try database.boundaries(level) }
    }
    public func hasImportedBoundaries(_ level: Boundary.Level) async throws -> Bool {
        try await run { try database.hasImportedBoundaries(level) }
    }
    public func importBoundaries(geoJSON data: Data, file: String, level: Boundary.Level, by actor: Actor) async throws -> Int {
        try await run { try database.importBoundaries(geoJSON: data, file: file, level: level, by: actor) }
    }
}

// RegistryStore
extension SQLiteStorage: RegistryStore {
    public func enterprises(_ query: EnterpriseQuery) async throws -> RegistryPage {
        try await run { try database.enterprises(query) }
    }
    public func enterprises(matching query: EnterpriseQuery, limit: Int) async throws -> [Enterprise] {
        try await run { try database.enterprises(matching: query, limit: limit) }
    }
    public func projects(investor ref: String) async throws -> [Project] {
        try await run { try database.projects(investor: ref) }
    }
    public func searchEnterprises(_ query: String, limit: Int) async throws -> [NameMatch] {
        try await run { try database.searchEnterprises(query, limit: limit) }
    }
    public func enterprises(named name: String, limit: Int) async throws -> [NameMatch] {
        try await run { try database.enterprises(named: name, limit: limit) }
    }
    public func searchProjectsAndPlaces(_ query: String, limit: Int) async throws -> [NameMatch] {
        try await run { try database.searchProjectsAndPlaces(query, limit: limit) }
    }
    public func enterpriseCandidates(for text: String, limit: Int) async throws -> [NameMatch] {
        try await run { try database.enterpriseCandidates(for: text, limit: limit) }
    }
    public func enterpriseVersion(ref: String) async throws -> Int? {
        try await run { try database.enterpriseVersion(ref: ref) }
    }
    public func projectVersion(id: String) async throws -> Int? {
        try await run { try database.projectVersion(id: id) }
    }
    public func editEnterprise(ref: String, version: Int, districtId: String?, parkId: String?, designations: [Designation], businessScope: String?, by actor: Actor) async throws -> Enterprise {
        try await run { try database.editEnterprise(ref: ref, version: version, districtId: districtId, parkId: parkId, designations: designations, businessScope: businessScope, by: actor) }
    }
    public func editProject(id: String, version: Int, phases: [ProjectPhase], by actor: Actor) async throws -> Project {
        try await run { try database.editProject(id: id, version: version, phases: phases, by: actor) }
    }
    public func deleteEnterprise(ref: String, version: Int, reason: String, by actor: Actor) async throws {
        try await run { try database.deleteEnterprise(ref: ref, version: version, reason: reason, by: actor) }
    }
    public func deleteProject(id: String, version: Int, reason: String, by actor: Actor) async throws {
        try await run { try database.deleteProject(id: id, version: version, reason: reason, by: actor) }
    }
    public func mergeEnterprise(_ from: String, into: String, versions: (from: Int, into: Int), by actor: Actor) async throws -> Enterprise {
        try await run { try database.mergeEnterprise(from, into: into, versions: versions, by: actor) }
    }
    public func district(of subject: Subject) async throws -> String? {
        try await run { try database.district(of: subject) }
    }
    public func check(_ kind: ImportKind, csv bytes: [UInt8], file: String, sheet: String?, as actor: Actor?, progress: ImportProgress?) async throws -> Int {
        try await run { try database.check(kind, csv: bytes, file: file, sheet: sheet, as: actor, progress: progress) }
    }
    public func checkReading(_ kind: ImportKind, csv bytes: [UInt8], file: String, sheet: String?, as actor: Actor?, progress: ImportProgress?) async throws -> TableReading {
        try await run { try database.checkReading(kind, csv: bytes, file: file, sheet: sheet, as: actor, progress: progress) }
    }
    public func `import`(_ kind: ImportKind, csv bytes: [UInt8], file: String, sheet: String?, by actor: Actor, progress: ImportProgress?) async throws -> ImportSummary {
        try await run { try database.`import`(kind, csv: bytes, file: file, sheet: sheet, by: actor, progress: progress) }
    }
    public func importEnterprises(csv bytes: [UInt8], file: String, sheet: String?, by actor: Actor, progress: ImportProgress?) async throws -> ImportSummary {
        try await run { try database.importEnterprises(csv: bytes, file: file, sheet: sheet, by: actor, progress: progress) }
    }
    public func importProjects(csv bytes: [UInt8], file: String, sheet: String?, by actor: Actor, progress: ImportProgress?) async throws -> ImportSummary {
        try await run { try database.importProjects(csv: bytes, file: file, sheet: sheet, by: actor, progress: progress) }
    }
    public func importObservations(csv bytes: [UInt8], file: String, sheet: String?, by actor: Actor, progress: ImportProgress?) async throws -> ImportSummary {
        try await run { try database.importObservations(csv: bytes, file: file, sheet: sheet, by: actor, progress: progress) }
    }
    public func exportEnterprises(_ format: ExportFormat, excel: Bool, to write: @escaping @Sendable (String) -> Void) async throws {
        try await run { try database.exportEnterprises(format, excel: excel, to: write) }
    }
    public func exportProjects(_ format: ExportFormat, excel: Bool, to write: @escaping @Sendable (String) -> Void) async throws {
        try await run { try database.exportProjects(format, excel: excel, to: write) }
    }
    public func exportObservations(_ format: ExportFormat, excel: Bool, to write: @escaping @Sendable (String) -> Void) async throws {
        try await run { try database.exportObservations(format, excel: excel, to: write) }
    }
    public func exportWorkbook(_ kind: ImportKind, to url: URL) async throws {
        try await run { try database.exportWorkbook(kind, to: url) }
    }
}

// ReviewStore
extension SQLiteStorage: ReviewStore {
    public func filingCatalogue() async throws -> FilingCatalogue {
        try await run { try database.filingCatalogue() }
    }
    public func store(_ document: ReadDocument, by actor: Actor) async throws -> IngestOutcome {
        try await run { try database.store(document, by: actor) }
    }
    public func document(contentHash: String) async throws -> Int64? {
        try await run { try database.document(contentHash: contentHash) }
    }
    public func documents() async throws -> [Document] {
        try await run { try database.documents() }
    }
    public func document(id: Int64) async throws -> Document? {
        try await run { try database.document(id: id) }
    }
    public func pendingFacts(documentId: Int64?, status: PendingFact.Status?) async throws -> [PendingFact] {
        try await run { try database.pendingFacts(documentId: documentId, status: status) }
    }
    public func pendingFact(id: Int64) async throws -> PendingFact? {
        try await run { try database.pendingFact(id: id) }
    }
    public func confidentFacts(documentId: Int64) async throws -> [PendingFact] {
        try await run { try database.confidentFacts(documentId: documentId) }
    }
    public func edit(pendingFact id: Int64, _ edit: FactEdit, by actor: Actor) async throws -> PendingFact {
        try await run { try database.edit(pendingFact: id, edit, by: actor) }
    }
    public func accept(pendingFact id: Int64, edit: FactEdit, newMetric: MetricAcceptance?, by actor: Actor) async throws -> AcceptedRecord {
        try await run { try database.accept(pendingFact: id, edit: edit, newMetric: newMetric, by: actor) }
    }
    public func reject(pendingFact id: Int64, by actor: Actor) async throws {
        try await run { try database.reject(pendingFact: id, by: actor) }
    }
    public func metricProposals(status: PendingFact.Status?) async throws -> [MetricProposal] {
        try await run { try database.metricProposals(status: status) }
    }
    public func metricProposals(documentId: Int64) async throws -> [Int64: MetricProposal] {
        try await run { try database.metricProposals(documentId: documentId) }
    }
    public func acceptMetricProposal(_ id: Int64, _ acceptance: MetricAcceptance, by actor: Actor) async throws -> Metric {
        try await run { try database.acceptMetricProposal(id, acceptance, by: actor) }
    }
    public func rejectMetricProposal(_ id: Int64, by actor: Actor) async throws {
        try await run { try database.rejectMetricProposal(id, by: actor) }
    }
}

// AnalysisStore
extension SQLiteStorage: AnalysisStore {
    public func chainAnalysis(clusterId: String, placeId: String?) async throws -> ChainAnalysis? {
        try await run { try database.chainAnalysis(clusterId: clusterId, placeId: placeId) }
    }
    public func upgradeCandidates(limit: Int) async throws -> [CultivationPipeline.Candidate] {
        try await run { try database.upgradeCandidates(limit: limit) }
    }
    public func upgradeCandidateCount() async throws -> Int {
        try await run { try database.upgradeCandidateCount() }
    }
    public func aboveScaleCount() async throws -> Int {
        try await run { try database.aboveScaleCount() }
    }
    public func chainTargets(clusterId: String, placeId: String?, gap: String?, limit: Int, list: String?) async throws -> ChainTargets? {
        try await run { try database.chainTargets(clusterId: clusterId, placeId: placeId, gap: gap, limit: limit, list: list) }
    }
    public func targetLists() async throws -> [TargetListInfo] {
        try await run { try database.targetLists() }
    }
    public func checkTargetList(
        _ bytes: [UInt8], file: String, sheet: String?, name: String, replace: Bool, by actor: Actor
    ) async throws -> TableReading {
        try await run { try database.checkTargetList(bytes, file: file, sheet: sheet, name: name, replace: replace, by: actor) }
    }
    public func importTargetList(
        _ bytes: [UInt8], file: String, sheet: String?, name: String, source: String?, replace: Bool, by actor: Actor
    ) async throws -> TargetListInfo {
        try await run {
            try database.importTargetList(bytes, file: file, sheet: sheet, name: name, source: source, replace: replace, by: actor)
        }
    }
    public func specialisation(regionalTable name: String, year: Int?) async throws -> Specialisation {
        try await run { try database.specialisation(regionalTable: name, year: year) }
    }
    public func opportunities(regionalTable name: String, year: Int?, region text: String, limit: Int) async throws -> DistrictOpportunities {
        try await run { try database.opportunities(regionalTable: name, year: year, region: text, limit: limit) }
    }
    public func hasClassifiedFirms(inDistrict id: String) async throws -> Bool {
        try await run { try database.hasClassifiedFirms(inDistrict: id) }
    }
    public func foldFirmsToClassify<Tally: Sendable>(
        parts: Int, into initial: Tally,
        _ fold: @escaping @Sendable (
            _ tally: inout Tally, _ name: UnsafeBufferPointer<UInt8>, _ industryCode: String?,
            _ businessScope: UnsafeBufferPointer<UInt8>?
        ) -> Void
    ) async throws -> [Tally] {
        try await FirmIdRanges.fold(try await run({ try database.firmIdRange() }), parts: parts, initial: initial) { range in
            try await run {
                var tally = initial
                try database.forEachFirmToClassify(ids: range) { fold(&tally, $0, $1, $2) }
                return tally
            }
        }
    }
    public func specialisation(regions: RegionKind, level: IndustryClassification.Level, measure: RegistryMeasure) async throws -> Specialisation {
        try await run { try database.specialisation(regions: regions, level: level, measure: measure) }
    }
    public func opportunities(district: String, level: IndustryClassification.Level, measure: RegistryMeasure, limit: Int, nearest: Int) async throws -> DistrictOpportunities? {
        try await run { try database.opportunities(district: district, level: level, measure: measure, limit: limit, nearest: nearest) }
    }
    public func regionIndustryCounts(regions: RegionKind, level: IndustryClassification.Level, classification: IndustryClassification) async throws -> RegionIndustryCounts {
        try await run { try database.regionIndustryCounts(regions: regions, level: level, classification: classification) }
    }
    public func importRegionalTable(_ bytes: [UInt8], file: String, sheet: String?, name: String, measure: String?, source: String?, replace: Bool, by actor: Actor) async throws -> RegionalTableInfo {
        try await run { try database.importRegionalTable(bytes, file: file, sheet: sheet, name: name, measure: measure, source: source, replace: replace, by: actor) }
    }
    public func hasRegionalTable(named name: String) async throws -> Bool {
        try await run { try database.hasRegionalTable(named: name) }
    }
    public func regionalTables() async throws -> [RegionalTableInfo] {
        try await run { try database.regionalTables() }
    }
    public func regionalTable(named name: String) async throws -> [(year: Int?, table: RegionIndustryTable)]? {
        try await run { try database.regionalTable(named: name) }
    }
}
