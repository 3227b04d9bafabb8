extension PostgresMigrations {
    /// v6: enterprise names by pairs of characters. One GIN index over the two-character pieces (bigrams) of both
    /// names, lower-cased, replaces v2's trigram indexes on them. Trigrams serve no word under three characters, and
    /// most Chinese queries hold one (广州, 汽车, 科技): such a word made a scan in id order that read every firm
    /// when it was rare. The index serves every word of two characters or more, and the words of a query together
    /// in one scan that intersects their pairs (`@>`); the names are still tested whole, so it only narrows.
    /// Projects and places keep their trigram indexes.
    static let v6 = """
        CREATE FUNCTION zhizao_bigrams(name text) RETURNS text[] LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
            AS $$ SELECT ARRAY(SELECT substr(name, i, 2) FROM generate_series(1, char_length(name) - 1) AS i) $$;
        CREATE INDEX enterprise_name_bigrams ON enterprise USING gin (zhizao_bigrams(lower(nameZh || ' ' || coalesce(nameEn, ''))));
        DROP INDEX enterprise_nameZh_trgm;
        DROP INDEX enterprise_nameEn_trgm;
        """
}
