import Foundation
import KaoheCSV
import KaoheCore
import KaoheDepartments

/// The properties every input must keep, whatever its bytes: the CSV reader and every file importer
/// either return values or throw a `DiagnosticsError` whose every diagnostic names a file and a 1-based
/// line. Anything else (a crash, another error type, an unlocated diagnostic) traps, which libFuzzer
/// reports as a finding and the replay mode as a non-zero exit.
enum FuzzChecks {
    /// A small fixed context: three units (one assessed on PM2.5), the plan years and a few key tasks.
    static let context = ReportContext(
        areas: ["510703": .pm10, "510704": .pm25, "MY-GXQ": .pm10],
        years: 2014...2017,
        subIndicators: [
            "1.1": KeyTaskSpec(name: FuzzFixtureWords.coalBoilers, points: 2), "1.2": KeyTaskSpec(name: FuzzFixtureWords.yellowLabelVehicles, points: 2),
            "5.1": KeyTaskSpec(name: FuzzFixtureWords.industrialAir, points: 4),
        ],
        indicators: ["1": FuzzFixtureWords.industrialStructure, "5": FuzzFixtureWords.industrialAir, "10": FuzzFixtureWords.organisation])

    static let knownAreas: Set<String> = ["510703", "510704", "MY-GXQ"]
    /// HBJ's 2015 task list, which fuzzed department reports are checked against.
    static let departmentTaskLists = [
        "HBJ/2015": DepartmentTaskList(
            departmentCode: "HBJ", year: 2015,
            tasks: [
                DepartmentTask(code: "1", task: FuzzFixtureWords.coordination, points: 40, sourceClause: FuzzFixtureWords.articleFive),
                DepartmentTask(code: "2", task: FuzzFixtureWords.monitoring, points: 60, sourceClause: FuzzFixtureWords.articleFour),
            ],
            version: 1)
    ]

    /// Runs every reader and importer on `data`; traps when a property fails.
    static func check(_ data: Data) {
        let whole = located("reader") { try read(data, chunked: false) }
        let chunked = located("chunked reader") { try read(data, chunked: true) }
        // Where both reads succeed and guessed the same encoding, the chunk splits must not change a record.
        if let whole, let chunked, whole.encoding == chunked.encoding, whole.records != chunked.records {
            fatalError("chunked and whole reads disagree: \(whole.records) vs \(chunked.records)")
        }
        // Tiny limits reach the too-long-field and too-long-row paths that real limits need megabytes for.
        _ = located("reader with small limits") { try read(data, chunked: true, limits: (field: 48, row: 160)) }
        _ = located("areas") { try AreasFile.parse(data, file: "areas.csv") }
        _ = located("targets") { try TargetsFile.parse(data, file: "targets.csv", knownAreas: knownAreas) }
        _ = located("monitoring") { try MonitoringFile.parse(data, file: "monitoring.csv", knownAreas: knownAreas) }
        _ = located("monitoring in chunks") {
            let importer = MonitoringImporter(fileName: "monitoring.csv", knownAreas: knownAreas)
            var offset = data.startIndex
            while offset < data.endIndex {
                let end = min(offset + 7, data.endIndex)
                try importer.feed(data[offset..<end])
                offset = end
            }
            return try importer.finish()
        }
        // The departments' file kinds (issue 17): every problem located, whatever the bytes.
        _ = located("departments") { try DepartmentsFile.parse(data, file: "departments.csv", storedCodes: ["HBJ"], areaCodes: knownAreas) }
        _ = located("department tasks") { try DepartmentTasksFile.parse(data, file: "tasks.csv", departments: ["HBJ", "FGW"]) }
        _ = located("department reports") {
            try DepartmentReportFile.parse(data, file: "report.csv", departments: ["HBJ", "FGW"], taskLists: departmentTaskLists, today: Day(year: 2016, month: 3, day: 1))
        }
        _ = located("reports") { try ReportFiles.parse([NamedData(name: "a.csv", data: data)], context: context) }
        _ = located("report pair") {
            try ReportFiles.parse([NamedData(name: "a.csv", data: data), NamedData(name: "b.csv", data: data)], context: context)
        }
        XLSXFuzzChecks.check(data)
    }

    /// Runs `body`; returns its value, nil for a located `DiagnosticsError`, and traps for anything else.
    static func located<T>(_ what: String, _ body: () throws -> T) -> T? {
        do {
            return try body()
        } catch {
            let diagnostics: [Diagnostic]
            switch error {
            case let error as DiagnosticsError: diagnostics = error.diagnostics
            default: fatalError("\(what): threw \(type(of: error)), not a located DiagnosticsError: \(error)")
            }
            precondition(diagnostics.contains { $0.severity == .error }, "\(what): an error without an error diagnostic")
            for d in diagnostics {
                precondition(!d.file.isEmpty, "\(what): diagnostic without a file: \(d)")
                precondition((d.line ?? 0) >= 1, "\(what): diagnostic without a line: \(d)")
            }
            return nil
        }
    }

    /// Reads `data` whole, or in chunks of 1–16 bytes whose sizes follow from the bytes themselves, so a
    /// finding reproduces from its input alone.
    static func read(
        _ data: Data, chunked: Bool, limits: (field: Int, row: Int)? = nil
    ) throws -> (records: [CSVRecord], encoding: String?) {
        var state: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in data.prefix(64) { state = (state ^ UInt64(byte)) &* 0x100_0000_01B3 }
        let parser = CSVStreamParser(fileName: "fuzz.csv")
        if let limits {
            parser.maximumFieldBytes = limits.field
            parser.maximumRecordBytes = limits.row
        }
        var records: [CSVRecord] = []
        var offset = data.startIndex
        while offset < data.endIndex {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let end = chunked ? min(offset + Int(state >> 60) + 1, data.endIndex) : data.endIndex
            try parser.feed(data[offset..<end]) { records.append($0) }
            offset = end
        }
        try parser.finish { records.append($0) }
        return (records, parser.encoding)
    }
}
