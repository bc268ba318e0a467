import Foundation
import KaoheCore

/// The successions file (单位承继): one row per recorded succession — a merge once per predecessor, a split once
/// per successor (issue 21). The whole file is recorded or none of it.
public enum SuccessionsFile {
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
        return .failure(FieldProblem(RegisterIssue.unknownSuccessionKind(text: text)))
    }

    static func positive(_ text: String) -> Result<Decimal, FieldProblem> {
        Cells.decimal(text).flatMap { v in
            v > 0 ? .success(v) : .failure(FieldProblem(RegisterIssue.weightNotPositive(text: text)))
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
                    row.problem(column, Cells.unknownUnit(c, known: units))
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
                row.problem(weight, RegisterIssue.weightNotForKind(kind: k))
            }
            for (column, value) in [(ownBase, base), (ownPrevious, previous)] where value != nil {
                if let k, k != .split {
                    row.problem(column, RegisterIssue.ownFigureNotForKind(kind: k))
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
