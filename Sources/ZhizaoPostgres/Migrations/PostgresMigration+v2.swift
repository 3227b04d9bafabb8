extension PostgresMigrations {
    /// v2: Chinese substring search. `pg_trgm` GIN indexes on enterprise, project and place names serve `LIKE` and
    /// `ILIKE '%…%'` for words of three characters or more. They find CJK text only when the database's LC_CTYPE
    /// classifies CJK characters as letters (C.UTF-8 or a language's UTF-8 locale, not C): see
    /// ``PostgresEngine/checkTrigramLocale()``.
    static let v2 = """
        CREATE EXTENSION IF NOT EXISTS pg_trgm;
        CREATE INDEX enterprise_nameZh_trgm ON enterprise USING gin (nameZh gin_trgm_ops);
        CREATE INDEX enterprise_nameEn_trgm ON enterprise USING gin (nameEn gin_trgm_ops);
        CREATE INDEX project_name_trgm ON project USING gin ((nameZh || ' ' || coalesce(nameEn, '')) gin_trgm_ops);
        CREATE INDEX place_name_trgm ON place USING gin ((nameZh || ' ' || coalesce(nameEn, '')) gin_trgm_ops);
        """
}
