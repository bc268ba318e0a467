import Foundation
import KaoheCore

/// The successions file (单位承继): one row per recorded succession — a merge once per predecessor, a split once
/// per successor (issue 21). The whole file is recorded or none of it.
public enum SuccessionsFile {
    static let predecessor = Column("原单位代码", "predecessor", required: true)
    static let successor = Column("承继单位代码", "successor", required: true)
    static let effective = Column("生效日期", "effective_on", required: true)
    static let document = Column("文号", "document", required: true)
    static let kind = Column("变更类型", "kind")
    static let weight = Column("权重", "weight")
    static let ownBase = Column("承继单位考核基数", "own_base")
    static let ownPrevious = Column("承继单位上年浓度", "own_previous")

    public static let schema = Schema(
        kind: .successions, columns: [predecessor, successor, effective, document, kind, weight, ownBase, ownPrevious])

    /// One parsed row with the line it came from, so a refusal by the store can be located.
    public struct Row: Sendable {
        public var succession: Succession
        public var line: Int
    }

    /// 更名/rename, 更改代码/recode, 合并/merge, 拆分/split; empty means recode.
    static func successionKind(_ text: String) -> Result<SuccessionKind, FieldProblem> {
        if let k = SuccessionKind(rawValue: text.lowercased()) ?? SuccessionKind.allCases.first(where: { $0.chinese == text }) {
            return .success(k)
        }
        return .failure(FieldProblem(
            reason: "kind \(text) is not known", fix: "write 更名 (rename), 更改代码 (recode), 合并 (merge) or 拆分 (split)",
            reasonZh: "变更类型 \(text) 无法识别", fixZh: "请填写 更名（rename）、更改代码（recode）、合并（merge）或 拆分（split）"))
    }

    static func positive(_ text: String) -> Result<Decimal, FieldProblem> {
        Cells.decimal(text).flatMap { v in
            v > 0 ? .success(v) : .failure(FieldProblem(
                reason: "weight \(text) is not above 0", fix: "give a positive weight, e.g. the predecessor's population",
                reasonZh: "权重 \(text) 不大于 0", fixZh: "请填写正数权重，如被承继单位的人口"))
        }
    }

    /// Parses and validates a successions file; throws every problem at once, located (file:line:column).
    ///
    /// `units` are the stored unit codes. A weight belongs to a merge row, an own base or previous year to a
    /// split row; anything else is refused here. The shape rules (once succeeded, cycles, days) are checked by
    /// the store against what is recorded, in the writing transaction.
    public static func parse(_ data: Data, file: String, units: Set<String>) throws -> ParsedFile<Row> {
        try parseFile(data, file: file, schema: schema) { row in
            var codes: [String] = []
            for column in [predecessor, successor] {
                guard let c = row.required(column, Cells.areaCode) else { continue }
                if !units.contains(c) {
                    let p = Cells.unknownUnit(c, known: units)
                    row.problem(column, p.reason, fix: p.fix, reasonZh: p.reasonZh, fixZh: p.fixZh)
                    continue
                }
                codes.append(c)
            }
            let day = row.required(effective, Cells.day)
            let doc = row.required(document, Cells.name)
            let k = row.optional(kind, successionKind) ?? (row.text(kind) == nil ? .recode : nil)
            let w = row.optional(weight, positive)
            let base = row.optional(ownBase) { Cells.concentration($0, allowZero: false) }
            let previous = row.optional(ownPrevious) { Cells.concentration($0, allowZero: false) }
            if w != nil, let k, k != .merge {
                row.problem(weight, "a weight is given for a \(k.rawValue)", fix: "give a weight only on a merge row (变更类型 合并), or leave it empty",
                            reasonZh: "\(k.chinese)不使用权重", fixZh: "仅在合并行填写权重，否则请留空")
            }
            for (column, value) in [(ownBase, base), (ownPrevious, previous)] where value != nil {
                if let k, k != .split {
                    row.problem(column, "an own figure of the successor is given for a \(k.rawValue)",
                                fix: "give the successor's own base or previous year only on a split row (变更类型 拆分), or leave it empty",
                                reasonZh: "\(k.chinese)不使用承继单位自有数值", fixZh: "仅在拆分行填写承继单位的考核基数或上年浓度，否则请留空")
                }
            }
            guard codes.count == 2, let day, let doc, let k else { return nil }
            return Row(
                succession: Succession(predecessor: codes[0], successor: codes[1], effective: day, document: doc, kind: k,
                                       weight: w, ownBase: base, ownPrevious: previous),
                line: row.line)
        }
    }
}
