import Crypto
import Foundation

/// A streaming SHA-256 (FIPS 180-4) of content, for the stable hashes of rule sets and input files.
///
/// A thin wrapper over swift-crypto's `SHA256` (BoringSSL on Linux, which uses the CPU's SHA instructions,
/// D-100), so only KaoheCore imports Crypto. Hashing here identifies content — which rule-set text scored a
/// result, which file an import stored — it guards no secret.
public struct ContentHasher {
    private var hasher = Crypto.SHA256()

    public init() {}

    /// Feeds more bytes; call repeatedly to hash a stream in chunks with flat memory.
    public mutating func update(_ data: Data) { hasher.update(data: data) }

    /// Feeds more bytes from an array or a slice of one.
    public mutating func update<Bytes: ContiguousBytes>(bytes: Bytes) {
        bytes.withUnsafeBytes { hasher.update(bufferPointer: $0) }
    }

    /// Feeds bytes held elsewhere; they are read during the call only.
    public mutating func update(_ buffer: UnsafeRawBufferPointer) { hasher.update(bufferPointer: buffer) }

    /// The digest of everything fed, as 64 lowercase hex digits.
    public consuming func finalizeHex() -> String { hexString(hasher.finalize()) }
}

/// 64 lowercase hex digits of the bytes of a digest.
private func hexString<Digest: Sequence>(_ digest: Digest) -> String where Digest.Element == UInt8 {
    let digits = Array("0123456789abcdef".utf8)
    var out: [UInt8] = []
    out.reserveCapacity(64)
    for b in digest {
        out.append(digits[Int(b >> 4)])
        out.append(digits[Int(b & 0x0F)])
    }
    return String(decoding: out, as: UTF8.self)
}

/// SHA-256 of the text's UTF-8 bytes, lowercase hex.
public func sha256Hex(of text: String) -> String { hexString(Crypto.SHA256.hash(data: Data(text.utf8))) }

/// SHA-256 of the bytes, lowercase hex.
public func sha256Hex(of data: Data) -> String { hexString(Crypto.SHA256.hash(data: data)) }

/// SHA-256 of the bytes, lowercase hex.
public func sha256Hex(of bytes: [UInt8]) -> String { hexString(Crypto.SHA256.hash(data: bytes)) }
