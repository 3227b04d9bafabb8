import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// The small parts of a workbook, read with FoundationXML's `XMLParser`: the sheet list (`xl/workbook.xml`), where
/// each sheet's part is (`xl/_rels/workbook.xml.rels`) and which styles are dates (`xl/styles.xml`).
enum WorkbookParts {
    /// The sheets in workbook order with their relationship ids, and whether dates count from 1904.
    static func sheets(_ data: Data) -> (sheets: [(name: String, relationship: String?)], uses1904: Bool)? {
        let collector = ElementCollector(["sheet", "workbookPr"])
        guard collector.parse(data) else { return nil }
        let sheets = collector.elements.filter { $0.name == "sheet" }.compactMap { element in
            element.attributes["name"].map { (name: $0, relationship: element.attributes["r:id"] ?? element.value(endingWith: ":id")) }
        }
        let flag = collector.elements.first { $0.name == "workbookPr" }?.attributes["date1904"]
        return (sheets, flag == "1" || flag == "true")
    }

    /// Relationship id → part path inside the archive (`rId1` → `xl/worksheets/sheet1.xml`).
    static func relationships(_ data: Data) -> [String: String] {
        let collector = ElementCollector(["Relationship"])
        guard collector.parse(data) else { return [:] }
        var targets: [String: String] = [:]
        for element in collector.elements {
            guard let id = element.attributes["Id"], let target = element.attributes["Target"] else { continue }
            targets[id] = target.hasPrefix("/") ? String(target.dropFirst()) : "xl/" + target
        }
        return targets
    }

    /// The date styles of `xl/styles.xml`.
    static func numberFormats(_ data: Data) -> NumberFormats {
        let collector = ElementCollector(["numFmt", "xf", "cellXfs"])
        guard collector.parse(data) else { return NumberFormats() }
        var custom: [Int: String] = [:]
        for element in collector.elements where element.name == "numFmt" {
            if let id = element.attributes["numFmtId"].flatMap({ Int($0) }), let code = element.attributes["formatCode"] {
                custom[id] = code
            }
        }
        var dateStyles: [Bool] = []
        // `xf` elements also appear in cellStyleXfs; only those inside cellXfs are the cells' styles.
        for element in collector.elements where element.name == "xf" && element.parents.contains("cellXfs") {
            let id = element.attributes["numFmtId"].flatMap { Int($0) } ?? 0
            dateStyles.append(custom[id].map(NumberFormats.isDateCode) ?? NumberFormats.isBuiltInDate(id))
        }
        return NumberFormats(dateStyles: dateStyles)
    }
}

/// Collects the attributes of the elements of interest, with the names of the elements enclosing them.
private final class ElementCollector: NSObject, XMLParserDelegate {
    struct Element {
        var name: String
        var attributes: [String: String]
        var parents: [String]

        func value(endingWith suffix: String) -> String? {
            attributes.first { $0.key.hasSuffix(suffix) }?.value
        }
    }

    private let wanted: Set<String>
    private var open: [String] = []
    private(set) var elements: [Element] = []

    init(_ wanted: Set<String>) {
        self.wanted = wanted
    }

    func parse(_ data: Data) -> Bool {
        let parser = XMLParser(data: data)
        parser.delegate = self
        return parser.parse()
    }

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        let local = elementName.split(separator: ":").last.map(String.init) ?? elementName
        if wanted.contains(local) { elements.append(Element(name: local, attributes: attributes, parents: open)) }
        open.append(local)
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
        open.removeLast()
    }
}
