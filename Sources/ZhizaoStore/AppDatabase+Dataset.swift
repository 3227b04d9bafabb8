import GRDB
import ZhizaoCore
import ZhizaoStorage

extension AppDatabase {
    /// Loads a whole dataset in one transaction: all of it or, on any error, none of it.
    public func load(_ dataset: Dataset) throws {
        try writer.write { db in
            for s in dataset.sources { try Self.save(s, db) }
            // Parents before children, whatever the file order.
            for p in Self.parentsFirst(dataset.places) { try Self.save(p, db) }
            for c in dataset.clusters.sorted(by: { ($0.parentId == nil ? 0 : 1) < ($1.parentId == nil ? 0 : 1) }) {
                try Self.save(c, db)
            }
            for m in dataset.metrics { try Self.save(m, db) }
            let enterprises = try EnterpriseWriter(db)
            for e in dataset.enterprises { try enterprises.write(e) }
            try enterprises.finish()
            for p in dataset.projects { try Self.save(p, db) }
            for o in dataset.observations { try Self.save(o, db) }
            for p in dataset.programmes { try Self.save(p, db) }
            for t in dataset.targets { try Self.save(t, db) }
            for s in dataset.statements { try Self.save(s, db) }
            for f in dataset.futureIndustries { try Self.save(f, db) }
            for c in dataset.innovationCentres { try Self.save(c, db) }
        }
    }

    /// Places ordered so that each comes after its parent.
    static func parentsFirst(_ places: [Place]) -> [Place] {
        let byId = Dictionary(places.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        func depth(_ p: Place) -> Int {
            var d = 0
            var current = p.parentId
            while let id = current, d < 32 {
                d += 1
                current = byId[id]?.parentId
            }
            return d
        }
        return places.map { (depth($0), $0) }.sorted { $0.0 < $1.0 }.map(\.1)
    }
}
