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
            let byUnit = Dictionary(grouping: shortfalls, by: \.area.code).sorted { $0.key < $1.key }
            let units = byUnit.map { code, list in
                CompositeNoticeFailure.Short(code: code, name: list[0].area.name, pollutants: list.map { ($0.pollutant.rawValue, $0.validDays) })
            }
            throw CLIError(CompositeNoticeFailure.tooFewValidDays(required: shortfalls[0].required, units: units))
        }
        return ranked
    }
}
