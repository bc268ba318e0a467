import Foundation
import KaoheCSV
import KaoheCore
import KaoheRules
import KaoheStore
import KaoheXLSX

/// The validation of self-inspection report files, shared by `kaohe reports import/check` and the portal's
/// upload (issue 19): one context from the stored units and the rule set, one parser, so neither front end
/// checks differently.
public enum ReportUpload {
    /// The file kinds a report workbook's sheets may be named after (one sheet per part, D-64).
    public static let kinds: [FileKind] = [.report, .keyTasks, .projects, .funding]

    /// What the validators know: the stored units with their pollutant, the rule set's years and key tasks, today,
    /// and the successions in force, so a row under a replaced code is warned about or refused (D-108).
    public static func context(_ db: AppDatabase, rules: RuleSet, today: Day) throws -> ReportContext {
        let pollutants = try db.pollutants()
        var areas: [String: Pollutant] = [:]
        let stored = try db.areas()
        for a in stored { areas[a.code] = pollutants[a.code] ?? rules.pollutant }
        let successions = try db.successions().filter { $0.withdrawal == nil }.map(\.succession)
        let oldCodes = successions.isEmpty ? nil : OldCodeCheck(
            successions: successions, names: Dictionary(stored.map { ($0.code, $0.name) }, uniquingKeysWith: { a, _ in a }),
            policy: rules.succession.oldCodes)
        var subIndicators: [String: KeyTaskSpec] = [:]
        var indicators: [String: String] = [:]
        for i in rules.keyTasks {
            indicators[i.code] = i.name
            for s in i.subIndicators { subIndicators[s.code] = KeyTaskSpec(name: s.name, points: s.points) }
        }
        return ReportContext(
            areas: areas, years: rules.assessedYears, subIndicators: subIndicators, indicators: indicators, today: today, oldCodes: oldCodes)
    }

    /// Validates report files together; throws `DiagnosticsError` with every located problem.
    public static func validate(_ files: [NamedData], db: AppDatabase, rules: RuleSet, today: Day) throws -> ReportBatch {
        try ReportFiles.parse(files, context: try context(db, rules: rules, today: today))
    }

    /// Whether bytes are a workbook: by the name's extension, or a ZIP or .xls signature.
    public static func isWorkbook(name: String, data: Data) -> Bool {
        if ["xlsx", "xlsm", "xls"].contains((name as NSString).pathExtension.lowercased()) { return true }
        return data.prefix(4) == Data([0x50, 0x4B, 0x03, 0x04]) || XLSXReader.looksLikeXLS(data)
    }

    /// The sheets of a report workbook in CSV form: every visible sheet named after a report part, else the
    /// first visible one. Throws `DiagnosticsError` located at the workbook.
    public static func sheets(_ data: Data, name: String) throws -> [SheetText] {
        let names = kinds.flatMap { [$0.chinese, $0.rawValue] }
        let found = try XLSXReader.readAll(data, file: name, named: names)
        if !found.isEmpty { return found }
        return [try XLSXReader.read(data, file: name, sheet: nil, preferred: names)]
    }

    /// The portal's upload: workbooks read into sheets, everything validated, the rows checked to be the
    /// clerk's unit's only (`unit`, nil for none), then stored in one transaction as `reports import` does.
    ///
    /// Throws `DiagnosticsError` (located problems; nothing stored), `Refusal`, or the store's `Refusal`.
    public static func upload(
        _ uploads: [NamedData], unit: String?, db: AppDatabase, rules: RuleSet, today: Day
    ) throws -> (outcome: ReportImportOutcome, batch: ReportBatch, locations: [SheetText]) {
        if uploads.isEmpty { throw Refusal.noFiles }
        var files: [NamedData] = []
        var sheets: [SheetText] = []
        for u in uploads {
            if isWorkbook(name: u.name, data: u.data) {
                let read = try self.sheets(u.data, name: u.name)
                sheets += read
                files += read.map { NamedData(name: $0.name, data: $0.csv) }
            } else {
                files.append(u)
            }
        }
        let batch: ReportBatch
        do {
            batch = try validate(files, db: db, rules: rules, today: today)
        } catch let error as DiagnosticsError {
            throw DiagnosticsError(error.diagnostics.map { locate($0, in: sheets) })
        }
        if let unit, let other = batch.groups.first(where: { $0.areaCode.caseInsensitiveCompare(unit) != .orderedSame }) {
            throw Refusal.otherUnit(file: other.files.first ?? "", unit: other.areaCode)
        }
        let outcome = try db.importReports(
            batch.groups, files: files.map { ImportFile(name: $0.name, sha256: sha256Hex(of: $0.data)) },
            rowCounts: Dictionary(batch.kinds.map { ($0.file, $0.rows) }, uniquingKeysWith: +),
            kinds: Dictionary(batch.kinds.map { ($0.file, $0.kind.rawValue) }, uniquingKeysWith: { a, _ in a }))
        return (outcome, batch, sheets)
    }

    /// A diagnostic about a sheet's CSV form, located at the sheet's cell (`book.xlsx:Sheet!D7`).
    public static func locate(_ d: Diagnostic, in sheets: [SheetText]) -> Diagnostic {
        guard let sheet = sheets.first(where: { $0.name == d.file }) else { return d }
        return sheet.locate(d, rowOfLine: sheet.rowOfLine)
    }
}
