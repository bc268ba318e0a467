import Foundation
import KaoheCore

/// A large valid report batch for the sample units, written as CSV files into a folder.
///
/// Big enough that storing it takes a noticeable time, so a kill or a second writer can land in the middle
/// of the write transaction; every row is valid, so the import either stores all of it or fails as a whole.
enum LargeBatch {
    /// The 13 sample units (sample-data/areas.csv).
    static let units = [
        "510703", "510704", "510722", "510723", "510724", "510725", "510726", "510727", "510781",
        "MY-GXQ", "MY-JKQ", "MY-KCQ", "MY-XHQ",
    ]

    /// Writes `<folder>/summary.csv` and `<folder>/projects.csv` for `year`; returns the folder.
    @discardableResult
    static func write(to folder: URL, year: Int, projectsPerUnit: Int) throws -> URL {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        var summary = "区域代码,考核年度,报送日期,PM10年均浓度,PM2.5年均浓度\n"
        var projects = "区域代码,考核年度,项目编号,项目名称,任务类别,进展状态,计划投资（万元）,完成投资（万元）\n"
        for (u, unit) in units.enumerated() {
            summary += "\(unit),\(year),\(year)-12-2\(u % 10),\(80 + u),\(50 + u)\n"
            for p in 1...projectsPerUnit {
                projects += "\(unit),\(year),\(unit)-\(year)-\(p),燃煤锅炉淘汰第\(p)批,5,在建,\(p).5,\(p)\n"
            }
        }
        try Data(summary.utf8).write(to: folder.appendingPathComponent("summary.csv"))
        try Data(projects.utf8).write(to: folder.appendingPathComponent("projects.csv"))
        return folder
    }

    /// Writes a daily monitoring file for `year`: `stationsPerUnit` stations in each unit, every day valid.
    @discardableResult
    static func writeMonitoring(to file: URL, year: Int, stationsPerUnit: Int) throws -> URL {
        var text = "站点编码,区域代码,日期,PM10,PM2.5,沙尘\n"
        let first = Day(year: year, month: 1, day: 1)!
        for (u, unit) in units.enumerated() {
            for s in 1...stationsPerUnit {
                for d in 0..<Day.daysIn(year: year) {
                    text += "S\(u)-\(s),\(unit),\(first.adding(days: d)),\(60 + (d * 7 + s) % 90).\(d % 10),\(30 + d % 40),否\n"
                }
            }
        }
        try Data(text.utf8).write(to: file)
        return file
    }
}
