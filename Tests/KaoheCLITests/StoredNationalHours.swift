import Foundation
import GRDB

/// One stored national hour as the per-hour table `national_hour` held it before migration v12n (D-165), read
/// from `national_day` (a row per station, day and pollutant, field h−1 of `hours`/`imports` is end hour h) by
/// splitting its texts here, not through the store's reader.
struct StoredNationalHour: Equatable {
    var station: String, unit: String, day: String, pollutant: String
    var hour: Int
    var value: String
    var importID: String

    /// The row as GRDB printed a `national_hour` row, so the tests' comparisons read as before.
    var line: String {
        "[station:\"\(station)\" area_code:\"\(unit)\" day:\"\(day)\" pollutant:\"\(pollutant)\" hour:\(hour) value:\"\(value)\" import_id:\(importID)]"
    }

    /// Every stored hour in key order (station, day, pollutant, hour).
    static func all(_ path: String) throws -> [StoredNationalHour] {
        try DatabaseQueue(path: path).read { db in
            try Row.fetchAll(db, sql: "SELECT station, area_code, day, pollutant, hours, imports FROM national_day ORDER BY station, day, pollutant").flatMap {
                row -> [StoredNationalHour] in
                let values = (row[4] as String).split(separator: ",", omittingEmptySubsequences: false)
                let imports = (row[5] as String).split(separator: ",", omittingEmptySubsequences: false)
                return values.indices.filter { !values[$0].isEmpty }.map {
                    StoredNationalHour(
                        station: row[0], unit: row[1], day: row[2], pollutant: row[3], hour: $0 + 1, value: String(values[$0]),
                        importID: String(imports[$0]))
                }
            }
        }
    }
}
