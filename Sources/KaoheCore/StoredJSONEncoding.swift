import Foundation

// The stored JSON of a run's two documents per unit (UnitInput, UnitAssessment), written by hand in the
// shape the synthesized `Codable` conformances give with `JSONEncoder` and `.sortedKeys`: members in sorted
// key order, nil optionals left out, an enumeration case with values as `{"case":{"label":value}}` (`_0` for
// an unlabelled value), one without as `{"case":{}}` (issue 14, D-112). `StoredJSONTests` compares every
// byte with `JSONEncoder`'s on sample and random values, so a field added to one of these types without
// being added here fails that test.

extension StoredJSONWriter {
    /// A calendar day as `{"day":D,"month":M,"year":Y}`.
    public mutating func day(_ d: Day) {
        object { w in
            w.key("day"); w.int(d.day)
            w.key("month"); w.int(d.month)
            w.key("year"); w.int(d.year)
        }
    }

    public mutating func area(_ a: Area) {
        object { w in
            w.key("code"); w.string(a.code)
            w.key("name"); w.string(a.name)
            if let p = a.parentCode { w.key("parentCode"); w.string(p) }
            w.key("type"); w.raw(a.type)
        }
    }

    public mutating func target(_ t: Target) {
        object { w in
            w.key("areaCode"); w.string(t.areaCode)
            w.key("baseConcentration"); w.decimal(t.baseConcentration)
            w.key("baseYear"); w.int(t.baseYear)
            w.key("isFinal"); w.bool(t.isFinal)
            w.key("kind"); w.raw(t.kind)
            w.key("pollutant"); w.raw(t.pollutant)
            if let v = t.value { w.key("value"); w.decimal(v) }
            w.key("year"); w.int(t.year)
        }
    }

    public mutating func concentration(_ c: SourcedConcentration) {
        object { w in
            w.key("source"); w.string(c.source)
            w.key("sourceEn"); w.string(c.sourceEn)
            w.key("value"); w.decimal(c.value)
        }
    }

    public mutating func unitInput(_ i: UnitInput) {
        object { w in
            if let t = i.annualTarget { w.key("annualTarget"); w.target(t) }
            w.key("area"); w.area(i.area)
            if let c = i.current { w.key("current"); w.concentration(c) }
            if let f = i.falsificationReference { w.key("falsificationReference"); w.string(f) }
            if let t = i.finalTarget { w.key("finalTarget"); w.target(t) }
            w.key("keyTasks")
            w.array(i.keyTasks) { w, k in
                w.object { w in
                    w.key("code"); w.string(k.code)
                    w.key("selfScore"); w.decimal(k.selfScore)
                    if let v = k.verifiedScore { w.key("verifiedScore"); w.decimal(v) }
                }
            }
            w.key("kind"); w.raw(i.kind)
            if let p = i.previous { w.key("previous"); w.concentration(p) }
            w.key("report")
            w.object { w in
                switch i.report {
                case .notSubmitted: w.key("notSubmitted"); w.emptyObject()
                case .submitted(let on):
                    w.key("submitted")
                    w.object { w in w.key("on"); w.day(on) }
                }
            }
            if let d = i.reportCorrectedOn { w.key("reportCorrectedOn"); w.day(d) }
            if let r = i.reportedCurrent { w.key("reportedCurrent"); w.decimal(r) }
            w.key("year"); w.int(i.year)
        }
    }

    public mutating func flag(_ f: AssessmentFlag) {
        object { w in
            switch f {
            case .lateReport(let on):
                w.key("lateReport")
                w.object { w in w.key("submittedOn"); w.day(on) }
            case .risingConcentration: w.key("risingConcentration"); w.emptyObject()
            case .previousUnknown: w.key("previousUnknown"); w.emptyObject()
            case .falsification(let reference):
                w.key("falsification")
                w.object { w in w.key("reference"); w.string(reference) }
            case .noReportNoData: w.key("noReportNoData"); w.emptyObject()
            case .noConcentration: w.key("noConcentration"); w.emptyObject()
            case .finalVeto: w.key("finalVeto"); w.emptyObject()
            case .invalidKeyTaskScore(let code):
                w.key("invalidKeyTaskScore")
                w.object { w in w.key("code"); w.string(code) }
            case .unknownKeyTaskCode(let code):
                w.key("unknownKeyTaskCode")
                w.object { w in w.key("_0"); w.string(code) }
            case .discrepancy(let reported, let monitored):
                w.key("discrepancy")
                w.object { w in
                    w.key("monitored"); w.decimal(monitored)
                    w.key("reported"); w.decimal(reported)
                }
            }
        }
    }

    public mutating func unitAssessment(_ a: UnitAssessment) {
        object { w in
            if let v = a.actualDecline { w.key("actualDecline"); w.decimal(v) }
            if let v = a.actualDeclinePercent { w.key("actualDeclinePercent"); w.decimal(v) }
            w.key("area"); w.area(a.area)
            w.key("flags"); w.array(a.flags) { w, f in w.flag(f) }
            if let g = a.grade { w.key("grade"); w.raw(g) }
            if let r = a.keyTaskRole { w.key("keyTaskRole"); w.raw(r) }
            if let v = a.keyTaskScore { w.key("keyTaskScore"); w.decimal(v) }
            w.key("kind"); w.raw(a.kind)
            if let b = a.previousIsBase {
                w.key("previousIsBase")
                w.object { w in
                    w.key("baseYear"); w.int(b.baseYear)
                    w.key("concentration"); w.decimal(b.concentration)
                }
            }
            if let v = a.qualityScore { w.key("qualityScore"); w.decimal(v) }
            if let v = a.requiredConcentration { w.key("requiredConcentration"); w.decimal(v) }
            if let v = a.requiredDecline { w.key("requiredDecline"); w.decimal(v) }
            if let v = a.requiredDeclinePercent { w.key("requiredDeclinePercent"); w.decimal(v) }
            if let v = a.requiredReduction { w.key("requiredReduction"); w.decimal(v) }
            if let v = a.resultScore { w.key("resultScore"); w.decimal(v) }
            w.key("steps")
            w.array(a.steps) { w, s in
                w.object { w in
                    w.key("en"); w.string(s.en)
                    w.key("ruleIDs"); w.array(s.ruleIDs) { w, id in w.string(id) }
                    w.key("zh"); w.string(s.zh)
                }
            }
            if let n = a.successorNote {
                // Issue 21 (D-110): the later successor noted beside the unit's name.
                w.key("successorNote")
                w.object { w in
                    w.key("en"); w.string(n.en)
                    w.key("zh"); w.string(n.zh)
                }
            }
            if let t = a.targetReached { w.key("targetReached"); w.bool(t) }
            w.key("year"); w.int(a.year)
        }
    }
}

/// The stored JSON documents of a run, written without `JSONEncoder` (issue 14, D-112).
public enum StoredJSON {
    /// The input document of one unit, the same bytes as `JSONEncoder` with `.sortedKeys`.
    public static func encode(_ input: UnitInput) -> [UInt8] {
        var w = StoredJSONWriter(capacity: 1024)
        w.unitInput(input)
        return w.bytes
    }

    /// The result document of one unit, the same bytes as `JSONEncoder` with `.sortedKeys`.
    public static func encode(_ result: UnitAssessment) -> [UInt8] {
        var w = StoredJSONWriter(capacity: 4096)
        w.unitAssessment(result)
        return w.bytes
    }
}
