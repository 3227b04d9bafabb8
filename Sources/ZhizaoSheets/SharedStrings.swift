/// The workbook's shared string table (`xl/sharedStrings.xml`): cells of type `s` hold an index into it. An item is
/// plain (`<si><t>…</t></si>`) or rich text, whose runs (`<r><t>…</t></r>`) are joined; phonetic guides (`<rPh>`)
/// are not part of the text.
struct SharedStrings {
    private(set) var strings: [String] = []
    private var stream = XMLStream()
    private var item: [UInt8] = []
    private var inItem = false, inText = false, inPhonetic = false

    /// Reads the next chunk of the part.
    mutating func feed(_ chunk: some Sequence<UInt8>) {
        var scanner = stream
        stream = XMLStream()  // the scanner's buffer stays uniquely referenced while it is fed
        scanner.feed(chunk) { handle($0) }
        stream = scanner
    }

    private mutating func handle(_ event: XMLStream.Event) {
        switch event {
        case .start(let tag):
            if tag.is("si") {
                inItem = true
                item.removeAll(keepingCapacity: true)
            } else if tag.is("rPh") {
                inPhonetic = true
            } else if tag.is("t") {
                inText = !tag.isEmpty
            }
        case .end(let tag):
            if tag.is("si") {
                strings.append(XMLText.decode(item[...]))
                inItem = false
            } else if tag.is("rPh") {
                inPhonetic = false
            } else if tag.is("t") {
                inText = false
            }
        case .text(let bytes):
            if inItem, inText, !inPhonetic { item.append(contentsOf: bytes) }
        }
    }

    subscript(index: Int) -> String? {
        index >= 0 && index < strings.count ? strings[index] : nil
    }
}
