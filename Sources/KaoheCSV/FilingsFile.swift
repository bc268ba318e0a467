import Foundation
import KaoheCore

/// The filings file (备案登记): one row per publication or filing of a unit's rules or annual plan, when it
/// happened. Each row becomes a new event; nothing already recorded is changed.
public enum FilingsFile {
    public static let schema = Schema(kind: .filings, columns: [code, year, kind, published, filed, document])

    /// 实施细则 / rules, 年度实施计划 / plan.
    static func filingKind(_ text: String) -> Result<FilingKind, FieldProblem> {
        let word = text.lowercased()
        if CellWords.rulesKind.contains(word) { return .success(.rules) }
        if CellWords.planKind.contains(word) { return .success(.plan) }
        return .failure(FieldProblem(RegisterIssue.unknownFilingKind(text: text)))
    }

    /// Parses and validates a filings file; throws every problem at once, located (file:line:column).
    ///
    /// `units` are the stored unit codes; a row naming neither a publication nor a filing day, or filed before
    /// it was published, is refused here so that the store never sees it.
    public static func parse(_ data: Data, file: String, units: Set<String>) throws -> ParsedFile<FilingRecord> {
        try parseFile(data, file: file, schema: schema) { row in
            let areaCode = row.required(code, Cells.areaCode)
            if let areaCode, !units.contains(areaCode) {
                row.problem(code, Cells.unknownUnit(areaCode, known: units))
            }
            let y = row.required(year, Cells.year)
            let k = row.required(kind, filingKind)
            let p = row.optional(published, Cells.day)
            let f = row.optional(filed, Cells.day)
            let doc = row.optional(document, Cells.name)
            if row.text(published) == nil, row.text(filed) == nil {
                row.problem(published, RegisterIssue.noFilingDay)
            }
            if let p, let f, f < p {
                row.problem(filed, RegisterIssue.filedBeforePublished(filed: f, published: p))
            }
            guard let areaCode, units.contains(areaCode), let y, let k else { return nil }
            return FilingRecord(areaCode: areaCode, year: y, kind: k, publishedOn: p, filedOn: f, document: doc)
        }
    }
}
