import Foundation

// Reads a run's two stored documents per unit (UnitInput, UnitAssessment) with `StoredJSONReader`, as the
// synthesized `Codable` conformances read them with `JSONDecoder`: required members must be there, optional
// ones may be missing or null (runs stored before `requiredReduction` and `previousIsBase` existed have
// neither). Anything else — an unknown member, a value of another type — gives up, and the caller decodes
// with `JSONDecoder` instead (issue 14, D-112).

extension StoredJSONReader {
    private typealias GiveUp = StoredJSONReader.GaveUp

    public mutating func day() throws -> Day {
        var year: Int?, month: Int?, day: Int?
        try object { r, key in
            switch key {
            case "day": day = try r.int()
            case "month": month = try r.int()
            case "year": year = try r.int()
            default: throw GiveUp()
            }
        }
        guard let year, let month, let day else { throw GiveUp() }
        // The synthesized decoder sets the three numbers without the calendar check of `Day.init`.
        var d = Day(year: 2000, month: 1, day: 1)!
        d.year = year
        d.month = month
        d.day = day
        return d
    }

    public mutating func area() throws -> Area {
        var code: String?, name: String?, type: AreaType?, parent: String?
        try object { r, key in
            switch key {
            case "code": code = try r.string()
            case "name": name = try r.string()
            case "type": type = try r.raw(AreaType.self)
            case "parentCode": parent = r.null() ? nil : try r.string()
            default: throw GiveUp()
            }
        }
        guard let code, let name, let type else { throw GiveUp() }
        return Area(code: code, name: name, type: type, parentCode: parent)
    }

    /// An optional decimal member: null reads as nil.
    private mutating func optionalDecimal() throws -> Decimal? { null() ? nil : try decimal() }

    public mutating func target() throws -> Target {
        var areaCode: String?, base: Decimal?, baseYear: Int?, isFinal: Bool?, kind: TargetKind?, pollutant: Pollutant?
        var value: Decimal?, year: Int?
        try object { r, key in
            switch key {
            case "areaCode": areaCode = try r.string()
            case "baseConcentration": base = try r.decimal()
            case "baseYear": baseYear = try r.int()
            case "isFinal": isFinal = try r.bool()
            case "kind": kind = try r.raw(TargetKind.self)
            case "pollutant": pollutant = try r.raw(Pollutant.self)
            case "value": value = try r.optionalDecimal()
            case "year": year = try r.int()
            default: throw GiveUp()
            }
        }
        guard let areaCode, let base, let baseYear, let isFinal, let kind, let pollutant, let year else { throw GiveUp() }
        return Target(
            areaCode: areaCode, year: year, pollutant: pollutant, baseYear: baseYear, baseConcentration: base, kind: kind, value: value,
            isFinal: isFinal)
    }

    public mutating func concentration() throws -> SourcedConcentration {
        var source: String?, sourceEn: String?, value: Decimal?
        try object { r, key in
            switch key {
            case "source": source = try r.string()
            case "sourceEn": sourceEn = try r.string()
            case "value": value = try r.decimal()
            default: throw GiveUp()
            }
        }
        guard let source, let sourceEn, let value else { throw GiveUp() }
        return SourcedConcentration(value, source: source, sourceEn: sourceEn)
    }

    /// The one member of an enumeration case's object, and its payload read by `payload`.
    private mutating func enumCase<T>(_ payload: (inout StoredJSONReader, String) throws -> T) throws -> T {
        var result: T?
        try object { r, key in
            guard result == nil else { throw GiveUp() }
            result = try payload(&r, key)
        }
        guard let result else { throw GiveUp() }
        return result
    }

    /// The single-member payload object `{"label":value}` of a case with one value.
    private mutating func payload<T>(_ label: String, _ value: (inout StoredJSONReader) throws -> T) throws -> T {
        try enumCase { r, key in
            guard key == label else { throw GiveUp() }
            return try value(&r)
        }
    }

    public mutating func receipt() throws -> ReportReceipt {
        try enumCase { r, key in
            switch key {
            case "notSubmitted":
                try r.emptyObject()
                return .notSubmitted
            case "submitted": return .submitted(on: try r.payload("on") { try $0.day() })
            default: throw GiveUp()
            }
        }
    }

    /// A stored input document; with `keyTasks` false its key-task claims are skipped unread (left empty), for
    /// a reader that never shows them and should not hold them (`summary`, issue 14).
    public mutating func unitInput(keyTasks withKeyTasks: Bool = true) throws -> UnitInput {
        var annual: Target?, area: Area?, current: SourcedConcentration?, falsification: String?, final: Target?
        var keyTasks: [KeyTaskClaim]?, kind: AssessmentKind?, previous: SourcedConcentration?, report: ReportReceipt?
        var corrected: Day?, reported: Decimal?, year: Int?
        try object { r, key in
            switch key {
            case "annualTarget": annual = r.null() ? nil : try r.target()
            case "area": area = try r.area()
            case "current": current = r.null() ? nil : try r.concentration()
            case "falsificationReference": falsification = r.null() ? nil : try r.string()
            case "finalTarget": final = r.null() ? nil : try r.target()
            case "keyTasks" where !withKeyTasks:
                _ = try r.rawValue()
                keyTasks = []
            case "keyTasks":
                keyTasks = try r.array { r in
                    var code: String?, selfScore: Decimal?, verified: Decimal?
                    try r.object { r, key in
                        switch key {
                        case "code": code = try r.string()
                        case "selfScore": selfScore = try r.decimal()
                        case "verifiedScore": verified = try r.optionalDecimal()
                        default: throw GiveUp()
                        }
                    }
                    guard let code, let selfScore else { throw GiveUp() }
                    return KeyTaskClaim(code: code, selfScore: selfScore, verifiedScore: verified)
                }
            case "kind": kind = try r.raw(AssessmentKind.self)
            case "previous": previous = r.null() ? nil : try r.concentration()
            case "report": report = try r.receipt()
            case "reportCorrectedOn": corrected = r.null() ? nil : try r.day()
            case "reportedCurrent": reported = try r.optionalDecimal()
            case "year": year = try r.int()
            default: throw GiveUp()
            }
        }
        guard let area, let keyTasks, let kind, let report, let year else { throw GiveUp() }
        return UnitInput(
            area: area, year: year, kind: kind, annualTarget: annual, finalTarget: final, current: current, reportedCurrent: reported,
            previous: previous, keyTasks: keyTasks, falsificationReference: falsification, report: report, reportCorrectedOn: corrected)
    }

    /// The `steps` array of a result document.
    mutating func steps() throws -> [ExplanationStep] {
        try array { r in
            var en: String?, ids: [String]?, zh: String?
            try r.object { r, key in
                switch key {
                case "en": en = try r.string()
                case "ruleIDs": ids = try r.array { try $0.string() }
                case "zh": zh = try r.string()
                default: throw GiveUp()
                }
            }
            guard let en, let ids, let zh else { throw GiveUp() }
            return ExplanationStep(ids, zh: zh, en: en)
        }
    }

    /// Only the explanation steps of a stored result document, every other member skipped unread; gives up
    /// when there are none, as `unitAssessment()` would.
    public mutating func explanationSteps() throws -> [ExplanationStep] {
        var steps: [ExplanationStep]?
        try object { r, key in
            if key == "steps" { steps = try r.steps() } else { _ = try r.rawValue() }
        }
        guard let steps else { throw GiveUp() }
        return steps
    }

    public mutating func flag() throws -> AssessmentFlag {
        try enumCase { r, key in
            switch key {
            case "lateReport": return .lateReport(submittedOn: try r.payload("submittedOn") { try $0.day() })
            case "risingConcentration": try r.emptyObject(); return .risingConcentration
            case "previousUnknown": try r.emptyObject(); return .previousUnknown
            case "falsification": return .falsification(reference: try r.payload("reference") { try $0.string() })
            case "noReportNoData": try r.emptyObject(); return .noReportNoData
            case "noConcentration": try r.emptyObject(); return .noConcentration
            case "finalVeto": try r.emptyObject(); return .finalVeto
            case "invalidKeyTaskScore": return .invalidKeyTaskScore(code: try r.payload("code") { try $0.string() })
            case "unknownKeyTaskCode": return .unknownKeyTaskCode(try r.payload("_0") { try $0.string() })
            case "discrepancy":
                var reported: Decimal?, monitored: Decimal?
                try r.object { r, key in
                    switch key {
                    case "reported": reported = try r.decimal()
                    case "monitored": monitored = try r.decimal()
                    default: throw GiveUp()
                    }
                }
                guard let reported, let monitored else { throw GiveUp() }
                return .discrepancy(reported: reported, monitored: monitored)
            default: throw GiveUp()
            }
        }
    }

    /// A stored result document; with `steps` false its explanation steps are skipped unread (left empty): they
    /// are most of a result's size, and `publish` never reads them while `summary` reads them one unit at a
    /// time when it writes that unit's explanation (`explanationSteps()`, issue 14, D-171).
    public mutating func unitAssessment(steps withSteps: Bool = true) throws -> UnitAssessment {
        var area: Area?, year: Int?, kind: AssessmentKind?, grade: Grade?, flags: [AssessmentFlag]?, steps: [ExplanationStep]?
        var requiredConcentration: Decimal?, requiredDecline: Decimal?, requiredDeclinePercent: Decimal?, requiredReduction: Decimal?
        var actualDecline: Decimal?, actualDeclinePercent: Decimal?, targetReached: Bool?, qualityScore: Decimal?
        var keyTaskScore: Decimal?, keyTaskRole: KeyTaskRole?, resultScore: Decimal?, previousIsBase: BaseAsPrevious?
        var successorNote: Bilingual?
        try object { r, key in
            switch key {
            case "actualDecline": actualDecline = try r.optionalDecimal()
            case "actualDeclinePercent": actualDeclinePercent = try r.optionalDecimal()
            case "area": area = try r.area()
            case "flags": flags = try r.array { try $0.flag() }
            case "grade": grade = r.null() ? nil : try r.raw(Grade.self)
            case "keyTaskRole": keyTaskRole = r.null() ? nil : try r.raw(KeyTaskRole.self)
            case "keyTaskScore": keyTaskScore = try r.optionalDecimal()
            case "kind": kind = try r.raw(AssessmentKind.self)
            case "previousIsBase":
                if r.null() { break }
                var baseYear: Int?, concentration: Decimal?
                try r.object { r, key in
                    switch key {
                    case "baseYear": baseYear = try r.int()
                    case "concentration": concentration = try r.decimal()
                    default: throw GiveUp()
                    }
                }
                guard let baseYear, let concentration else { throw GiveUp() }
                previousIsBase = BaseAsPrevious(baseYear: baseYear, concentration: concentration)
            case "qualityScore": qualityScore = try r.optionalDecimal()
            case "requiredConcentration": requiredConcentration = try r.optionalDecimal()
            case "requiredDecline": requiredDecline = try r.optionalDecimal()
            case "requiredDeclinePercent": requiredDeclinePercent = try r.optionalDecimal()
            case "requiredReduction": requiredReduction = try r.optionalDecimal()
            case "resultScore": resultScore = try r.optionalDecimal()
            case "steps" where !withSteps:
                _ = try r.rawValue()
                steps = []
            case "steps": steps = try r.steps()
            case "successorNote":
                if r.null() { break }
                var en: String?, zh: String?
                try r.object { r, key in
                    switch key {
                    case "en": en = try r.string()
                    case "zh": zh = try r.string()
                    default: throw GiveUp()
                    }
                }
                guard let en, let zh else { throw GiveUp() }
                successorNote = Bilingual(zh, en)
            case "targetReached": targetReached = r.null() ? nil : try r.bool()
            case "year": year = try r.int()
            default: throw GiveUp()
            }
        }
        guard let area, let year, let kind, let flags, let steps else { throw GiveUp() }
        return UnitAssessment(
            area: area, year: year, kind: kind, grade: grade, requiredConcentration: requiredConcentration, requiredDecline: requiredDecline,
            requiredDeclinePercent: requiredDeclinePercent, requiredReduction: requiredReduction, actualDecline: actualDecline,
            actualDeclinePercent: actualDeclinePercent, targetReached: targetReached, qualityScore: qualityScore, keyTaskScore: keyTaskScore,
            keyTaskRole: keyTaskRole, resultScore: resultScore, flags: flags, steps: steps, previousIsBase: previousIsBase,
            successorNote: successorNote)
    }
}

extension StoredJSON {
    /// A stored input document, read over its bytes; `JSONDecoder` when this reader gives up, so the values
    /// and the errors are those of `JSONDecoder` (issue 14, D-112).
    public static func decodeInput(_ text: String) throws -> UnitInput {
        try decode(text, { try $0.unitInput() })
    }

    /// A stored result document, likewise.
    public static func decodeResult(_ text: String) throws -> UnitAssessment {
        try decode(text, { try $0.unitAssessment() })
    }

    /// A stored input document from a text column's bytes (see `decode(bytes:_:)`).
    public static func decodeInput(bytes: UnsafeBufferPointer<UInt8>) throws -> UnitInput {
        try decode(bytes: bytes, { try $0.unitInput() })
    }

    /// A stored result document from a text column's bytes.
    public static func decodeResult(bytes: UnsafeBufferPointer<UInt8>) throws -> UnitAssessment {
        try decode(bytes: bytes, { try $0.unitAssessment() })
    }

    /// A stored result document without its explanation steps (`unitAssessment(steps: false)`) when `steps` is
    /// false, the whole document otherwise. When the reader gives up, `JSONDecoder` reads the whole document and
    /// the steps are dropped from its value, so the outcome is the full decode's less the steps (D-171).
    public static func decodeResult(bytes: UnsafeBufferPointer<UInt8>, steps: Bool) throws -> UnitAssessment {
        if steps { return try decodeResult(bytes: bytes) }
        var r = StoredJSONReader(bytes)
        if let value = try? r.unitAssessment(steps: false), (try? r.end()) != nil { return value }
        var full = try decodeResult(bytes: bytes)
        full.steps = []
        return full
    }

    /// A stored input document without its key-task claims when `keyTasks` is false, likewise.
    public static func decodeInput(bytes: UnsafeBufferPointer<UInt8>, keyTasks: Bool) throws -> UnitInput {
        if keyTasks { return try decodeInput(bytes: bytes) }
        var r = StoredJSONReader(bytes)
        if let value = try? r.unitInput(keyTasks: false), (try? r.end()) != nil { return value }
        var full = try decodeInput(bytes: bytes)
        full.keyTasks = []
        return full
    }

    /// Only the explanation steps of a stored result document: those `decodeResult(bytes:)` gives (D-171).
    public static func decodeSteps(bytes: UnsafeBufferPointer<UInt8>) throws -> [ExplanationStep] {
        var r = StoredJSONReader(bytes)
        if let steps = try? r.explanationSteps(), (try? r.end()) != nil { return steps }
        return try decodeResult(bytes: bytes).steps
    }

    /// Reads a text column's bytes with `read`, without making a `String` of the whole document first; when
    /// the reader gives up, the text as GRDB would have read it (up to the first NUL, invalid UTF-8
    /// repaired, as `String(cString:)` does) goes the way of `decode(_:_:)`, so the outcome is the one of
    /// reading the column as a `String` (issue 14).
    public static func decode<T: Decodable>(bytes: UnsafeBufferPointer<UInt8>, _ read: (inout StoredJSONReader) throws -> T) throws -> T {
        var r = StoredJSONReader(bytes)
        if let value = try? read(&r), (try? r.end()) != nil { return value }
        return try decode(String(decoding: bytes.prefix { $0 != 0 }, as: UTF8.self), read)
    }

    /// Reads `text` with `read`, or with `JSONDecoder` when the reader gives up.
    public static func decode<T: Decodable>(_ text: String, _ read: (inout StoredJSONReader) throws -> T) throws -> T {
        var text = text
        let fast: T? = text.withUTF8 { utf8 in
            var r = StoredJSONReader(utf8)
            guard let value = try? read(&r), (try? r.end()) != nil else { return nil }
            return value
        }
        if let fast { return fast }
        return try JSONDecoder().decode(T.self, from: Data(text.utf8))
    }
}
