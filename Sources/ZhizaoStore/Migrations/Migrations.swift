import GRDB
import ZhizaoStorage

/// The schema's history. Shipped migrations are never edited; a change is a new migration.
enum Migrations {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1", migrate: v1)
        migrator.registerMigration("v2", migrate: v2)
        migrator.registerMigration("v3", migrate: v3)
        migrator.registerMigration("v4", migrate: v4)
        migrator.registerMigration("v5", migrate: v5)
        migrator.registerMigration("v6", migrate: v6)
        migrator.registerMigration("v7-backup-meta", migrate: v7BackupMeta)
        migrator.registerMigration("v8-boundaries", migrate: v8Boundaries)
        migrator.registerMigration("v9-regional-values", migrate: v9RegionalValues)
        migrator.registerMigration("v10-business-scope", migrate: v10BusinessScope)
        migrator.registerMigration("v11-target-lists", migrate: v11TargetLists)
        return migrator
    }
}
