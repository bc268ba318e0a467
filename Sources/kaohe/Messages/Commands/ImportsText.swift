import KaoheCore

/// Help text of `kaohe imports`.
enum ImportsHelp {
    static let abstract = Bilingual("列出每次导入：文件、SHA-256、类型、行数、时间。", "List every import: file, SHA-256, kind, rows, time.")
}

/// What `kaohe imports` prints, and the one-line result every import prints.
enum ImportsText {
    /// The columns before the last, SHA-256.
    static let headers = [
        Bilingual("编号", "id"), Bilingual("时间 (UTC)", "time (UTC)"), Bilingual("类型", "kind"), Bilingual("行数", "rows"), Bilingual("新增", "added"),
        Bilingual("修改", "changed"), Bilingual("文件", "file"),
    ]
    static let reportCounts = Bilingual(
        "报告文件的“新增”“修改”按存储的报告部分计：新增 = 该部分的首个版本，修改 = 替换旧版本的新版本；与已存储内容相同的部分不计。",
        "For report files, added and changed count the report parts stored: added = a part's first version, changed = a version replacing an earlier one; parts identical to what was stored are not counted.")
    /// The line added when rows matched withdrawn targets (R-5 revised), starting on a new line.
    static func keptWithdrawn(_ rows: Int) -> Bilingual {
        Bilingual(
            "\n其中 \(rows) 行与已撤回的目标相同，仍保持撤回（如需恢复，请导入不同的目标）",
            "\n\(rows) row(s) are identical to withdrawn targets, which stay withdrawn (import a different target to replace one)")
    }
    static func imported(file: String, rows: Int, added: Int, changed: Int, unchanged: Int, importID: Int64) -> Bilingual {
        Bilingual(
            "\(file): 已导入 \(rows) 行；新增 \(added)，修改 \(changed)，未变 \(unchanged)（导入编号 \(importID)）",
            "\(file): imported \(rows) row(s); \(added) added, \(changed) changed, \(unchanged) unchanged (import \(importID))")
    }
}
