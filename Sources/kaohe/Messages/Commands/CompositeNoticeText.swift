import KaoheCore

/// Failures of `kaohe track notice --rank-by composite` (D-73, D-125).
enum CompositeNoticeFailure: Worded {
    /// A unit short of valid days: its code, name, and each pollutant short with the valid days it has.
    struct Short: Sendable {
        var code: String
        var name: String
        var pollutants: [(pollutant: String, validDays: Int)]
    }

    /// `required` is the valid days each pollutant needs in the month (R-24, R-24b); `units` those short of it.
    case tooFewValidDays(required: Int, units: [Short])

    var wording: Bilingual {
        switch self {
        case .tooFewValidDays(let required, let units):
            let zh = units.map { u in "\(u.code) \(u.name)：" + u.pollutants.map { "\($0.pollutant) \($0.validDays) 天" }.joined(separator: "、") }.joined(separator: "；")
            let en = units.map { u in "\(u.code) \(u.name): " + u.pollutants.map { "\($0.pollutant) \($0.validDays) day(s)" }.joined(separator: ", ") }.joined(separator: "; ")
            return Bilingual(
                "无法按综合指数排名：每个参与排名的单位六项污染物在本月须各有 \(required) 个有效日（R-24、R-24b），以下不足 — \(zh)。请导入国家监测网文件（kaohe monitoring import），或不加 --rank-by composite 按浓度排名",
                "cannot rank by the composite index: every unit ranked needs \(required) valid days of each of the six pollutants in the month (R-24, R-24b), and these are short — \(en). Import the national files (kaohe monitoring import), or rank by concentration without --rank-by composite")
        }
    }
}
