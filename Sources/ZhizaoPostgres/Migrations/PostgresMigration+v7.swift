extension PostgresMigrations {
    /// v7: the first firms by id, read from an index alone. An indexed search and the registry's name filter first
    /// test the names of the first thousands of firms by id (PostgresEngine+Search); through the primary key that
    /// reads each firm's wide row from the table. This index holds the columns those steps read, in id order, so
    /// they are index-only scans once a vacuum (autovacuum, after an import) has marked the table's pages visible:
    /// 10,000 firms in 1.4 ms against 3.4 ms at 1M firms.
    static let v7 = """
        CREATE INDEX enterprise_names_by_id ON enterprise (id) INCLUDE (uscc, slug, nameZh, nameEn);
        """
}
