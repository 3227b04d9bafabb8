// The XML-parser peer of the worksheet scanner (scripts/bench-xlsx.sh): FoundationXML's XMLParser (SAX, libxml2)
// over a worksheet part, doing the least a reader must: counting rows and cells and collecting each value's text.
// Build: swiftc -O scripts/xmlparser-peer.swift -o bench-data/xmlparser-peer; run: xmlparser-peer sheet1.xml
import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

final class Counter: NSObject, XMLParserDelegate {
    var rows = 0, cells = 0, characters = 0
    var inValue = false
    var text = ""

    func parser(
        _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        switch name {
        case "row": rows += 1
        case "c": cells += 1
        case "v", "t":
            inValue = true
            text = ""
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if inValue { text += string }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        if name == "v" || name == "t" {
            inValue = false
            characters += text.count
        }
    }
}

let url = URL(fileURLWithPath: CommandLine.arguments[1])
guard let parser = XMLParser(contentsOf: url) else { fatalError("cannot open \(url.path)") }
let counter = Counter()
parser.delegate = counter
guard parser.parse() else { fatalError("parse failed: \(String(describing: parser.parserError))") }
print("rows \(counter.rows) cells \(counter.cells) characters \(counter.characters)")
