import KaoheCore

/// Help texts of the hidden benchmark commands `kaohe monitoring bench-parse` and `bench-generate`.
enum MonitoringBenchHelp {
    static let parseAbstract = Bilingual("只解析 CSV 文件（性能测试基线）。", "Parse a CSV file only (benchmark baseline).")
    static let parsePath = Bilingual("CSV 文件。", "The CSV file.")
    static let generateAbstract = Bilingual("生成模拟的小时监测文件（性能测试输入）。", "Write a synthetic hourly monitoring file (benchmark input).")
    static let generateOut = Bilingual("写入 areas.csv 和 monitoring.csv 的文件夹。", "Folder to write areas.csv and monitoring.csv into.")
}

/// Failures of the benchmark commands.
enum MonitoringBenchFailure: Worded {
    /// `file` is the path of the file that could not be created.
    case cannotWrite(file: String)

    var wording: Bilingual {
        switch self {
        case .cannotWrite(let file): Bilingual("\(file)：无法写入 — 请检查文件夹", "\(file): cannot be written — check the folder")
        }
    }
}
