import ArgumentParser
import Foundation
import KaoheCore
import KaoheStore
import KaoheTracking

/// `track notice` and `track --rank-by concentration|composite` (D-125, D-138).
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

    /// The tracking view's units ranked by the composite index of the year to date through `through` (D-138);
    /// refused, naming every unit, pollutant and month short of valid days, when any lacks one.
    static func rankingToDate(_ units: [Area], through: Day, db: AppDatabase) throws -> [CompositeRankedUnit] {
        let previous = CompositeRankingToDate.previous(through: through)
        let days = try db.nationalStationDays(from: previous.lowerBound, to: through)
        let (ranked, shortfalls) = CompositeRankingToDate.rank(units: units, days: days, through: through)
        guard shortfalls.isEmpty else {
            let byUnit = Dictionary(grouping: shortfalls, by: \.area.code).sorted { $0.key < $1.key }
            let units = byUnit.map { code, list in
                CompositeNoticeFailure.ShortToDate(
                    code: code, name: list[0].area.name,
                    pollutants: list.map { ($0.pollutant.rawValue, $0.month, $0.validDays, $0.required) })
            }
            throw CLIError(CompositeNoticeFailure.tooFewValidDaysToDate(through: through.description, units: units))
        }
        return ranked
    }
}
