import Testing
import ZhizaoInterchange

@Suite struct TextDecodingTests {
    @Test func keepsUTF8AndDropsTheBOM() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("广州,1".utf8)
        let decoded = try TextDecoding.utf8(bytes, file: "a.csv")
        #expect(decoded.text == Array("广州,1".utf8))
        #expect(decoded.encoding == .utf8)
    }

    @Test func decodesGBK() throws {
        // "广州,花都" in GBK, as Excel saves a CSV on a Chinese system.
        let bytes: [UInt8] = [0xB9, 0xE3, 0xD6, 0xDD, 0x2C, 0xBB, 0xA8, 0xB6, 0xBC]
        let decoded = try TextDecoding.utf8(bytes, file: "a.csv")
        #expect(String(decoding: decoded.text, as: UTF8.self) == "广州,花都")
        #expect(decoded.encoding == .gb18030)
    }

    @Test func refusesBytesThatAreNeitherWithTheirPlace() {
        let bytes: [UInt8] = Array("a,b\n1,2\n".utf8) + [0xFF, 0xFF, 0xFF]
        #expect {
            try TextDecoding.utf8(bytes, file: "bad.csv")
        } throws: { error in
            let problem = (error as? ImportError)?.problems.first
            return problem?.line == 3 && problem?.file == "bad.csv"
                && problem?.message.contains("neither UTF-8 nor GBK/GB18030") == true
        }
    }
}
