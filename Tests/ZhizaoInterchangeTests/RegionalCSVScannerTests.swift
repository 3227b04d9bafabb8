import Foundation
import Testing
@testable import ZhizaoInterchange

/// The byte scanner behind `RegionalTable.readInterned`: it must read what it takes exactly as the general
/// reader does, and leave everything else (problems included) to the general reader.
@Suite struct RegionalCSVScannerTests {
    /// The general reader's result, interned the same way.
    static func general(_ text: String) throws -> InternedRegionalTable {
        InternedRegionalTable(entries: try RegionalTable.read(Array(text.utf8), file: "t.csv").entries)
    }

    @Test(arguments: [
        "region,industry,value\n广州,3610,12\n广州,3620,0.25\n深圳,3610,7\n深圳,3620,0\n",
        "\u{FEFF}地区,行业,数值,年份\r\n广州市,汽车制造,1.5,2020\r\n广州市,汽车制造,2,2021\r\n佛山市,家具,003,2020\r\n",
        "year,value,industry,region\n2019,12345678901234567,C36,越秀\n2019,0.1234567890123456789,C37,越秀",
        "region,industry,value\n\t广州,36 10,1e3x\n",
    ])
    func readsAPlainTableAsTheGeneralReaderDoes(text: String) throws {
        // Given a plain UTF-8 long table (or one the scanner declines: the last has a value 1e3x)
        let scanned = RegionalCSVScanner.scan(Array(text.utf8))
        // When it is read through readInterned
        let result = Result { try RegionalTable.readInterned(Array(text.utf8), file: "t.csv") }
        // Then the scanner's table, when it took the file, is the general reader's, and readInterned agrees
        if let scanned { #expect(scanned == (try Self.general(text))) }
        switch result {
        case .success(let table): #expect(table == (try Self.general(text)))
        case .failure: #expect(scanned == nil)
        }
    }

    @Test func takesThePlainTables() {
        #expect(RegionalCSVScanner.scan(Array("region,industry,value\n广州,3610,12\n".utf8)) != nil)
        #expect(RegionalCSVScanner.scan(Array("地区,行业,数值,年份\r\n广州,汽车,1.5,2020\r\n".utf8)) != nil)
    }

    @Test(arguments: [
        ("region,industry,value\n广州,3610,12\n广州,3610,5\n", "与第 2 行重复"),
        ("region,industry,value\n广州,3610,2000万\n", nil),
        ("region,industry,value\n广州,3610,-3\n", "不能为负数"),
        ("region,industry,value\n广州,3610,abc\n", "数值“abc”"),
        ("region,industry,value\n\"广州\",3610,3\n", nil),
        ("2020年各市\nregion,industry,value\n广州,3610,3\n", nil),
        ("region,industry,value\n广州,3610,3\n\n深圳,3610,4\n", nil),
        ("region,industry,value\n 广州,3610,3\n", nil),
        ("region,industry,value\n,3610,3\n", "不能为空"),
        ("region,industry,value,year\n广州,3610,3,1800\n", "年份超出范围"),
        ("region,industry,value,year\n广州,3610,3,2020-03-05\n", nil),
        ("region,industry,value\n广州,3610\n", "本行有 2 个字段"),
        ("region,industry\n广州,3610\n", "表头缺少列：数值"),
    ] as [(String, String?)])
    func leavesEverythingElseToTheGeneralReader(text: String, chinese: String?) throws {
        // Given a table with something the scanner does not take
        // Then it declines it
        #expect(RegionalCSVScanner.scan(Array(text.utf8)) == nil)
        // and readInterned gives what the general reader gives: the same table, or the same located problems
        if let chinese {
            let error = try #require(throws: ImportError.self) { try RegionalTable.readInterned(Array(text.utf8), file: "t.csv") }
            #expect(error.problems.contains { ($0.chinese ?? "").contains(chinese) && $0.line > 0 }, "\(error.problems)")
        } else {
            #expect(try RegionalTable.readInterned(Array(text.utf8), file: "t.csv") == (try Self.general(text)))
        }
    }

    @Test func declinesAGBKFileWhichTheGeneralReaderDecodes() throws {
        // Given 地区,行业,数值 / 广州,3610,12 in GBK
        let gbk: [UInt8] = [0xB5, 0xD8, 0xC7, 0xF8, 0x2C, 0xD0, 0xD0, 0xD2, 0xB5, 0x2C, 0xCA, 0xFD, 0xD6, 0xB5, 0x0A]
            + [0xB9, 0xE3, 0xD6, 0xDD] + Array(",3610,12\n".utf8)
        #expect(RegionalCSVScanner.scan(gbk) == nil)
        #expect(try RegionalTable.readInterned(gbk, file: "t.csv").regions == ["广州"])
    }

    @Test func declinesNamesThatAreEqualAsStrings() throws {
        // Given é precomposed and decomposed: different bytes, one name to Swift (and to the general reader)
        let text = "region,industry,value\nCaf\u{E9},1,1\nCafe\u{301},2,1\n"
        #expect(RegionalCSVScanner.scan(Array(text.utf8)) == nil)
        #expect(try RegionalTable.readInterned(Array(text.utf8), file: "t.csv").regions.count == 1)
    }

    @Test func readsNumbersToTheSameDoubleAsDouble() {
        // Given many decimal numbers of 1 to 20 digits, seeded
        var state: UInt64 = 12345
        func next() -> UInt64 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return state >> 20
        }
        for _ in 0..<20_000 {
            let digits = (0..<(1 + Int(next() % 20))).map { _ in Character(String(next() % 10)) }
            var text = String(digits)
            if next() % 3 > 0, text.count > 1 {
                text.insert(".", at: text.index(text.startIndex, offsetBy: 1 + Int(next() % UInt64(text.count - 1))))
            }
            // Then the scanner's value is Double(text)'s, bit for bit
            let bytes = Array(text.utf8)
            let scanned = bytes.withUnsafeBufferPointer { RegionalCSVScanner.number($0, 0..<bytes.count) }
            #expect(scanned?.bitPattern == Double(text)?.bitPattern, "\(text)")
        }
    }
}
