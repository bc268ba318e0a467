import Foundation
import KaoheTestSupport
import KaoheReport
import Testing

@testable import kaohe

/// A document written piece by piece (`StreamedOutput`, issue 14) arrives as the whole text would: the same bytes
/// in a file, the same terminal-safe text on standard output.
@Suite struct StreamedOutputTests {
    /// Random pieces of text with line breaks, `\r`, tabs, ESC, a bidi override, CJK and emoji — the
    /// characters `TerminalText.lines` treats line by line.
    static func pieces(seed: UInt64) -> [String] {
        var rng = SplitMix64(state: seed)
        let alphabet: [String] = ["a", "7", "单位", "\n", "\r", "\r\n", "\t", "\u{1B}[2J", "\u{202E}", "😀", " ", "<", "&"]
        return (0..<400).map { _ in
            (0..<Int(rng.next() % 12)).map { _ in alphabet[Int(rng.next() % UInt64(alphabet.count))] }.joined()
        }
    }

    @Test func aFileGetsExactlyTheWholeTextWhateverTheChunkSize() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("streamed-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        for (seed, chunk) in [(1, 1), (2, 7), (3, 64), (4, 1 << 20)] as [(UInt64, Int)] {
            let pieces = Self.pieces(seed: seed)
            let path = dir.appendingPathComponent("out-\(seed).html").path
            // An existing file is replaced (atomically, by rename), not appended to.
            #expect(FileManager.default.createFile(atPath: path, contents: Data("old".utf8)))
            let sink = try StreamedOutput.open(path, database: dir.appendingPathComponent("db.sqlite").path, chunk: chunk)
            for p in pieces { sink.write(p) }
            try sink.finish()
            #expect(FileManager.default.contents(atPath: path) == Data(pieces.joined().utf8), "seed \(seed), chunk \(chunk)")
            // No temporary file is left beside it.
            #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.contains(".kaohe-") } == [])
        }
    }

    @Test func standardOutputChunksAreWholeLinesSoTheyAreMadeSafeAsTheWholeText() {
        for seed in 1...200 as ClosedRange<UInt64> {
            let pieces = Self.pieces(seed: seed)
            let whole = pieces.joined()
            // The flushing of `StreamedOutput.write` for standard output, with a chunk of 1 to 50 bytes.
            let chunk = Int(seed % 50) + 1
            var buffer: [UInt8] = [], shown = ""
            for p in pieces {
                buffer += p.utf8
                if buffer.count >= chunk {
                    let end = StreamedOutput.terminalChunkEnd(buffer, final: false)
                    shown += TerminalText.lines(String(decoding: buffer[..<end], as: UTF8.self))
                    buffer.removeSubrange(..<end)
                }
            }
            shown += TerminalText.lines(String(decoding: buffer[..<StreamedOutput.terminalChunkEnd(buffer, final: true)], as: UTF8.self))
            #expect(shown == TerminalText.lines(whole), "seed \(seed)")
        }
    }

    @Test func theDatabaseIsRefusedBeforeAnythingIsWritten() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("streamed-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let db = dir.appendingPathComponent("db.sqlite").path
        #expect(FileManager.default.createFile(atPath: db, contents: Data("database".utf8)))
        #expect(throws: CLIError.self) { _ = try StreamedOutput.open(db, database: db) }
        #expect(throws: CLIError.self) { _ = try StreamedOutput.open(dir.path, database: db) }  // a folder
        #expect(FileManager.default.contents(atPath: db) == Data("database".utf8))
    }
}
