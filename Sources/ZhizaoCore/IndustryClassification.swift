import Foundation

/// GB/T 4754-2017 国民经济行业分类: sections (A–T), divisions (2 digits), groups (3) and classes (4).
///
/// Shipped as `Resources/gbt4754-2017.csv` (code,level,section,name), reference data from
/// `shared/reference/gbt4754-2017.csv`.
public struct IndustryClassification: Sendable {
    public enum Level: String, Sendable, Codable {
        case section, division, group, `class`
    }

    public struct Entry: Sendable, Hashable {
        public var code: String
        public var level: Level
        public var section: String
        public var name: String
    }

    public let entries: [Entry]
    private let byCode: [String: Int]

    /// The classification shipped with Zhizao.
    public static let gbt4754_2017: IndustryClassification = {
        guard let url = Bundle.module.url(forResource: "gbt4754-2017", withExtension: "csv"),
            let data = try? Data(contentsOf: url)
        else { fatalError("gbt4754-2017.csv is missing from the ZhizaoCore bundle") }
        do { return try IndustryClassification(csv: Array(data)) } catch {
            fatalError("gbt4754-2017.csv is malformed: \(error)")
        }
    }()

    /// Reads `code,level,section,name` rows after a header line.
    public init(csv: [UInt8]) throws(CSVSyntaxError) {
        var reader = CSVReader(csv)
        var fields: [CSVField] = []
        var entries: [Entry] = []
        _ = try reader.next(into: &fields)  // header
        while try reader.next(into: &fields) {
            guard fields.count == 4, let level = Level(rawValue: reader.string(fields[1])) else {
                throw CSVSyntaxError(line: fields.first?.line ?? 0, column: 1, message: "expected code,level,section,name")
            }
            entries.append(
                Entry(
                    code: reader.string(fields[0]), level: level, section: reader.string(fields[2]),
                    name: reader.string(fields[3])))
        }
        self.entries = entries
        byCode = Dictionary(entries.enumerated().map { ($1.code, $0) }, uniquingKeysWith: { first, _ in first })
    }

    public func entry(_ code: String) -> Entry? {
        byCode[code].map { entries[$0] }
    }

    /// Whether `code` is a 4-digit class (小类), the level enterprises are registered at.
    public func isClass(_ code: String) -> Bool {
        entry(code)?.level == .class
    }

    /// The classes of a section, e.g. all manufacturing classes for "C".
    public func classes(inSection section: String) -> [Entry] {
        entries.filter { $0.section == section && $0.level == .class }
    }

    /// The chain of entries from the section down to `code`: section, division, group, class.
    public func lineage(_ code: String) -> [Entry] {
        guard let entry = entry(code) else { return [] }
        let prefixes = (2..<code.count).map { String(code.prefix($0)) }
        return [self.entry(entry.section)].compactMap { $0 } + prefixes.compactMap { self.entry($0) } + [entry]
    }
}
