import Testing
@testable import ZhizaoCore

@Suite struct CSVReaderTests {
    private func records(_ text: String) throws -> [[String]] {
        var reader = CSVReader(Array(text.utf8))
        var fields: [CSVField] = []
        var out: [[String]] = []
        while try reader.next(into: &fields) { out.append(fields.map(reader.string)) }
        return out
    }

    @Test func readsQuotedFieldsEscapesAndLineEnds() throws {
        let text = "a,b,c\r\n\"x, y\",\"say \"\"hi\"\"\",\r\n\n广州,\"two\nlines\",z"
        #expect(try records(text) == [["a", "b", "c"], ["x, y", "say \"hi\"", ""], ["广州", "two\nlines", "z"]])
    }

    @Test func skipsTheByteOrderMark() throws {
        #expect(try records("\u{FEFF}uscc,name\n1,2\n") == [["uscc", "name"], ["1", "2"]])
    }

    @Test func locatesFieldsByLineAndCharacterColumn() throws {
        var reader = CSVReader(Array("h1,h2\n花都区,\"x\ny\",z\n".utf8))
        var fields: [CSVField] = []
        _ = try reader.next(into: &fields)
        _ = try reader.next(into: &fields)
        #expect(fields.map(\.line) == [2, 2, 3])
        #expect(fields.map(reader.column) == [1, 5, 4])
    }

    @Test func refusesAnUnclosedQuoteWithItsPlace() {
        var reader = CSVReader(Array("a,b\n1,\"open\n".utf8))
        var fields: [CSVField] = []
        #expect(throws: CSVSyntaxError(line: 2, column: 3, message: "quoted field is never closed; add the closing double quote")) {
            while try reader.next(into: &fields) {}
        }
    }
}
