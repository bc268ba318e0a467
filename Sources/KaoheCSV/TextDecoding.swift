import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A text encoding that input files may arrive in.
///
/// Spreadsheets in Chinese offices save CSV as UTF-8 (often with a BOM), as GB18030/GBK, or — for the
/// "Unicode text" export — as tab-separated UTF-16 with a BOM.
public enum SourceEncoding: String, Sendable, Hashable, CaseIterable {
    case utf8 = "UTF-8"
    case utf8WithBOM = "UTF-8 with BOM"
    case gb18030 = "GB18030"
    case utf16LE = "UTF-16LE"
    case utf16BE = "UTF-16BE"

    /// The name shown to users, e.g. `UTF-8 with BOM`.
    public var name: String { rawValue }

    /// Whether files in this encoding use a tab as the field delimiter (the spreadsheet "Unicode text" export).
    public var isTabSeparated: Bool { self == .utf16LE || self == .utf16BE }

    fileprivate var iconvName: String? {
        switch self {
        case .utf8, .utf8WithBOM: nil
        case .gb18030: "GB18030"
        case .utf16LE: "UTF-16LE"
        case .utf16BE: "UTF-16BE"
        }
    }
}

/// Input bytes that cannot be decoded as text: a `FieldProblem` (reason and fix, no location) raised by the decoder.
///
/// A type of its own only so the parser catches exactly the decoder's problems and locates them at the physical
/// line it has reached; the wording is a `FieldProblem`'s (issue 13 item 2: it was a byte-identical copy).
public struct DecodingProblem: Error, Sendable, Hashable {
    public var problem: FieldProblem

    /// A catalogued decoding problem.
    public init(_ issue: DecodingIssue) {
        problem = FieldProblem(issue)
    }
}

/// Turns the raw bytes of a file, chunk by chunk, into UTF-8 bytes, detecting the encoding on the way.
///
/// A BOM decides at once (EF BB BF, FF FE, FE FF; the BOM is dropped). Without one, bytes up to the first
/// non-ASCII byte are passed through undecided, because ASCII reads the same in UTF-8 and GB18030; the
/// first 4 KiB from there decide: valid UTF-8 → UTF-8, otherwise GB18030. Characters split across chunk
/// boundaries are carried over, so the output does not depend on how the input was chunked. Memory stays
/// bounded by the chunk size.
public final class StreamingTextDecoder {
    /// The detected encoding; nil until decided (a BOM, or a sample of non-ASCII text, or the end of input).
    public private(set) var encoding: SourceEncoding?

    static let detectionWindow = 4096
    private static let outputCapacity = 1 << 16

    private var bomSettled = false
    private var undecided: [UInt8] = []
    private var carry: [UInt8] = []
    private var converter: iconv_t?
    private let output = UnsafeMutableRawPointer.allocate(byteCount: outputCapacity, alignment: 16)

    /// Whether text without a BOM is taken as UTF-8 at once instead of being sniffed (UTF-8 or GB18030).
    ///
    /// For the parallel monitoring import's pieces (D-101): a piece that is not valid UTF-8 fails, and the
    /// whole file then goes through the careful path, which sniffs as usual.
    let utf8Only: Bool

    /// Creates a decoder that has seen no bytes yet.
    public init() { utf8Only = false }

    /// Creates a decoder that still honours a BOM but reads text without one as UTF-8, never GB18030.
    init(utf8Only: Bool) { self.utf8Only = utf8Only }

    deinit {
        if let converter { iconv_close(converter) }
        output.deallocate()
    }

    /// Decodes the next chunk; `sink` receives UTF-8 bytes, valid only during the call, in file order.
    ///
    /// On undecodable bytes the text before them is passed to `sink` first, then `DecodingProblem` is thrown,
    /// so a caller counting lines in the output knows the line of the bad bytes. Errors from `sink` propagate.
    public func decode(_ chunk: Data, into sink: (UnsafeRawBufferPointer) throws -> Void) throws {
        try chunk.withUnsafeBytes { try decode($0, final: false, into: sink) }
    }

    /// Ends the input; flushes held-back bytes and throws if the input ends inside a character.
    public func finish(into sink: (UnsafeRawBufferPointer) throws -> Void) throws {
        try decode(UnsafeRawBufferPointer(start: nil, count: 0), final: true, into: sink)
        if !carry.isEmpty {
            carry = []
            throw DecodingProblem(DecodingIssue.endsInsideCharacter(encoding: encoding?.name))
        }
    }

    private func decode(
        _ bytes: UnsafeRawBufferPointer, final: Bool, into sink: (UnsafeRawBufferPointer) throws -> Void
    ) throws {
        switch encoding {
        case nil: try detect(bytes, final: final, into: sink)
        case .utf8, .utf8WithBOM: try passUTF8(bytes, into: sink)
        case .gb18030, .utf16LE, .utf16BE: try convert(bytes, into: sink)
        }
    }

    private func detect(
        _ bytes: UnsafeRawBufferPointer, final: Bool, into sink: (UnsafeRawBufferPointer) throws -> Void
    ) throws {
        if !bomSettled {
            undecided.append(contentsOf: bytes)
            let boms: [([UInt8], SourceEncoding)] = [
                ([0xEF, 0xBB, 0xBF], .utf8WithBOM), ([0xFF, 0xFE], .utf16LE), ([0xFE, 0xFF], .utf16BE),
            ]
            for (bom, detected) in boms where undecided.starts(with: bom) {
                let rest = Array(undecided.dropFirst(bom.count))
                undecided = []
                bomSettled = true
                try decide(detected)
                try rest.withUnsafeBytes { try decode($0, final: final, into: sink) }
                return
            }
            let couldBeBOM = boms.contains { bom, _ in undecided.count < bom.count && bom.starts(with: undecided) }
            if couldBeBOM && !final { return }
            bomSettled = true
            let held = undecided
            undecided = []
            try held.withUnsafeBytes { try detect($0, final: final, into: sink) }
            return
        }
        if utf8Only {
            try decide(.utf8)
            let held = undecided
            undecided = []
            try held.withUnsafeBytes { try passUTF8($0, into: sink) }
            try passUTF8(bytes, into: sink)
            return
        }
        var rest = bytes
        if undecided.isEmpty {
            let ascii = asciiPrefixLength(bytes)
            if ascii > 0 { try sink(UnsafeRawBufferPointer(rebasing: bytes[..<ascii])) }
            rest = UnsafeRawBufferPointer(rebasing: bytes[ascii...])
        }
        undecided.append(contentsOf: rest)
        guard !undecided.isEmpty else {
            if final { try decide(.utf8) }
            return
        }
        let verdict: SourceEncoding?
        switch scanUTF8(undecided) {
        case .invalid: verdict = .gb18030
        case .incomplete: verdict = final ? .utf8 : nil
        case .valid: verdict = final || undecided.count >= Self.detectionWindow ? .utf8 : nil
        }
        guard let verdict else { return }
        let held = undecided
        undecided = []
        try decide(verdict)
        try held.withUnsafeBytes { try decode($0, final: final, into: sink) }
    }

    private func decide(_ detected: SourceEncoding) throws {
        encoding = detected
        guard let name = detected.iconvName else { return }
        let descriptor = iconv_open("UTF-8", name)
        guard let descriptor, descriptor != iconv_t(bitPattern: -1) else {
            throw DecodingProblem(DecodingIssue.cannotConvert(encoding: name))
        }
        converter = descriptor
    }

    private func passUTF8(_ bytes: UnsafeRawBufferPointer, into sink: (UnsafeRawBufferPointer) throws -> Void) throws {
        var rest = bytes
        if !carry.isEmpty {
            let missing = utf8SequenceLength(lead: carry[0]) - carry.count
            let taken = min(missing, rest.count)
            carry.append(contentsOf: rest[..<taken])
            rest = UnsafeRawBufferPointer(rebasing: rest[taken...])
            switch scanUTF8(carry) {
            case .invalid(let at): throw invalidUTF8(carry[at...])
            case .incomplete: return
            case .valid:
                try carry.withUnsafeBytes { try sink($0) }
                carry = []
            }
        }
        switch scanUTF8(rest) {
        case .valid:
            if !rest.isEmpty { try sink(rest) }
        case .incomplete(let at):
            if at > 0 { try sink(UnsafeRawBufferPointer(rebasing: rest[..<at])) }
            carry = Array(rest[at...])
        case .invalid(let at):
            if at > 0 { try sink(UnsafeRawBufferPointer(rebasing: rest[..<at])) }
            throw invalidUTF8(rest[at...])
        }
    }

    private func invalidUTF8<C: Collection<UInt8>>(_ bytes: C) -> DecodingProblem {
        DecodingProblem(DecodingIssue.mixedEncodings(bytes: Array(bytes.prefix(1))))
    }

    private func convert(_ bytes: UnsafeRawBufferPointer, into sink: (UnsafeRawBufferPointer) throws -> Void) throws {
        if carry.isEmpty {
            try runConverter(bytes, into: sink)
        } else {
            var joined = carry
            joined.append(contentsOf: bytes)
            carry = []
            try joined.withUnsafeBytes { try runConverter($0, into: sink) }
        }
    }

    private func runConverter(_ bytes: UnsafeRawBufferPointer, into sink: (UnsafeRawBufferPointer) throws -> Void) throws {
        guard let base = bytes.baseAddress, !bytes.isEmpty, let converter else { return }
        var input: UnsafeMutablePointer<CChar>? = UnsafeMutablePointer(mutating: base.assumingMemoryBound(to: CChar.self))
        var inputLeft = bytes.count
        while inputLeft > 0 {
            var out: UnsafeMutablePointer<CChar>? = output.assumingMemoryBound(to: CChar.self)
            var outLeft = Self.outputCapacity
            let result = iconv(converter, &input, &inputLeft, &out, &outLeft)
            let failure = errno
            let produced = Self.outputCapacity - outLeft
            if produced > 0 { try sink(UnsafeRawBufferPointer(start: output, count: produced)) }
            guard result == -1 else { continue }
            let remaining = UnsafeRawBufferPointer(start: UnsafeRawPointer(input), count: inputLeft)
            switch failure {
            case E2BIG:
                continue
            case EINVAL:
                carry = Array(remaining)
                return
            default:
                throw DecodingProblem(
                    DecodingIssue.invalid(bytes: Array(remaining.prefix(2)), encoding: encoding?.name, notUTF8Either: encoding == .gb18030))
            }
        }
    }
}

/// `byte B1 is` or `bytes 80 41 are`, to start a sentence about undecodable bytes.
func bytesPhrase<C: Collection<UInt8>>(_ bytes: C) -> String {
    let words = hexWords(bytes)
    return (words.count == 1 ? "byte " : "bytes ") + words.joined(separator: " ") + (words.count == 1 ? " is" : " are")
}


func hexWords<C: Collection<UInt8>>(_ bytes: C) -> [String] {
    let digits = Array("0123456789ABCDEF")
    return bytes.map { "\(digits[Int($0 >> 4)])\(digits[Int($0 & 0xF)])" }
}

enum UTF8Scan: Equatable {
    case valid
    /// The bytes from this offset start a sequence that the input ends before completing.
    case incomplete(at: Int)
    case invalid(at: Int)
}

func utf8SequenceLength(lead: UInt8) -> Int {
    switch lead {
    case 0..<0x80: 1
    case 0xC2...0xDF: 2
    case 0xE0...0xEF: 3
    case 0xF0...0xF4: 4
    default: 1
    }
}

func asciiPrefixLength(_ bytes: UnsafeRawBufferPointer) -> Int {
    guard let base = bytes.baseAddress else { return 0 }
    let count = bytes.count
    var i = 0
    while i + 8 <= count, base.loadUnaligned(fromByteOffset: i, as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
        i += 8
    }
    while i < count, base.load(fromByteOffset: i, as: UInt8.self) < 0x80 { i += 1 }
    return i
}

func scanUTF8(_ bytes: [UInt8]) -> UTF8Scan {
    bytes.withUnsafeBytes { scanUTF8($0) }
}

/// Validates UTF-8 per RFC 3629 (no overlongs, surrogates or code points above U+10FFFF).
func scanUTF8(_ bytes: UnsafeRawBufferPointer) -> UTF8Scan {
    guard let base = bytes.baseAddress else { return .valid }
    let count = bytes.count
    var i = 0
    while i < count {
        i += asciiPrefixLength(UnsafeRawBufferPointer(start: base + i, count: count - i))
        if i >= count { break }
        let lead = base.load(fromByteOffset: i, as: UInt8.self)
        var low: UInt8 = 0x80
        var high: UInt8 = 0xBF
        switch lead {
        case 0xE0: low = 0xA0
        case 0xED: high = 0x9F
        case 0xF0: low = 0x90
        case 0xF4: high = 0x8F
        case 0xC2...0xDF, 0xE1...0xEC, 0xEE, 0xEF, 0xF1...0xF3: break
        default: return .invalid(at: i)
        }
        let length = utf8SequenceLength(lead: lead)
        for k in 1..<length {
            guard i + k < count else { return .incomplete(at: i) }
            let byte = base.load(fromByteOffset: i + k, as: UInt8.self)
            if byte < (k == 1 ? low : 0x80) || byte > (k == 1 ? high : 0xBF) { return .invalid(at: i) }
        }
        i += length
    }
    return .valid
}
