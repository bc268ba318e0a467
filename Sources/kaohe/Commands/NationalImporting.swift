import ArgumentParser
import Foundation
import KaoheCSV
import KaoheCore
import KaoheStore

/// The one code path that reads national daily files and stores them, shared by `kaohe national import`
/// (list and mapping given as files) and `kaohe monitoring import --format cnemc` (the stored ones), so both
/// store the same values (D-122).
enum NationalImporting {
    /// Reads `paths` one file at a time (each released once reduced, D-123) with `book`, storing nothing (the
    /// ranking of `kaohe national rank` from files); all or nothing, every problem located and printed, then a failure.
    static func read(_ paths: [String], book: NationalStationBook) throws -> NationalImport {
        try parseOrReject(paths) {
            try NationalImport.read(
                fileCount: paths.count,
                file: { i in
                    let file = try InputFile(path: paths[i])
                    return (file.name, file.data)
                }, book: book, readAhead: readAhead)
        }
    }

    /// Whether the next national file is read on a second thread while one is staged (D-160);
    /// `KAOHE_NATIONAL_NO_READ_AHEAD=1` reads them one after another (for the differential test and the benchmark).
    static var readAhead: Bool { Invocation.variable("KAOHE_NATIONAL_NO_READ_AHEAD") == nil }

    /// The SHA-256 of each file read, by index: filled by the file-reading closure, which the import may call
    /// from its read-ahead thread (D-160), and read once the import has returned.
    final class FileDigests: @unchecked Sendable {
        private let lock = NSLock()
        private var digests: [Int: String] = [:]

        subscript(i: Int) -> String { lock.withLock { digests[i] ?? "" } }

        /// The closure the library asks files of: reads file `i` whole and records its digest.
        func reader(_ paths: [String]) -> @Sendable (Int) throws -> (name: String, data: Data) {
            { i in
                let file = try InputFile(path: paths[i])
                let digest = sha256Hex(of: file.data)
                self.lock.withLock { self.digests[i] = digest }
                return (file.name, file.data)
            }
        }
    }

    /// A set of national files staged into the open write transaction (D-153): what they gave, the staged
    /// hours, and the names and hash the import log records.
    struct Staged {
        var result: NationalStagedImport
        var staging: NationalStaging
        var book: NationalStationBook
        var paths: [String]
        var sha256: String
        var name: String { paths.count == 1 ? paths[0] : "\(paths[0]) … \(paths[paths.count - 1])" }
    }

    /// The stored station lists and the mapping in force (D-121, D-122), with the units checked; refused with the
    /// command to run when no list or mapping is stored.
    static func storedBook(_ store: StoreOptions) throws -> NationalStationBook {
        let db = try store.open(.read)
        guard let book = try db.stationBook() else {
            throw CLIError(NationalProblem.noStoredStationList)
        }
        guard !book.mapping.isEmpty else {
            throw CLIError(NationalProblem.noStoredMapping)
        }
        try checkUnits(book, db: db)
        return book
    }

    /// Reads `paths` one file at a time into `batch`'s transaction (each file's kept hours staged as it is read,
    /// D-153), after which the stations left out are named; all or nothing, every problem located and printed,
    /// then a failure (the caller's transaction stores nothing). With `rejected` (`--keep-going`, D-154) a file
    /// with problems is rejected alone: its problems and path go to `rejected` as it is read, the others go on.
    static func stage(
        _ paths: [String], book: NationalStationBook, batch: MonitoringBatch, _ lang: LanguageOption,
        rejected: ((String, DiagnosticsError) -> Void)? = nil
    ) throws -> Staged {
        let digests = FileDigests()
        let staging = try batch.nationalStaging(unit: { book.unit(of: $0, on: $1) })
        let result = try parseOrReject(paths) {
            try NationalStagedImport.read(
                fileCount: paths.count, file: digests.reader(paths), book: book, staging: staging,
                fileDays: paths.map(NationalHourlyFile.day(inFileName:)), readAhead: readAhead,
                reject: rejected.map { report in { i, problems in report(paths[i], DiagnosticsError(problems)) } })
        }
        for code in result.unmapped {
            printError(lang(NationalText.unmappedStation(code)))
        }
        for (code, effective) in result.backgroundLeftOut {
            printError(lang(NationalText.backgroundLeftOut(code, effective: "\(effective)")))
        }
        // The log names and hashes the files kept (every file unless some were rejected alone, D-154).
        let kept = result.keptFiles
        return Staged(
            result: result, staging: staging, book: book, paths: kept.map { paths[$0] },
            sha256: sha256Hex(of: Data(kept.map { digests[$0] }.joined().utf8)))
    }

    /// Stores staged files: the PM station-days, one import-log entry naming the files kept and their hash (with the
    /// id the hours of settled days were stored under, D-176), then the other SO2/NO2/CO/O3 hours merged by hour
    /// (R-24a, D-153).
    static func store(_ staged: Staged, batch: MonitoringBatch, _ lang: LanguageOption) throws -> String {
        let result = staged.result
        guard !staged.paths.isEmpty else { return "" }
        let outcome = try batch.store(
            result.parts, file: ImportFile(name: staged.name, sha256: staged.sha256), rowCount: result.parts.count, logID: staged.staging.logID)
        let other = try staged.staging.storeHours(batch: batch, importID: outcome.importID)
        return lang(
            NationalText.stored(
                files: result.files, stationDays: result.stationDays, withValue: result.withValue, added: outcome.added, changed: outcome.changed,
                unchanged: outcome.unchanged, otherAdded: other.added, otherUnchanged: other.unchanged, importID: outcome.importID))
    }

    /// Whether the file at `path` begins like a national daily file (`date,hour,type,`, D-122); standard input
    /// and unreadable files are left to the other reader, which names the problem.
    static func looksNational(path: String) -> Bool {
        guard path != standardInputArgument, let handle = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? handle.close() }
        guard let prefix = try? handle.read(upToCount: 4096) else { return false }
        return NationalHourlyFile.looksNational(prefix)
    }

    /// Refuses a mapping that names units not stored.
    static func checkUnits(_ book: NationalStationBook, db: AppDatabase) throws {
        let known = Set(try db.areas().map(\.code))
        let unknown = Set(book.mapping.map(\.unit)).subtracting(known).sorted()
        guard unknown.isEmpty else {
            throw CLIError(NationalProblem.unknownUnits(file: book.mappingFile, units: unknown))
        }
    }
}

/// The store's staging table is where the staged national import puts each file's hours (D-153).
extension NationalStaging: NationalHourStaging {}
