import Testing
import ZhizaoCore

/// SHA-256 against FIPS 180-4 examples and `sha256sum`.
@Suite struct SHA256Tests {
    @Test(arguments: [
        ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        ("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
         "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"),
    ])
    func digestsKnownMessages(message: String, hex: String) {
        #expect(SHA256.hex(Array(message.utf8)) == hex)
    }

    @Test func digestsChineseTextAsUTF8() {
        // printf '全市规上工业总产值2156.3亿元' | sha256sum
        #expect(SHA256.hex("全市规上工业总产值2156.3亿元".utf8) == "27ba807995b6f98a0dc5ea28677be71ca0ff4a3beef2c4bc8a846ec6bfca9814")
    }

    @Test func digestsAcrossBlockBoundaries() {
        // printf 'a%.0s' {1..1000} | sha256sum
        #expect(SHA256.hex(Array(repeating: UInt8(ascii: "a"), count: 1000)) == "41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3")
    }
}

/// The digest fed piece by piece equals the digest of the whole.
@Suite struct SHA256HasherTests {
    @Test(arguments: [1, 7, 63, 64, 65, 200])
    func piecesGiveTheWholesDigest(pieceSize: Int) {
        // Given a message crossing several blocks, with Chinese text
        let message = Array(String(repeating: "广州汽车零部件产业集群\t1.5\n", count: 40).utf8)
        // When it is hashed in pieces of `pieceSize` bytes
        var hasher = SHA256.Hasher()
        var start = 0
        while start < message.count {
            hasher.update(message[start..<min(start + pieceSize, message.count)])
            start += pieceSize
        }
        // Then the digest is the one-shot digest
        #expect(hasher.hex() == SHA256.hex(message))
    }
}
