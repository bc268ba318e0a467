import ArgumentParser
import Foundation
import KaoheCSV
import KaoheCore

extension MonitoringCommand {
    /// Parses a file with the streaming libcsv reader and nothing else: the floor the import is measured
    /// against by scripts/bench-monitoring. Hidden; not for users.
    struct BenchParse: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "bench-parse", abstract: helpText(MonitoringBenchHelp.parseAbstract), shouldDisplay: false)
        @Argument(help: optionHelp(MonitoringBenchHelp.parsePath)) var path: String

        func run() throws {
            let file = try ChunkedInput(path: path)
            let parser = CSVStreamParser(fileName: path)
            var records = 0
            let start = Date()
            try file.read(hash: false) { chunk in try parser.feedRaw(chunk) { _ in records += 1 } }
            try parser.finishRaw { _ in records += 1 }
            let seconds = Date().timeIntervalSince(start)
            Console.out("records \(records) bytes \(file.size) seconds \(String(format: "%.3f", seconds))")
        }
    }

    /// Writes a deterministic synthetic hourly monitoring file and the areas file its stations belong to.
    ///
    /// Rows go station by station, hour by hour from 2015-01-01 00:00; every 97th value is empty (missing)
    /// and every 400th day is a dust day, so the import does the same work as on real data. Hidden.
    struct BenchGenerate: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "bench-generate", abstract: helpText(MonitoringBenchHelp.generateAbstract), shouldDisplay: false)
        @Option var stations = 5000
        @Option var days = 365
        @Option var units = 100
        @Option(help: optionHelp(MonitoringBenchHelp.generateOut)) var out: String

        func run() throws {
            try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
            let unitCodes = (0..<units).map { "BM-\(String(format: "%03d", $0))" }
            let areas = BenchInput.areasHeader + unitCodes.map { "\($0),\(BenchInput.unitName($0.suffix(3))),\(BenchInput.district)\n" }.joined()
            try Data(areas.utf8).write(to: URL(fileURLWithPath: "\(out)/areas.csv"))
            guard FileManager.default.createFile(atPath: "\(out)/monitoring.csv", contents: nil),
                let handle = FileHandle(forWritingAtPath: "\(out)/monitoring.csv")
            else { throw CLIError(MonitoringBenchFailure.cannotWrite(file: "\(out)/monitoring.csv")) }
            defer { try? handle.close() }
            let dustCells = (yes: Array(BenchInput.dustCell(true).utf8), no: Array(BenchInput.dustCell(false).utf8))
            var buffer: [UInt8] = Array("station_code,area_code,time,pm10,pm25,dust\n".utf8)
            buffer.reserveCapacity(1 << 22)
            let first = Calendar(identifier: .gregorian)
            var dayTexts: [[UInt8]] = []
            var components = DateComponents(year: 2015, month: 1, day: 1)
            let utc = TimeZone(identifier: "UTC")!
            var calendar = first
            calendar.timeZone = utc
            let startDate = calendar.date(from: components)!
            for d in 0..<days {
                components = calendar.dateComponents([.year, .month, .day], from: calendar.date(byAdding: .day, value: d, to: startDate)!)
                dayTexts.append(Array(String(format: "%04d-%02d-%02d ", components.year!, components.month!, components.day!).utf8))
            }
            var n: UInt64 = 0
            for s in 0..<stations {
                let prefix = Array("S\(String(format: "%05d", s)),\(unitCodes[s % units]),".utf8)
                for d in 0..<days {
                    let dust = (s + d) % 400 == 0
                    for h in 0..<24 {
                        n &+= 1
                        buffer += prefix
                        buffer += dayTexts[d]
                        appendTwoDigits(h, to: &buffer)
                        buffer += Array(":00,".utf8)
                        if n % 97 != 0 { appendTenths(300 + (n &* 7919 + UInt64(d) * 31) % 1500, to: &buffer) }
                        buffer.append(UInt8(ascii: ","))
                        if n % 89 != 0 { appendTenths(150 + (n &* 104_729) % 900, to: &buffer) }
                        buffer += dust ? dustCells.yes : dustCells.no
                    }
                }
                if buffer.count > 1 << 22 {
                    handle.write(Data(buffer))
                    buffer.removeAll(keepingCapacity: true)
                }
            }
            handle.write(Data(buffer))
        }

        func appendTwoDigits(_ v: Int, to buffer: inout [UInt8]) {
            buffer.append(UInt8(48 + v / 10))
            buffer.append(UInt8(48 + v % 10))
        }

        /// Writes `tenths / 10` with one decimal, e.g. 873 → "87.3".
        func appendTenths(_ tenths: UInt64, to buffer: inout [UInt8]) {
            buffer += Array(String(tenths / 10).utf8)
            buffer.append(UInt8(ascii: "."))
            buffer.append(UInt8(48 + tenths % 10))
        }
    }
}
