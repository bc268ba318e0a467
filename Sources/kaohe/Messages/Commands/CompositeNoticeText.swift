import KaoheCore

/// Failures of `kaohe track notice --rank-by composite` (D-73, D-125).
enum CompositeNoticeFailure: Worded {
    /// A unit short of valid days: its code, name, and each pollutant short with the valid days it has.
    struct Short: Sendable {
        var code: String
        var name: String
        var pollutants: [(pollutant: String, validDays: Int)]
    }

    /// A unit short of valid days in the year to date: each pollutant short, with the whole month short of
    /// R-24's minimum (nil: no valid day in the period), its valid days and the days required.
    struct ShortToDate: Sendable {
        var code: String
        var name: String
        var pollutants: [(pollutant: String, month: Int?, validDays: Int, required: Int)]
    }

    /// `required` is the valid days each pollutant needs in the month (R-24, R-24b); `units` those short of it.
    case tooFewValidDays(required: Int, units: [Short])
    /// `kaohe track --rank-by composite` (D-138): the year to date through `through` (YYYY-MM-DD).
    case tooFewValidDaysToDate(through: String, units: [ShortToDate])

    var wording: Bilingual {
        switch self {
        case .tooFewValidDays(let required, let units):
            let zh = units.map { u in "\(u.code) \(u.name)：" + u.pollutants.map { "\($0.pollutant) \($0.validDays) 天" }.joined(separator: "、") }.joined(separator: "；")
            let en = units.map { u in "\(u.code) \(u.name): " + u.pollutants.map { "\($0.pollutant) \($0.validDays) day(s)" }.joined(separator: ", ") }.joined(separator: "; ")
            return Bilingual(
                "无法按综合指数排名：每个参与排名的单位六项污染物在本月须各有 \(required) 个有效日（R-24、R-24b），以下不足 — \(zh)。请导入国家监测网文件（kaohe monitoring import），或不加 --rank-by composite 按浓度排名",
                "cannot rank by the composite index: every unit ranked needs \(required) valid days of each of the six pollutants in the month (R-24, R-24b), and these are short — \(en). Import the national files (kaohe monitoring import), or rank by concentration without --rank-by composite")
        case .tooFewValidDaysToDate(let through, let units):
            let zh = units.map { u in
                "\(u.code) \(u.name)：" + u.pollutants.map { p in
                    p.month.map { "\(p.pollutant) \($0)月 \(p.validDays)/\(p.required) 天" } ?? "\(p.pollutant) 无有效日"
                }.joined(separator: "、")
            }.joined(separator: "；")
            let en = units.map { u in
                "\(u.code) \(u.name): " + u.pollutants.map { p in
                    p.month.map { "\(p.pollutant) month \($0) \(p.validDays)/\(p.required) day(s)" } ?? "\(p.pollutant) no valid day"
                }.joined(separator: ", ")
            }.joined(separator: "; ")
            let year = through.prefix(4)
            return Bilingual(
                "无法按综合指数排名：每个单位六项污染物在 \(year)-01-01 至 \(through) 须各有有效日，且每个整月须有 27 个有效日（2 月 25 个；R-24、R-24b），以下不足 — \(zh)。请导入国家监测网文件（kaohe monitoring import），或不加 --rank-by composite",
                "cannot rank by the composite index: every unit needs valid days of each of the six pollutants from \(year)-01-01 to \(through), and 27 in every whole month (25 in February; R-24, R-24b), and these are short — \(en). Import the national files (kaohe monitoring import), or leave out --rank-by composite")
        }
    }
}
