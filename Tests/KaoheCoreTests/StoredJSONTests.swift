import Foundation
import KaoheTestSupport
import Testing

@testable import KaoheCore

/// The hand-written JSON of a run's stored documents against Foundation's `JSONEncoder`/`JSONDecoder` on the
/// real types (issue 14, D-112): the same bytes written, the same values read, on values from the scoring
/// engine and on seeded random values that reach every member, every enumeration case and every escape.
struct StoredJSONTests {
    static func foundation<T: Encodable>(_ value: T) throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return Array(try encoder.encode(value))
    }

    /// The reader on its own, without the fallback: nil when it gives up.
    static func fast<T>(_ bytes: [UInt8], _ read: (inout StoredJSONReader) throws -> T) -> T? {
        bytes.withUnsafeBufferPointer { p in
            var r = StoredJSONReader(p)
            guard let v = try? read(&r), (try? r.end()) != nil else { return nil }
            return v
        }
    }

    /// Checks one input and one result: bytes equal to `JSONEncoder`'s, read back by the reader itself (no
    /// fallback) to the value `JSONDecoder` reads, whose `JSONEncoder` text is the same too (so the decimals
    /// read have the same digits, not only the same value).
    static func check(_ input: UnitInput, _ result: UnitAssessment) throws {
        let inputBytes = try foundation(input), resultBytes = try foundation(result)
        #expect(StoredJSON.encode(input) == inputBytes, "\(String(decoding: inputBytes, as: UTF8.self))")
        #expect(StoredJSON.encode(result) == resultBytes, "\(String(decoding: resultBytes, as: UTF8.self))")
        let byFoundationInput = try JSONDecoder().decode(UnitInput.self, from: Data(inputBytes))
        let byFoundationResult = try JSONDecoder().decode(UnitAssessment.self, from: Data(resultBytes))
        let byReaderInput = try #require(fast(inputBytes) { try $0.unitInput() })
        let byReaderResult = try #require(fast(resultBytes) { try $0.unitAssessment() })
        #expect(byReaderInput == byFoundationInput)
        #expect(byReaderResult == byFoundationResult)
        #expect(try foundation(byReaderInput) == foundation(byFoundationInput))
        #expect(try foundation(byReaderResult) == foundation(byFoundationResult))
    }

    // MARK: values from the engine

    @Test func scoredSampleUnitsMatchFoundation() throws {
        var rng = SplitMix64(state: 14)
        let rules = RuleSet.builtInDefault
        for n in 0..<300 {
            let input = Self.randomInput(&rng, realistic: true, n: n)
            try Self.check(input, Scoring.assess(input, rules: rules))
        }
    }

    // MARK: random values reaching every member

    @Test func randomValuesMatchFoundation() throws {
        var rng = SplitMix64(state: 1402)
        for n in 0..<600 {
            let input = Self.randomInput(&rng, realistic: false, n: n)
            try Self.check(input, Self.randomResult(&rng))
        }
    }

    @Test func everyEscapeAndControlCharacterIsWrittenAsFoundationWritesIt() throws {
        // Every character below U+0080, then characters JSON writers treat specially elsewhere.
        var specials = (0..<0x80).map { String(UnicodeScalar(UInt8($0))) }
        specials += ["\u{2028}", "\u{2029}", "\u{FEFF}", "é", "考核", "😀", "\u{7F}", "\\/", "\"\"", "</script>"]
        for s in specials {
            let area = Area(code: "X", name: s, type: .park, parentCode: s)
            let input = UnitInput(area: area, year: 2015, current: nil, falsificationReference: "a\(s)b", report: .notSubmitted)
            #expect(StoredJSON.encode(input) == (try Self.foundation(input)), "character \(s.unicodeScalars.map { $0.value })")
            #expect(Self.fast(try Self.foundation(input)) { try $0.unitInput() } == input)
        }
    }

    @Test func numbersReadAsDecimalStringReadsThem() throws {
        // The direct path (nonzero, at most 19 significant digits) and the fallback to Decimal(string:).
        var texts = ["0.05", "100", "-3.50", "1.10", "0", "0.0", "-0", "0.000120", "9999999999999999999", "12345678901234567890",
                     "0.33333333333333333333333333333333333333", "-120.5", "1000000000000000000000"]
        var rng = SplitMix64(state: 3)
        for _ in 0..<2000 {
            let d = Self.decimal(&rng)
            texts.append(d.exactText)
        }
        for text in texts {
            let expected = try #require(Decimal(string: text, locale: nil))
            let read = try #require(Self.fast(Array(text.utf8)) { try $0.decimal() }, "\(text)")
            #expect(read == expected, "\(text)")
            #expect(read.exactText == expected.exactText, "\(text)")
            #expect(read.description == expected.description, "\(text)")
            #expect(read.hashValue == expected.hashValue, "\(text)")
            let stored = try #require(Decimal(exactText: text))
            #expect(stored == expected && stored.exactText == expected.exactText && stored.description == expected.description, "\(text)")
        }
        // Texts outside the direct path's grammar are left to Decimal(string:), whatever it makes of them.
        for text in ["01", "1.", ".5", "+1", " 1", "1e3", "0.10", "-", "", "1.2.3", "１"] {
            var utf8 = Array(text.utf8)
            let direct = utf8.withUnsafeMutableBufferPointer { Decimal(plainText: UnsafeBufferPointer($0)) }
            #expect(direct == nil || text == "0.10", "\(text)")
            #expect(Decimal(exactText: text) == Decimal(string: text, locale: Locale(identifier: "en_US_POSIX")), "\(text)")
            #expect(Decimal(exactText: text)?.exactText == Decimal(string: text, locale: Locale(identifier: "en_US_POSIX"))?.exactText, "\(text)")
        }
    }

    // MARK: documents only JSONDecoder reads, and broken ones

    @Test func documentsTheReaderGivesUpOnAreDecodedByFoundation() throws {
        let rules = RuleSet.builtInDefault
        var rng = SplitMix64(state: 7)
        let input = Self.randomInput(&rng, realistic: true, n: 3)
        let result = Scoring.assess(input, rules: rules)
        let text = String(decoding: try Self.foundation(result), as: UTF8.self)
        // A pretty-printed document, an unknown member, a number with an exponent: the reader gives up on
        // the last two; the decode still gives JSONDecoder's value.
        let pretty: String = {
            let e = JSONEncoder()
            e.outputFormatting = [.sortedKeys, .prettyPrinted]
            return String(decoding: try! e.encode(result), as: UTF8.self)
        }()
        let unknown = "{\"later\":[1,{\"x\":null}]," + text.dropFirst()
        var ten = result
        ten.resultScore = 10
        let tenText = String(decoding: try Self.foundation(ten), as: UTF8.self)
        #expect(tenText.contains("\"resultScore\":10,"))
        let exponent = tenText.replacingOccurrences(of: "\"resultScore\":10,", with: "\"resultScore\":1e1,")
        for doc in [pretty, unknown, exponent] {
            #expect(Self.fast(Array(doc.utf8)) { try $0.unitAssessment() } == nil || doc == pretty)
            #expect(try StoredJSON.decodeResult(doc) == JSONDecoder().decode(UnitAssessment.self, from: Data(doc.utf8)))
        }
        #expect(try StoredJSON.decodeResult(exponent) == ten)
        // An older result without requiredReduction and previousIsBase reads with both nil.
        var old = result
        old.requiredReduction = nil
        old.previousIsBase = nil
        let oldText = String(decoding: try Self.foundation(old), as: UTF8.self)
        #expect(!oldText.contains("requiredReduction"))
        #expect(try StoredJSON.decodeResult(oldText) == old)
        // Null for optional members reads as nil, as decodeIfPresent does.
        let nulls = "{\"area\":{\"code\":\"A\",\"name\":\"n\",\"parentCode\":null,\"type\":\"区\"},\"flags\":[],\"grade\":null,\"kind\":\"annual\",\"resultScore\":null,\"steps\":[],\"year\":2015}"
        let byReader = try #require(Self.fast(Array(nulls.utf8)) { try $0.unitAssessment() })
        #expect(byReader == (try JSONDecoder().decode(UnitAssessment.self, from: Data(nulls.utf8))))
    }

    @Test func brokenDocumentsFailAsJSONDecoderFails() throws {
        let good = String(decoding: try Self.foundation(UnitInput(area: Area(code: "A", name: "n", type: .county), year: 2015, current: nil, report: .notSubmitted)), as: UTF8.self)
        let broken = [
            "{", "", "null", "[]", good + "x", String(good.dropLast()),
            good.replacingOccurrences(of: "\"year\":2015", with: "\"year\":\"2015\""),
            good.replacingOccurrences(of: "\"year\":2015", with: "\"year\":02015"),
            good.replacingOccurrences(of: "\"county\"", with: "\"nowhere\"").replacingOccurrences(of: "\"县\"", with: "\"乡\""),
            good.replacingOccurrences(of: ",\"year\":2015", with: ""),
            good.replacingOccurrences(of: "{\"notSubmitted\":{}}", with: "{\"notSubmitted\":{},\"submitted\":{}}"),
            good.replacingOccurrences(of: "\"A\"", with: "\"A\u{01}\""),
        ]
        for doc in broken {
            #expect(throws: DecodingError.self, "\(doc)") { try JSONDecoder().decode(UnitInput.self, from: Data(doc.utf8)) }
            #expect(throws: DecodingError.self, "\(doc)") { try StoredJSON.decodeInput(doc) }
        }
    }

    // MARK: generators

    static let texts = [
        "涪城区", "自查报告（2015-12-28 报送）", "a\"quote\"", "back\\slash", "sl/ash", "tab\there", "line\nbreak", "\u{01}\u{1F}",
        "😀 emoji", "", " ", "R-11", "绵府办函〔2016〕12号", "</p>", "\u{2028}",
    ]

    static func text(_ rng: inout SplitMix64) -> String {
        (0..<Int.random(in: 1...3, using: &rng)).map { _ in texts.randomElement(using: &rng)! }.joined()
    }

    /// A decimal with a random significand and exponent, sometimes from arithmetic (whose representation
    /// may carry trailing zeros or many digits).
    static func decimal(_ rng: inout SplitMix64) -> Decimal {
        switch Int.random(in: 0..<6, using: &rng) {
        case 0: return Decimal(Int.random(in: 0...200, using: &rng))
        case 1: return Decimal(sign: .plus, exponent: -Int.random(in: 0...4, using: &rng), significand: Decimal(Int.random(in: 0...999_999, using: &rng)))
        case 2: return Decimal(Int.random(in: 1...999, using: &rng)) / Decimal(Int.random(in: 1...97, using: &rng))
        case 3: return -Decimal(sign: .plus, exponent: -Int.random(in: 0...3, using: &rng), significand: Decimal(Int.random(in: 1...9_999, using: &rng)))
        case 4: return Decimal(sign: .plus, exponent: Int.random(in: 0...5, using: &rng), significand: Decimal(Int.random(in: 1...99, using: &rng)))
        default: return Decimal(string: ["0.10", "100.0", "1.50", "0.000", "12345678901234567890.123456789"].randomElement(using: &rng)!)!
        }
    }

    static func day(_ rng: inout SplitMix64) -> Day {
        Day(year: Int.random(in: 2013...2017, using: &rng), month: Int.random(in: 1...12, using: &rng), day: Int.random(in: 1...28, using: &rng))!
    }

    static func maybe<T>(_ rng: inout SplitMix64, _ make: (inout SplitMix64) -> T) -> T? {
        Bool.random(using: &rng) ? make(&rng) : nil
    }

    static func randomInput(_ rng: inout SplitMix64, realistic: Bool, n: Int) -> UnitInput {
        let code = "5107\(String(format: "%02d", n % 100))"
        let area = Area(
            code: code, name: realistic ? "单位\(n)" : text(&rng), type: AreaType.allCases.randomElement(using: &rng)!,
            parentCode: maybe(&rng) { _ in "5107" })
        func target(_ rng: inout SplitMix64, final: Bool) -> Target {
            let kind = TargetKind.allCases.randomElement(using: &rng)!
            return Target(
                areaCode: code, year: final ? 2017 : 2015, pollutant: Pollutant.allCases.randomElement(using: &rng)!, baseYear: 2013,
                baseConcentration: realistic ? Decimal(Int.random(in: 60...130, using: &rng)) : decimal(&rng), kind: kind,
                value: kind == .continuousImprovement ? nil : realistic ? Decimal(Int.random(in: 1...12, using: &rng)) : decimal(&rng),
                isFinal: final)
        }
        func conc(_ rng: inout SplitMix64) -> SourcedConcentration {
            SourcedConcentration(
                realistic ? Decimal(Int.random(in: 50...140, using: &rng)) : decimal(&rng), source: realistic ? "2015年自查报告（2015-12-28 报送）" : text(&rng),
                sourceEn: realistic ? "self-inspection report 2015, received 2015-12-28" : text(&rng))
        }
        let codes = RuleSet.builtInDefault.keyTasks.flatMap { $0.subIndicators.map(\.code) }
        let tasks = (0..<Int.random(in: 0...8, using: &rng)).map { k in
            KeyTaskClaim(
                code: realistic || Bool.random(using: &rng) ? codes[(n + k) % codes.count] : text(&rng),
                selfScore: realistic ? Decimal(Int.random(in: 0...8, using: &rng)) : decimal(&rng), verifiedScore: maybe(&rng) { decimal(&$0) })
        }
        return UnitInput(
            area: area, year: 2015, kind: AssessmentKind.allCases.randomElement(using: &rng)!, annualTarget: maybe(&rng) { target(&$0, final: false) },
            finalTarget: maybe(&rng) { target(&$0, final: true) }, current: maybe(&rng) { conc(&$0) }, reportedCurrent: maybe(&rng) { decimal(&$0) },
            previous: maybe(&rng) { conc(&$0) }, keyTasks: tasks, falsificationReference: maybe(&rng) { text(&$0) },
            report: Bool.random(using: &rng) ? .submitted(on: day(&rng)) : .notSubmitted, reportCorrectedOn: maybe(&rng) { day(&$0) })
    }

    static func randomResult(_ rng: inout SplitMix64) -> UnitAssessment {
        let flags: [AssessmentFlag] = (0..<Int.random(in: 0...5, using: &rng)).map { _ in
            switch Int.random(in: 0..<10, using: &rng) {
            case 0: .lateReport(submittedOn: day(&rng))
            case 1: .risingConcentration
            case 2: .previousUnknown
            case 3: .falsification(reference: text(&rng))
            case 4: .noReportNoData
            case 5: .noConcentration
            case 6: .finalVeto
            case 7: .invalidKeyTaskScore(code: text(&rng))
            case 8: .unknownKeyTaskCode(text(&rng))
            default: .discrepancy(reported: decimal(&rng), monitored: decimal(&rng))
            }
        }
        let steps = (0..<Int.random(in: 0...4, using: &rng)).map { _ in
            ExplanationStep((0..<Int.random(in: 0...3, using: &rng)).map { _ in text(&rng) }, zh: text(&rng), en: text(&rng))
        }
        return UnitAssessment(
            area: Area(code: "A\(Int.random(in: 0...99, using: &rng))", name: text(&rng), type: AreaType.allCases.randomElement(using: &rng)!),
            year: Int.random(in: 2013...2020, using: &rng), kind: AssessmentKind.allCases.randomElement(using: &rng)!,
            grade: maybe(&rng) { Grade.allCases.randomElement(using: &$0)! }, requiredConcentration: maybe(&rng) { decimal(&$0) },
            requiredDecline: maybe(&rng) { decimal(&$0) }, requiredDeclinePercent: maybe(&rng) { decimal(&$0) },
            requiredReduction: maybe(&rng) { decimal(&$0) }, actualDecline: maybe(&rng) { decimal(&$0) },
            actualDeclinePercent: maybe(&rng) { decimal(&$0) }, targetReached: maybe(&rng) { Bool.random(using: &$0) },
            qualityScore: maybe(&rng) { decimal(&$0) }, keyTaskScore: maybe(&rng) { decimal(&$0) },
            keyTaskRole: maybe(&rng) { [KeyTaskRole.counted, .evaluative, .notUsedInFinal].randomElement(using: &$0)! },
            resultScore: maybe(&rng) { decimal(&$0) }, flags: flags, steps: steps,
            previousIsBase: maybe(&rng) { BaseAsPrevious(baseYear: 2013, concentration: decimal(&$0)) },
            successorNote: maybe(&rng) { Bilingual(text(&$0), text(&$0)) })
    }

    /// Every stored property of a result and of an input is written by the hand encoder when it is set: a
    /// property added to either type (as `successorNote` was, issue 21) fails here until the encoder writes it,
    /// instead of being dropped from the stored run without a word.
    @Test func everyStoredPropertyIsWrittenWhenSet() throws {
        var rng = SplitMix64(state: 7)
        for _ in 0..<200 {
            let result = Self.randomResult(&rng), input = Self.randomInput(&rng, realistic: false, n: 0)
            for (value, bytes) in [(result as Any, StoredJSON.encode(result)), (input as Any, StoredJSON.encode(input))] {
                let keys = Set(try #require(try JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any]).keys)
                for child in Mirror(reflecting: value).children {
                    guard let label = child.label else { continue }
                    // An optional that is nil is left out, as JSONEncoder leaves it out.
                    if case Optional<Any>.none = child.value as Any? ?? nil { continue }
                    let inner = Mirror(reflecting: child.value)
                    if inner.displayStyle == .optional, inner.children.isEmpty { continue }
                    #expect(keys.contains(label), "\(type(of: value)).\(label) is set but not written")
                }
            }
        }
    }
}
