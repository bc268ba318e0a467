import ArgumentParser
import Foundation
import KaoheCSV
import KaoheCore
import KaoheStore

/// The one code path that reads national daily files and stores them, shared by `kaohe national import`
/// (list and mapping given as files) and `kaohe monitoring import --format cnemc` (the stored ones), so both
/// store the same values (D-122).
enum NationalImporting {
    /// A read set of national files: what they gave, and the names and hash the import log records.
    struct Read {
        var result: NationalImport
        var paths: [String]
        /// SHA-256 of the files' SHA-256 hex digests in order, for the import log.
        var sha256: String
        var name: String { paths.count == 1 ? paths[0] : "\(paths[0]) … \(paths[paths.count - 1])" }
    }

    /// Reads `paths` one file at a time (each released once reduced, D-123) with `book`; all or nothing, every
    /// problem located and printed, then a failure.
    static func read(_ paths: [String], book: NationalStationBook, _ lang: LanguageOption) throws -> Read {
        var digests = Data()
        let result = try parseOrReject(paths) {
            try NationalImport.read(
                fileCount: paths.count,
                file: { i in
                    let file = try InputFile(path: paths[i])
                    digests.append(Data(sha256Hex(of: file.data).utf8))
                    return (file.name, file.data)
                }, book: book)
        }
        return Read(result: result, paths: paths, sha256: sha256Hex(of: digests))
    }

    /// Reads `paths` with the stored station lists and the mapping in force (D-121, D-122), after naming the
    /// stations left out; refused with the command to run when no list or mapping is stored.
    static func readStored(_ paths: [String], store: StoreOptions, _ lang: LanguageOption) throws -> Read {
        let db = try store.open(.read)
        guard let book = try db.stationBook() else {
            throw CLIError(NationalProblem.noStoredStationList)
        }
        guard !book.mapping.isEmpty else {
            throw CLIError(NationalProblem.noStoredMapping)
        }
        try checkUnits(book, db: db)
        let read = try read(paths, book: book, lang)
        warn(read.result, lang)
        return read
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

    /// Stores PM10/PM2.5 into the monitoring data and SO2/NO2/CO/O3 hours into the national store within
    /// `batch` (D-71, D-73); a conflict in either throws `DiagnosticsError` and the caller's transaction stores
    /// nothing. Returns the line that says what was stored.
    static func store(_ read: Read, batch: MonitoringBatch, _ lang: LanguageOption) throws -> String {
        let result = read.result
        let outcome = try batch.store(result.parts, file: ImportFile(name: read.name, sha256: read.sha256), rowCount: result.parts.count)
        let other = try batch.storeNationalHours(result.otherHours, importID: outcome.importID)
        let otherValid = result.days.filter { !$0.day.means.isEmpty || $0.day.ozoneMax8h != nil }.count
        return lang(
            NationalText.stored(
                files: result.files, stationDays: result.days.count, withValue: otherValid, added: outcome.added, changed: outcome.changed,
                unchanged: outcome.unchanged, otherAdded: other.added, otherUnchanged: other.unchanged, importID: outcome.importID))
    }

    /// Names, once per import, the unmapped stations of the mapped units' cities and the mapped stations a list
    /// in force marks as background stations (left out).
    static func warn(_ result: NationalImport, _ lang: LanguageOption) {
        for code in result.unmapped {
            printError(lang(NationalText.unmappedStation(code)))
        }
        for (code, effective) in result.backgroundLeftOut {
            printError(lang(NationalText.backgroundLeftOut(code, effective: "\(effective)")))
        }
    }
}
