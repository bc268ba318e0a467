/// The working an assessment shows for what a successor inherits (issue 21): the detail lines of a merge or a
/// split in `SuccessionMerging`, in both languages.
///
/// Every number arrives formatted (`working` is the mean written out, e.g. "(45 + 55) ÷ 2 = 50").
public enum SuccessionDetails {
    /// How concentrations are rounded: to whole μg/m³ or to `places` decimals (GB/T 8170, R-11).
    public static func rounding(_ places: Int) -> Bilingual {
        places == 0 ? Bilingual("修约为整数，GB/T 8170，R-11", "rounded to whole μg/m³, GB/T 8170, R-11")
            : Bilingual("保留 \(places) 位小数，GB/T 8170，R-11", "\(places) place(s), GB/T 8170, R-11")
    }

    /// How a merge averages its predecessors: plainly (a default) or by the recorded weights, formatted.
    public static func mean(plain: Bool, weights: [String]) -> Bilingual {
        plain ? Bilingual("简单平均（本工具默认设置，非官方规定）", "plain mean (a default of this tool, not an official rule)")
            : Bilingual("按记录权重加权平均（权重 \(weights.joined(separator: "、"))）", "mean weighted by the recorded weights (\(weights.joined(separator: ", ")))")
    }

    /// The source of a merged previous-year concentration.
    public static func mergedPreviousSource(year: Int, how: Bilingual) -> Bilingual {
        Bilingual("\(year - 1)年被承继单位上年浓度的\(how.zh)", "\(how.en) of the predecessors' \(year - 1) concentrations")
    }

    /// One predecessor's previous-year concentration in the merged working: its name, value and source.
    public static func previousPart(name: String, value: String, source: String, sourceEn: String) -> Bilingual {
        Bilingual("\(name) \(value)（\(source)）", "\(name) \(value) (\(sourceEn))")
    }

    /// The merged previous-year concentration (R-9).
    public static func mergedPrevious(working: String, how: Bilingual, places: Int, parts: [Bilingual]) -> Bilingual {
        let r = rounding(places)
        return Bilingual(
            "上年浓度 C_prev = \(working) μg/m³（\(how.zh)，\(r.zh)）：" + parts.map(\.zh).joined(separator: "、") + "。",
            "Previous year C_prev = \(working) μg/m³ (\(how.en), \(r.en)): " + parts.map(\.en).joined(separator: ", ") + ".")
    }

    /// A unit as "name（code）" / "name (code)".
    public static func unit(name: String, code: String) -> Bilingual { Bilingual("\(name)（\(code)）", "\(name) (\(code))") }

    /// The previous year not inherited because some predecessors have none (R-9).
    public static func previousNotInherited(missing: [Bilingual], year: Int) -> Bilingual {
        Bilingual(
            "上年浓度未承继：\(missing.map(\.zh).joined(separator: "、")) 无 \(year - 1) 年浓度，不以部分单位推测（R-9）。",
            "The previous year is not inherited: \(missing.map(\.en).joined(separator: ", ")) has no \(year - 1) concentration, and a part is not taken for the whole (R-9).")
    }

    /// The merged base; `names` are "name base" for each predecessor.
    public static func mergedBase(working: String, how: Bilingual, places: Int, names: [String]) -> Bilingual {
        let r = rounding(places)
        return Bilingual(
            "考核基数 C_base = \(working) μg/m³（\(how.zh)，\(r.zh)）：\(names.joined(separator: "、"))。",
            "Base C_base = \(working) μg/m³ (\(how.en), \(r.en)): \(names.joined(separator: ", ")).")
    }

    /// The merged final target, a ceiling.
    public static func mergedFinal(working: String, how: Bilingual, finalYear: Int) -> Bilingual {
        Bilingual(
            "终期目标：浓度限值 = 各被承继单位终期目标要求浓度的\(how.zh) = \(working) μg/m³（\(finalYear)年）。",
            "Final target: ceiling = \(how.en) of the concentrations the predecessors' final targets require = \(working) μg/m³ (\(finalYear)).")
    }

    /// A merged annual target, a ceiling.
    public static func mergedAnnual(year: Int, working: String) -> Bilingual {
        Bilingual("\(year)年目标：浓度限值 = \(working) μg/m³。", "\(year) target: ceiling = \(working) μg/m³.")
    }

    /// A split successor's own base given with the succession.
    public static func ownBase(value: String, document: String, formFrom name: String) -> Bilingual {
        Bilingual(
            "考核基数 C_base = \(value) μg/m³，取自承继记录（\(document)）给出的本单位基数，目标形式取自 \(name)。",
            "Base C_base = \(value) μg/m³, this unit's own base given with the succession (\(document)); the form of the targets is \(name)'s.")
    }

    /// The source of a split successor's own previous-year concentration given with the succession.
    public static func ownPreviousSource(year: Int, document: String) -> Bilingual {
        Bilingual("承继记录（\(document)）给出的本单位\(year - 1)年浓度", "this unit's own \(year - 1) concentration given with the succession (\(document))")
    }

    /// A split successor's own previous-year concentration.
    public static func ownPrevious(value: String) -> Bilingual {
        Bilingual("上年浓度 C_prev = \(value) μg/m³，取自承继记录给出的本单位数值。", "Previous year C_prev = \(value) μg/m³, this unit's own figure given with the succession.")
    }
}
