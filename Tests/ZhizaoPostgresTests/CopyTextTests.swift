import Testing
import ZhizaoCopy

/// COPY's text format: tabs between fields, `\N` for NULL, special characters escaped.
@Suite struct CopyTextTests {
    @Test func fieldsAreEscapedAndNullIsBackslashN() {
        var text = CopyText()
        text.add("广州\t汽车\\零部件\n第二行\r")
        text.add(nil as String?)
        text.add(42)
        text.add(1.5)
        text.add(true)
        text.endRow()
        text.add("second")
        text.endRow()
        #expect(String(decoding: text.bytes, as: UTF8.self) == "广州\\t汽车\\\\零部件\\n第二行\\r\t\\N\t42\t1.5\tt\nsecond\n")
    }
}
