import GRDB
import ZhizaoStorage

extension Migrations {
    /// The first schema: places, clusters, enterprises, projects, metrics, observations, targets, statements,
    /// name search (FTS5 trigram), and indexes for a registry of a million enterprises.
    static func v1(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE source (
                    id TEXT PRIMARY KEY,
                    titleZh TEXT NOT NULL,
                    titleEn TEXT,
                    publisher TEXT,
                    published TEXT,
                    url TEXT,
                    note TEXT
                );
                CREATE TABLE place (
                    id TEXT PRIMARY KEY,
                    parentId TEXT REFERENCES place(id),
                    kind TEXT NOT NULL,
                    nameZh TEXT NOT NULL,
                    nameEn TEXT,
                    layoutRole TEXT,
                    parkTier TEXT,
                    level TEXT,
                    sourceId TEXT REFERENCES source(id)
                );
                CREATE INDEX place_parentId ON place(parentId);
                CREATE TABLE cluster (
                    id TEXT PRIMARY KEY,
                    nameZh TEXT NOT NULL,
                    nameEn TEXT,
                    scope TEXT NOT NULL,
                    placeId TEXT NOT NULL REFERENCES place(id),
                    parentId TEXT REFERENCES cluster(id),
                    sourceId TEXT REFERENCES source(id)
                );
                CREATE TABLE metric (
                    id TEXT PRIMARY KEY,
                    nameZh TEXT NOT NULL,
                    nameEn TEXT,
                    unit TEXT NOT NULL,
                    kind TEXT NOT NULL,
                    topic TEXT NOT NULL,
                    counts TEXT,
                    descriptionZh TEXT,
                    descriptionEn TEXT
                );

                -- Enterprises. revenueHistory holds revenue by year as "YEAR=AMOUNT;…" (RevenueHistory);
                -- revenueCNY/revenueYear repeat its latest year so that a million-row registry can be sorted
                -- and filtered by revenue through an index. A row a year would triple the cost of an import.
                -- revenueProjectedCNY is next year's revenue at the history's average growth
                -- (CultivationPipeline.projection), indexed for the 小升规 candidates.
                CREATE TABLE enterprise (
                    id INTEGER PRIMARY KEY,
                    uscc TEXT UNIQUE,
                    slug TEXT UNIQUE,
                    nameZh TEXT NOT NULL,
                    nameEn TEXT,
                    districtId TEXT REFERENCES place(id),
                    parkId TEXT REFERENCES place(id),
                    industryCode TEXT,
                    founded INTEGER,
                    employees INTEGER,
                    revenueCNY REAL,
                    revenueYear INTEGER,
                    revenueHistory TEXT,
                    revenueProjectedCNY REAL,
                    synthetic INTEGER NOT NULL DEFAULT 0,
                    sourceId TEXT REFERENCES source(id),
                    CHECK (uscc IS NOT NULL OR slug IS NOT NULL)
                );
                CREATE INDEX enterprise_district_revenue ON enterprise(districtId, revenueCNY);
                CREATE INDEX enterprise_industry_revenue ON enterprise(industryCode, revenueCNY);
                CREATE INDEX enterprise_projected ON enterprise(revenueProjectedCNY, revenueCNY)
                    WHERE revenueProjectedCNY IS NOT NULL;
                CREATE INDEX enterprise_revenue ON enterprise(revenueCNY);
                CREATE TABLE designation (
                    enterpriseId INTEGER NOT NULL REFERENCES enterprise(id) ON DELETE CASCADE,
                    kind TEXT NOT NULL,
                    year INTEGER,
                    level TEXT,
                    PRIMARY KEY (enterpriseId, kind)
                ) WITHOUT ROWID;
                CREATE INDEX designation_kind ON designation(kind, enterpriseId);

                CREATE TABLE project (
                    id TEXT PRIMARY KEY,
                    nameZh TEXT NOT NULL,
                    nameEn TEXT,
                    kind TEXT NOT NULL,
                    placeId TEXT REFERENCES place(id),
                    clusterId TEXT REFERENCES cluster(id),
                    investmentCNY REAL,
                    investmentQualifier TEXT,
                    investmentStated TEXT,
                    scopeZh TEXT,
                    scopeEn TEXT,
                    sourceId TEXT REFERENCES source(id)
                );
                CREATE INDEX project_place ON project(placeId);
                CREATE INDEX project_cluster ON project(clusterId);
                CREATE TABLE projectInvestor (
                    projectId TEXT NOT NULL REFERENCES project(id) ON DELETE CASCADE,
                    position INTEGER NOT NULL,
                    enterpriseId INTEGER NOT NULL REFERENCES enterprise(id),
                    PRIMARY KEY (projectId, position)
                ) WITHOUT ROWID;
                CREATE INDEX projectInvestor_enterprise ON projectInvestor(enterpriseId);
                CREATE TABLE projectPhase (
                    projectId TEXT NOT NULL REFERENCES project(id) ON DELETE CASCADE,
                    position INTEGER NOT NULL,
                    number INTEGER,
                    status TEXT,
                    since TEXT,
                    plannedEnd TEXT,
                    PRIMARY KEY (projectId, position)
                ) WITHOUT ROWID;
                CREATE TABLE projectListing (
                    projectId TEXT NOT NULL REFERENCES project(id) ON DELETE CASCADE,
                    plan TEXT NOT NULL,
                    PRIMARY KEY (projectId, plan)
                ) WITHOUT ROWID;

                -- Observations, targets and statements are about exactly one subject.
                CREATE TABLE observation (
                    id TEXT PRIMARY KEY,
                    placeId TEXT REFERENCES place(id),
                    clusterId TEXT REFERENCES cluster(id),
                    enterpriseId INTEGER REFERENCES enterprise(id) ON DELETE CASCADE,
                    projectId TEXT REFERENCES project(id) ON DELETE CASCADE,
                    metricId TEXT NOT NULL REFERENCES metric(id),
                    value REAL,
                    qualifier TEXT,
                    stated TEXT,
                    periodStart TEXT,
                    periodEnd TEXT,
                    asOf TEXT,
                    rankPosition INTEGER,
                    rankScope TEXT,
                    sourceId TEXT NOT NULL REFERENCES source(id),
                    quote TEXT,
                    note TEXT,
                    CHECK ((placeId IS NOT NULL) + (clusterId IS NOT NULL) + (enterpriseId IS NOT NULL)
                        + (projectId IS NOT NULL) = 1),
                    CHECK (value IS NOT NULL OR rankPosition IS NOT NULL)
                );
                CREATE INDEX observation_metric ON observation(metricId);
                CREATE INDEX observation_place ON observation(placeId) WHERE placeId IS NOT NULL;
                CREATE INDEX observation_cluster ON observation(clusterId) WHERE clusterId IS NOT NULL;
                CREATE INDEX observation_enterprise ON observation(enterpriseId) WHERE enterpriseId IS NOT NULL;
                CREATE INDEX observation_project ON observation(projectId) WHERE projectId IS NOT NULL;
                CREATE INDEX observation_source ON observation(sourceId);

                CREATE TABLE programme (
                    id TEXT PRIMARY KEY,
                    nameZh TEXT NOT NULL,
                    nameEn TEXT,
                    placeId TEXT NOT NULL REFERENCES place(id),
                    periodStart TEXT,
                    periodEnd TEXT,
                    sourceId TEXT REFERENCES source(id)
                );
                CREATE TABLE programmeStrand (
                    programmeId TEXT NOT NULL REFERENCES programme(id) ON DELETE CASCADE,
                    position INTEGER NOT NULL,
                    textZh TEXT NOT NULL,
                    textEn TEXT,
                    PRIMARY KEY (programmeId, position)
                ) WITHOUT ROWID;
                CREATE TABLE target (
                    id TEXT PRIMARY KEY,
                    programmeId TEXT REFERENCES programme(id),
                    placeId TEXT REFERENCES place(id),
                    clusterId TEXT REFERENCES cluster(id),
                    enterpriseId INTEGER REFERENCES enterprise(id) ON DELETE CASCADE,
                    projectId TEXT REFERENCES project(id) ON DELETE CASCADE,
                    metricId TEXT NOT NULL REFERENCES metric(id),
                    value REAL,
                    qualifier TEXT,
                    stated TEXT,
                    tier TEXT,
                    deadline INTEGER,
                    descriptionZh TEXT NOT NULL,
                    descriptionEn TEXT,
                    sourceId TEXT NOT NULL REFERENCES source(id),
                    CHECK ((placeId IS NOT NULL) + (clusterId IS NOT NULL) + (enterpriseId IS NOT NULL)
                        + (projectId IS NOT NULL) = 1)
                );
                CREATE TABLE statement (
                    id TEXT PRIMARY KEY,
                    placeId TEXT REFERENCES place(id),
                    clusterId TEXT REFERENCES cluster(id),
                    enterpriseId INTEGER REFERENCES enterprise(id) ON DELETE CASCADE,
                    projectId TEXT REFERENCES project(id) ON DELETE CASCADE,
                    kind TEXT NOT NULL,
                    textZh TEXT NOT NULL,
                    textEn TEXT,
                    sourceId TEXT NOT NULL REFERENCES source(id),
                    CHECK ((placeId IS NOT NULL) + (clusterId IS NOT NULL) + (enterpriseId IS NOT NULL)
                        + (projectId IS NOT NULL) = 1)
                );
                CREATE TABLE futureIndustry (
                    id TEXT PRIMARY KEY,
                    nameZh TEXT NOT NULL,
                    nameEn TEXT,
                    placeId TEXT NOT NULL REFERENCES place(id),
                    sourceId TEXT NOT NULL REFERENCES source(id)
                );
                CREATE TABLE innovationCentre (
                    id TEXT PRIMARY KEY,
                    nameZh TEXT NOT NULL,
                    nameEn TEXT,
                    level TEXT NOT NULL,
                    placeId TEXT REFERENCES place(id),
                    hostEnterpriseId INTEGER REFERENCES enterprise(id),
                    sourceId TEXT NOT NULL REFERENCES source(id)
                );

                -- Chinese substring search. Enterprises: external content keyed by the stable INTEGER id.
                -- EnterpriseWriter indexes inserts and renames itself: an FTS5 insert trigger flushes the index
                -- at every statement, which makes a million-row import some twenty times slower.
                -- columnsize=0: results are ordered by id, not ranked, so no per-row sizes are kept.
                CREATE VIRTUAL TABLE enterpriseSearch USING fts5(
                    nameZh, nameEn, content='enterprise', content_rowid='id', tokenize='trigram', columnsize=0);
                CREATE TRIGGER enterprise_ad AFTER DELETE ON enterprise BEGIN
                    INSERT INTO enterpriseSearch(enterpriseSearch, rowid, nameZh, nameEn)
                        VALUES ('delete', old.id, old.nameZh, old.nameEn);
                END;
                -- Projects and places are few: a plain FTS table keyed by kind and id, kept by triggers.
                CREATE VIRTUAL TABLE nameSearch USING fts5(
                    kind UNINDEXED, ref UNINDEXED, nameZh, nameEn, tokenize='trigram');
                CREATE TRIGGER project_ai AFTER INSERT ON project BEGIN
                    INSERT INTO nameSearch(kind, ref, nameZh, nameEn) VALUES ('project', new.id, new.nameZh, new.nameEn);
                END;
                CREATE TRIGGER project_ad AFTER DELETE ON project BEGIN
                    DELETE FROM nameSearch WHERE kind = 'project' AND ref = old.id;
                END;
                CREATE TRIGGER project_au AFTER UPDATE OF nameZh, nameEn ON project BEGIN
                    UPDATE nameSearch SET nameZh = new.nameZh, nameEn = new.nameEn
                        WHERE kind = 'project' AND ref = old.id;
                END;
                CREATE TRIGGER place_ai AFTER INSERT ON place BEGIN
                    INSERT INTO nameSearch(kind, ref, nameZh, nameEn) VALUES ('place', new.id, new.nameZh, new.nameEn);
                END;
                CREATE TRIGGER place_ad AFTER DELETE ON place BEGIN
                    DELETE FROM nameSearch WHERE kind = 'place' AND ref = old.id;
                END;
                CREATE TRIGGER place_au AFTER UPDATE OF nameZh, nameEn ON place BEGIN
                    UPDATE nameSearch SET nameZh = new.nameZh, nameEn = new.nameEn WHERE kind = 'place' AND ref = old.id;
                END;
                """)
    }
}
