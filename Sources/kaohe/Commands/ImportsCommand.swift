import ArgumentParser
import KaoheReport
import KaoheStore

struct ImportsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "imports", abstract: helpText("列出每次导入：文件、SHA-256、类型、行数、时间。", "List every import: file, SHA-256, kind, rows, time."))
    @OptionGroup var store: StoreOptions
    @OptionGroup var lang: LanguageOption

    func run() throws {
        let log = try store.open(.read).importLog()
        var table = TextTable(
            headers: [lang("编号", "id"), lang("时间 (UTC)", "time (UTC)"), lang("类型", "kind"), lang("行数", "rows"), lang("新增", "added"), lang("修改", "changed"), lang("文件", "file"), "SHA-256"],
            alignments: [.right, .left, .left, .right, .right, .right, .left, .left])
        for e in log {
            table.append([String(e.id ?? 0), e.importedAt, Labels.importKind(e.kind, lang.lang), String(e.rowCount), String(e.added), String(e.changed), e.fileName, e.sha256])
        }
        Console.out(table.render(), terminator: "")
        if log.contains(where: { ["report", "key-tasks", "projects", "funding"].contains($0.kind) }) {
            Console.out(lang(
                "报告文件的“新增”“修改”按存储的报告部分计：新增 = 该部分的首个版本，修改 = 替换旧版本的新版本；与已存储内容相同的部分不计。",
                "For report files, added and changed count the report parts stored: added = a part's first version, changed = a version replacing an earlier one; parts identical to what was stored are not counted."))
        }
    }
}

/// The one-line result of an import, e.g. `areas.csv: 13 行；新增 13，修改 0，未变 0`.
func importSummary(file: String, rows: Int, outcome: ImportOutcome, lang: LanguageOption) -> String {
    let withdrawn = outcome.keptWithdrawn == 0 ? "" : lang(
        "\n其中 \(outcome.keptWithdrawn) 行与已撤回的目标相同，仍保持撤回（如需恢复，请导入不同的目标）",
        "\n\(outcome.keptWithdrawn) row(s) are identical to withdrawn targets, which stay withdrawn (import a different target to replace one)")
    return lang(
        "\(file): 已导入 \(rows) 行；新增 \(outcome.added)，修改 \(outcome.changed)，未变 \(outcome.unchanged)（导入编号 \(outcome.importID)）",
        "\(file): imported \(rows) row(s); \(outcome.added) added, \(outcome.changed) changed, \(outcome.unchanged) unchanged (import \(outcome.importID))") + withdrawn
}
