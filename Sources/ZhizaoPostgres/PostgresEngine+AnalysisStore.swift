import ZhizaoStorage

/// `AnalysisStore` on PostgreSQL: chains and the pipeline (PostgresEngine+Analytics), investment targets and the
/// registry's classification (+Targets), target lists (+TargetLists), the region × industry tables, specialisation and
/// opportunities (+RegionIndustry), regional tables (+Regional).
extension PostgresEngine: AnalysisStore {}
