import Foundation
import KaoheCore

extension AppDatabase {
    /// The report status of every unit listed for `year`, as `reports status` and the portal's report list show it.
    ///
    /// The units are those that exist in the year, each named as it was called then with its successor noted; a
    /// unit replaced by then is listed only for rows it has of the year, with `expected` false, and is not counted
    /// (issue 21, D-140, D-144). Filing events recorded when they happened count beside the self-report's columns
    /// . One function, so the command line and the portal list the same units with the same statuses.
    public func reportStatuses(year: Int, english: Bool) throws -> [(area: Area, status: ReportStatus, expected: Bool)] {
        let pollutants = try pollutants()
        let filings = try filingEvents(year: year)
        var reports: [String: StoredReport] = [:]
        for area in try areas() { reports[area.code] = try report(area: area.code, year: year) }
        let listed = SuccessionMembership.listed(
            try areas(), year: year, successions: try successionsInForce(), withRows: { reports[$0]?.hasRows == true }, english: english)
        return listed.map { unit in
            let status = ReportStatus(
                areaCode: unit.area.code, year: year, pollutant: pollutants[unit.area.code] ?? .pm10, report: reports[unit.area.code] ?? StoredReport())
                .withFilings(filings)
            return (unit.area, status, unit.expected)
        }
    }
}
