import Foundation
import Testing

@testable import KaoheCore

struct SHA256Tests {
    @Test func emptyStringMatchesTheStandardVector() {
        #expect(sha256Hex(of: "") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
    }

    @Test func abcMatchesTheStandardVector() {
        #expect(sha256Hex(of: "abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    }

    @Test func twoBlockMessageMatchesTheStandardVector() {
        #expect(
            sha256Hex(of: "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
                == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
    }

    @Test func dataAndChunkedEntryPointsAgree() {
        let bytes = Array(repeating: UInt8(ascii: "a"), count: 1_000)
        var h = SHA256()
        h.update(bytes[0..<333])
        h.update(bytes[333...])
        let chunked = SHA256.hex(h.finalize())
        #expect(chunked == sha256Hex(of: Data(bytes)))
        #expect(chunked == sha256Hex(of: bytes))
        #expect(chunked == sha256Hex(of: String(repeating: "a", count: 1_000)))
    }

    @Test func millionAsMatchesTheStandardVector() {
        var h = SHA256()
        let chunk = Array(repeating: UInt8(ascii: "a"), count: 10_000)
        for _ in 0..<100 { h.update(chunk) }
        #expect(SHA256.hex(h.finalize()) == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }
}
