import ArgumentParser
import Foundation
import KaoheCore
import KaoheStore
import KaoheTracking

/// `track notice --rank-by concentration|composite` (D-125).
enum RankByOption: String, ExpressibleByArgument, CaseIterable {
    case concentration, composite
}

/// The monthly notice's ranking by the composite index, from the stored data (D-73, D-125).
enum CompositeNotice {
    /// The units the notice ranks by concentration, ranked by the composite index of the month; refused, naming
    /// every unit and pollutant short of the valid days, when any lacks one (never a silent fallback).
    static func ranking(_ notice: MonthlyNotice, db: AppDatabase, _ lang: LanguageOption) throws -> [CompositeRankedUnit] {
        let year = notice.year, month = notice.month
        let period = Day(year: year, month: month, day: 1)!...Day(year: year, month: month, day: Day.daysIn(month: month, year: year))!
        let previous = Day(year: year - 1, month: month, day: 1)!...Day(year: year - 1, month: month, day: Day.daysIn(month: month, year: year - 1))!
        var seen: Set<String> = []
        let units = notice.rankings.flatMap(\.monthByConcentration).map(\.area).filter { seen.insert($0.code).inserted }
        let days = try db.nationalStationDays(from: previous.lowerBound, to: period.upperBound)
        let (ranked, shortfalls) = CompositeRanking.rank(units: units, days: days, period: period, previous: previous)
        guard shortfalls.isEmpty else {
            let required = shortfalls[0].required
            let byUnit = Dictionary(grouping: shortfalls, by: \.area.code).sorted { $0.key < $1.key }
            let zh = byUnit.map { code, list in
                "\(code) \(list[0].area.name)：" + list.map { "\($0.pollutant.rawValue) \($0.validDays) 天" }.joined(separator: "、")
            }.joined(separator: "；")
            let en = byUnit.map { code, list in
                "\(code) \(list[0].area.name): " + list.map { "\($0.pollutant.rawValue) \($0.validDays) day(s)" }.joined(separator: ", ")
            }.joined(separator: "; ")
            throw CLIError(
                "无法按综合指数排名：每个参与排名的单位六项污染物在本月须各有 \(required) 个有效日（R-24、R-24b），以下不足 — \(zh)。请导入国家监测网文件（kaohe monitoring import），或不加 --rank-by composite 按浓度排名",
                "cannot rank by the composite index: every unit ranked needs \(required) valid days of each of the six pollutants in the month (R-24, R-24b), and these are short — \(en). Import the national files (kaohe monitoring import), or rank by concentration without --rank-by composite")
        }
        return ranked
    }
}
