import Foundation
import KaoheTestSupport
import Testing

@testable import KaoheCore

/// Reading part of a stored document (issue 14, D-171): a result without its explanation steps, an input without
/// its key-task claims, and the steps alone are exactly the whole decode's values with the rest left out — on the
/// reader's own path and on `JSONDecoder`'s fallback for documents the reader gives up on.
struct StoredJSONPartsTests {
    static func bytes<T>(_ doc: [UInt8], _ read: (UnsafeBufferPointer<UInt8>) throws -> T) rethrows -> T {
        try doc.withUnsafeBufferPointer { try read($0) }
    }

    static func checkParts(_ input: UnitInput, _ result: UnitAssessment, _ inputDoc: [UInt8], _ resultDoc: [UInt8]) throws {
        let whole = try bytes(resultDoc) { try StoredJSON.decodeResult(bytes: $0) }
        var withoutSteps = whole
        withoutSteps.steps = []
        #expect(try bytes(resultDoc) { try StoredJSON.decodeResult(bytes: $0, steps: false) } == withoutSteps)
        #expect(try bytes(resultDoc) { try StoredJSON.decodeResult(bytes: $0, steps: true) } == whole)
        #expect(try bytes(resultDoc) { try StoredJSON.decodeSteps(bytes: $0) } == whole.steps)
        #expect(whole.steps == result.steps)
        let wholeInput = try bytes(inputDoc) { try StoredJSON.decodeInput(bytes: $0) }
        var withoutClaims = wholeInput
        withoutClaims.keyTasks = []
        #expect(try bytes(inputDoc) { try StoredJSON.decodeInput(bytes: $0, keyTasks: false) } == withoutClaims)
        #expect(wholeInput == input)
    }

    @Test func partsOfScoredAndRandomDocumentsAreTheWholeDecodesParts() throws {
        var rng = SplitMix64(state: 162)
        for n in 0..<300 {
            let input = StoredJSONTests.randomInput(&rng, realistic: n % 2 == 0, n: n)
            let result = n % 2 == 0 ? Scoring.assess(input, rules: .builtInDefault) : StoredJSONTests.randomResult(&rng)
            try Self.checkParts(input, result, StoredJSON.encode(input), StoredJSON.encode(result))
        }
    }

    @Test func documentsTheReaderGivesUpOnAreReadByJSONDecoderAndTrimmed() throws {
        var rng = SplitMix64(state: 1621)
        let input = StoredJSONTests.randomInput(&rng, realistic: true, n: 3)
        let result = Scoring.assess(input, rules: .builtInDefault)
        #expect(!result.steps.isEmpty && !input.keyTasks.isEmpty)
        // A member this version does not know: the reader gives up, JSONDecoder ignores it, so the parts come
        // from JSONDecoder's whole decode.
        func unknownMember(_ doc: [UInt8]) -> [UInt8] { Array("{\"later\":[1,{\"x\":null}],".utf8) + doc.dropFirst() }
        let inputDoc = unknownMember(StoredJSON.encode(input)), resultDoc = unknownMember(StoredJSON.encode(result))
        #expect(StoredJSONTests.fast(resultDoc) { try $0.unitAssessment(steps: false) } == nil)
        // Reading only the steps skips every other member unread, an unknown one too, as JSONDecoder ignores it.
        #expect(StoredJSONTests.fast(resultDoc) { try $0.explanationSteps() } == result.steps)
        #expect(StoredJSONTests.fast(inputDoc) { try $0.unitInput(keyTasks: false) } == nil)
        try Self.checkParts(input, result, inputDoc, resultDoc)
    }

    @Test func aBrokenStepsMemberFailsWhenTheStepsAreRead() throws {
        var rng = SplitMix64(state: 1622)
        let result = Scoring.assess(StoredJSONTests.randomInput(&rng, realistic: true, n: 5), rules: .builtInDefault)
        let text = String(decoding: StoredJSON.encode(result), as: UTF8.self)
        // A step without its English text: the whole decode fails as JSONDecoder fails; so does the steps read.
        let broken = Array(text.replacingOccurrences(of: "{\"en\":", with: "{\"en_missing\":").utf8)
        #expect(throws: DecodingError.self) { try Self.bytes(broken) { try StoredJSON.decodeResult(bytes: $0) } }
        #expect(throws: DecodingError.self) { try Self.bytes(broken) { try StoredJSON.decodeSteps(bytes: $0) } }
    }
}
