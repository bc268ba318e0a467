import Foundation
import Testing

@testable import KaoheCore

/// The FIPS 180-4 (and NIST CAVS) SHA-256 vectors, kept as a test of the swift-crypto integration (D-100).
struct ContentHashTests {
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
        var h = ContentHasher()
        h.update(bytes: bytes[0..<333])
        h.update(Data(bytes[333..<700]))
        bytes[700...].withUnsafeBytes { h.update($0) }
        let chunked = h.finalizeHex()
        #expect(chunked == sha256Hex(of: Data(bytes)))
        #expect(chunked == sha256Hex(of: bytes))
        #expect(chunked == sha256Hex(of: String(repeating: "a", count: 1_000)))
    }

    @Test func millionAsMatchesTheStandardVectorWhenStreamedInUnevenChunks() {
        // 10⁶ × "a" fed as 1, 63, 64, 65, … bytes at a time, so chunks straddle the 64-byte blocks.
        var h = ContentHasher()
        let a = Array(repeating: UInt8(ascii: "a"), count: 10_000)
        var left = 1_000_000
        var size = 1
        while left > 0 {
            let n = min(size, left, a.count)
            h.update(bytes: a[0..<n])
            left -= n
            size = size == 1 ? 63 : size + 1
        }
        #expect(h.finalizeHex() == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    @Test func a448BitMessageMatchesTheStandardVector() {
        // FIPS 180-4 example "abcdefghbcdefghi…" (896 bits).
        #expect(
            sha256Hex(of: "abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu")
                == "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1")
    }
}
