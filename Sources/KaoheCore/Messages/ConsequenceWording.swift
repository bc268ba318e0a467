/// The words of the consequences of a failure: whom the city summons, the accountability
/// decision and how a freeze ends, recorded with each consequence so a notice reprints them as published.
extension Consequences {
    /// Whom the city summons: the unit's responsible persons after an annual failure (R-19(a)); after a
    /// final failure the principal leaders of the county government, or of the park committee.
    public static func summonsee(_ area: Area, kind: AssessmentKind) -> Bilingual {
        guard kind == .final else { return Bilingual("\(area.name)相关责任人", "the responsible persons of \(area.name)") }
        let body = leadingBody(area)
        return Bilingual("\(body.zh)主要负责同志", "the principal leaders of \(body.en)")
    }

    /// The body that leads the unit: the people's government (县政府 / 区政府 / 市政府) of a county-level unit,
    /// the committee (管委会) of a park (`isPark`), the office (办事处) of a sub-district office.
    public static func leadingBody(_ area: Area) -> Bilingual {
        switch area.type {
        case .park: return Bilingual("\(area.name)管委会", "the \(area.name) park committee")
        case .subdistrictOffice: return Bilingual("\(area.name)办事处", "the \(area.name) office")
        case .district: return Bilingual("\(area.name)人民政府", "the \(area.name) district government")
        case .countyLevelCity: return Bilingual("\(area.name)人民政府", "the \(area.name) city government")
        case .county, .autonomousCounty: return Bilingual("\(area.name)人民政府", "the \(area.name) county government")
        }
    }

    /// The stronger-accountability decision recorded for a final failure.
    public static func accountability(_ area: Area) -> Bilingual {
        Bilingual(
            "\(area.name)未通过终期考核，加大问责力度（R-21）",
            "\(area.name) failed the final assessment: stronger accountability (加大问责力度, R-21)")
    }

    /// How a freeze under `terms` ends, in words; both parts are defaults of this tool.
    public static func liftCondition(_ terms: FreezeSettings) -> Bilingual {
        var zh = "依决定解除（文号、日期、理由）"
        var en = "lifted by a recorded decision (document, date, reason)"
        if terms.liftedByPassingAnnual {
            zh += "，或此后年度考核通过时解除"
            en += ", or when the unit passes a later annual assessment"
        }
        if terms.minimumDays > 0 {
            zh += "；最短 \(terms.minimumDays) 天"
            en += "; at least \(terms.minimumDays) days"
        }
        return Bilingual(zh + "（R-22，本工具默认设置）", en + " (R-22, a default of this tool)")
    }
}
