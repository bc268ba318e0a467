import Foundation
import KaoheCore

/// The filings file (备案登记): one row per publication or filing of a unit's rules or annual plan, when it
/// happened. Each row becomes a new event; nothing already recorded is changed.
public enum FilingsFile {
    static let code = Column("区域代码", "area_code", required: true)
    static let year = Column("年度", "year", required: true)
    static let kind = Column("文件类别", "kind", required: true)
    static let published = Column("公开日期", "published_on")
    static let filed = Column("备案日期", "filed_on")
    static let document = Column("备案文号", "document")

    public static let schema = Schema(kind: .filings, columns: [code, year, kind, published, filed, document])

    /// 实施细则 / rules, 年度实施计划 / plan.
    static func filingKind(_ text: String) -> Result<FilingKind, FieldProblem> {
        switch text.lowercased() {
        case "实施细则", "rules": .success(.rules)
        case "年度实施计划", "实施计划", "plan": .success(.plan)
        default:
            .failure(FieldProblem(
                reason: "kind \(text) is not known", fix: "write 实施细则 (rules) or 年度实施计划 (plan)",
                reasonZh: "文件类别 \(text) 无法识别", fixZh: "请填写 实施细则（rules）或 年度实施计划（plan）"))
        }
    }

    /// Parses and validates a filings file; throws every problem at once, located (file:line:column).
    ///
    /// `units` are the stored unit codes; a row naming neither a publication nor a filing day, or filed before
    /// it was published, is refused here so that the store never sees it.
    public static func parse(_ data: Data, file: String, units: Set<String>) throws -> ParsedFile<FilingRecord> {
        try parseFile(data, file: file, schema: schema) { row in
            let areaCode = row.required(code, Cells.areaCode)
            if let areaCode, !units.contains(areaCode) {
                let p = Cells.unknownUnit(areaCode, known: units)
                row.problem(code, p.reason, fix: p.fix, reasonZh: p.reasonZh, fixZh: p.fixZh)
            }
            let y = row.required(year, Cells.year)
            let k = row.required(kind, filingKind)
            let p = row.optional(published, Cells.day)
            let f = row.optional(filed, Cells.day)
            let doc = row.optional(document, Cells.name)
            if row.text(published) == nil, row.text(filed) == nil {
                row.problem(
                    published, "neither 公开日期 nor 备案日期 is given", fix: "fill in the publication day, the filing day or both (YYYY-MM-DD)",
                    reasonZh: "公开日期与备案日期均为空", fixZh: "请填写公开日期、备案日期或两者（YYYY-MM-DD）")
            }
            if let p, let f, f < p {
                row.problem(
                    filed, "filed on \(f), before it was published on \(p)", fix: "check the two days",
                    reasonZh: "备案日期 \(f) 早于公开日期 \(p)", fixZh: "请核对两个日期")
            }
            guard let areaCode, units.contains(areaCode), let y, let k else { return nil }
            return FilingRecord(areaCode: areaCode, year: y, kind: k, publishedOn: p, filedOn: f, document: doc)
        }
    }
}
