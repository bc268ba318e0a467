import Foundation

/// SHA-256 (FIPS 180-4) in plain Swift, for stable content hashes of rule sets and input files.
///
/// CryptoKit is not available on Linux and the project takes no crypto dependency; hashing here only
/// identifies content (which rule-set text scored a result), it guards no secret.
public struct SHA256: Sendable {
    private var state: [UInt32] = [
        0x6a09_e667, 0xbb67_ae85, 0x3c6e_f372, 0xa54f_f53a, 0x510e_527f, 0x9b05_688c, 0x1f83_d9ab, 0x5be0_cd19,
    ]
    private var buffer: [UInt8] = []
    private var length: UInt64 = 0

    public init() {}

    /// Feeds more bytes; call repeatedly to hash a stream in chunks with flat memory.
    ///
    /// Contiguous input (arrays, `Data`) is hashed block by block straight from its storage, which matters for
    /// gigabyte monitoring files; other sequences go byte by byte.
    public mutating func update<Bytes: Sequence>(_ bytes: Bytes) where Bytes.Element == UInt8 {
        if bytes.withContiguousStorageIfAvailable({ update(raw: UnsafeRawBufferPointer($0)) }) != nil { return }
        for b in bytes {
            buffer.append(b)
            length &+= 1
            if buffer.count == 64 {
                buffer.withUnsafeBytes { compress($0.baseAddress!, blocks: 1) }
                buffer.removeAll(keepingCapacity: true)
            }
        }
    }

    private mutating func update(raw bytes: UnsafeRawBufferPointer) {
        guard let base = bytes.baseAddress else { return }
        length &+= UInt64(bytes.count)
        var offset = 0
        if !buffer.isEmpty {
            let take = min(64 - buffer.count, bytes.count)
            buffer.append(contentsOf: UnsafeRawBufferPointer(start: base, count: take))
            offset = take
            guard buffer.count == 64 else { return }
            buffer.withUnsafeBytes { compress($0.baseAddress!, blocks: 1) }
            buffer.removeAll(keepingCapacity: true)
        }
        let blocks = (bytes.count - offset) / 64
        compress(base + offset, blocks: blocks)
        offset += blocks * 64
        buffer.append(contentsOf: UnsafeRawBufferPointer(start: base + offset, count: bytes.count - offset))
    }

    /// The 32-byte digest; the hasher is consumed.
    public consuming func finalize() -> [UInt8] {
        let bitLength = length &* 8
        var tail = buffer
        tail.append(0x80)
        while tail.count % 64 != 56 { tail.append(0) }
        for i in (0..<8).reversed() { tail.append(UInt8(truncatingIfNeeded: bitLength >> (UInt64(i) * 8))) }
        tail.withUnsafeBytes { compress($0.baseAddress!, blocks: $0.count / 64) }
        var out: [UInt8] = []
        out.reserveCapacity(32)
        for word in state { for i in (0..<4).reversed() { out.append(UInt8(truncatingIfNeeded: word >> (UInt32(i) * 8))) } }
        return out
    }

    /// The digest of `bytes`.
    public static func hash(_ bytes: [UInt8]) -> [UInt8] {
        var h = SHA256()
        h.update(bytes)
        return h.finalize()
    }

    /// The digest of `data`.
    public static func hash(_ data: Data) -> [UInt8] { hash([UInt8](data)) }

    /// Lower-case hexadecimal form of a digest.
    public static func hex(_ digest: [UInt8]) -> String {
        let chars = Array("0123456789abcdef")
        var s = ""
        for b in digest {
            s.append(chars[Int(b >> 4)])
            s.append(chars[Int(b & 0x0f)])
        }
        return s
    }

    private static let k: [UInt32] = [
        0x428a_2f98, 0x7137_4491, 0xb5c0_fbcf, 0xe9b5_dba5, 0x3956_c25b, 0x59f1_11f1, 0x923f_82a4, 0xab1c_5ed5,
        0xd807_aa98, 0x1283_5b01, 0x2431_85be, 0x550c_7dc3, 0x72be_5d74, 0x80de_b1fe, 0x9bdc_06a7, 0xc19b_f174,
        0xe49b_69c1, 0xefbe_4786, 0x0fc1_9dc6, 0x240c_a1cc, 0x2de9_2c6f, 0x4a74_84aa, 0x5cb0_a9dc, 0x76f9_88da,
        0x983e_5152, 0xa831_c66d, 0xb003_27c8, 0xbf59_7fc7, 0xc6e0_0bf3, 0xd5a7_9147, 0x06ca_6351, 0x1429_2967,
        0x27b7_0a85, 0x2e1b_2138, 0x4d2c_6dfc, 0x5338_0d13, 0x650a_7354, 0x766a_0abb, 0x81c2_c92e, 0x9272_2c85,
        0xa2bf_e8a1, 0xa81a_664b, 0xc24b_8b70, 0xc76c_51a3, 0xd192_e819, 0xd699_0624, 0xf40e_3585, 0x106a_a070,
        0x19a4_c116, 0x1e37_6c08, 0x2748_774c, 0x34b0_bcb5, 0x391c_0cb3, 0x4ed8_aa4a, 0x5b9c_ca4f, 0x682e_6ff3,
        0x748f_82ee, 0x78a5_636f, 0x84c8_7814, 0x8cc7_0208, 0x90be_fffa, 0xa450_6ceb, 0xbef9_a3f7, 0xc671_78f2,
    ]

    /// Hashes `blocks` consecutive 64-byte blocks starting at `base`.
    ///
    /// The working state lives in locals, the message schedule in a stack buffer, and the rounds are unrolled
    /// eight at a time with the variables' roles rotated instead of shifting eight values per round; the
    /// rounds touch no array, so they pay no bounds, uniqueness or exclusivity checks. A gigabyte file is
    /// about 16 million blocks.
    private mutating func compress(_ base: UnsafeRawPointer, blocks: Int) {
        guard blocks > 0 else { return }
        @inline(__always) func rotr(_ x: UInt32, _ n: UInt32) -> UInt32 { (x >> n) | (x << (32 &- n)) }
        var s = (state[0], state[1], state[2], state[3], state[4], state[5], state[6], state[7])
        SHA256.k.withUnsafeBufferPointer { k in
            withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 64) { w in
                /// One round; `d` and `h` are the two words it changes, the others are named by their role.
                @inline(__always) func round(
                    _ a: UInt32, _ b: UInt32, _ c: UInt32, _ d: inout UInt32, _ e: UInt32, _ f: UInt32, _ g: UInt32,
                    _ h: inout UInt32, _ i: Int
                ) {
                    let t1 = h &+ (rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)) &+ (g ^ (e & (f ^ g))) &+ k[i] &+ w[i]
                    d = d &+ t1
                    h = t1 &+ (rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)) &+ ((a & b) | (c & (a | b)))
                }
                for block in 0..<blocks {
                    let p = base + block &* 64
                    for i in 0..<16 { w[i] = UInt32(bigEndian: p.loadUnaligned(fromByteOffset: i &* 4, as: UInt32.self)) }
                    for i in 16..<64 {
                        let w15 = w[i &- 15], w2 = w[i &- 2]
                        let s0 = rotr(w15, 7) ^ rotr(w15, 18) ^ (w15 >> 3)
                        let s1 = rotr(w2, 17) ^ rotr(w2, 19) ^ (w2 >> 10)
                        w[i] = w[i &- 16] &+ s0 &+ w[i &- 7] &+ s1
                    }
                    var (a, b, c, d, e, f, g, h) = s
                    var i = 0
                    while i < 64 {
                        round(a, b, c, &d, e, f, g, &h, i)
                        round(h, a, b, &c, d, e, f, &g, i &+ 1)
                        round(g, h, a, &b, c, d, e, &f, i &+ 2)
                        round(f, g, h, &a, b, c, d, &e, i &+ 3)
                        round(e, f, g, &h, a, b, c, &d, i &+ 4)
                        round(d, e, f, &g, h, a, b, &c, i &+ 5)
                        round(c, d, e, &f, g, h, a, &b, i &+ 6)
                        round(b, c, d, &e, f, g, h, &a, i &+ 7)
                        i &+= 8
                    }
                    s = (s.0 &+ a, s.1 &+ b, s.2 &+ c, s.3 &+ d, s.4 &+ e, s.5 &+ f, s.6 &+ g, s.7 &+ h)
                }
            }
        }
        state = [s.0, s.1, s.2, s.3, s.4, s.5, s.6, s.7]
    }
}

/// Lower-case hex SHA-256 of the UTF-8 bytes of `text`; the content hash of a rule set's source.
public func sha256Hex(of text: String) -> String { SHA256.hex(SHA256.hash(Array(text.utf8))) }

/// Lower-case hex SHA-256 of `data`, for input files.
public func sha256Hex(of data: Data) -> String { SHA256.hex(SHA256.hash(data)) }

/// Lower-case hex SHA-256 of `bytes`.
public func sha256Hex(of bytes: [UInt8]) -> String { SHA256.hex(SHA256.hash(bytes)) }
