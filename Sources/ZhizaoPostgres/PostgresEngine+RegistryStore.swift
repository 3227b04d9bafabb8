import ZhizaoStorage

/// The registry and the projects (``RegistryStore``): reads and the registry page (PostgresEngine+Registry), name
/// searches (+Search, +NameSearch), edits, deletions and merges (+Edits), checks and imports (+Imports,
/// +EnterpriseImport) and exports (+Export), each as the SQLite engine does it.
extension PostgresEngine: RegistryStore {}
