import ArgumentParser
import Foundation
import KaoheCSV
import KaoheXLSX

/// `kaohe templates -o DIR`: the blank input templates as .xlsx workbooks (issue 16, D-67).
struct TemplatesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "templates",
        abstract: helpText(
            "将空白填报模板写为 .xlsx 工作簿：区域、目标、自查报告（四个工作表）、监测数据（日均值、小时值）；表头为中文，首行冻结。",
            "Write the blank input templates as .xlsx workbooks: areas, targets, reports (four sheets), monitoring (daily, hourly); Chinese headers, header row frozen."),
        discussion: helpText(
            "每个工作表以其文件类型命名，填写后可直接导入（kaohe areas import 区域.xlsx 等）。",
            "Each sheet is named after its file kind, so a filled-in workbook imports as it is (kaohe areas import 区域.xlsx, …)."))
    @OptionGroup var store: StoreOptions
    @OptionGroup var lang: LanguageOption
    @Option(name: [.customShort("o"), .long], help: optionHelp("写入模板的文件夹（不存在时创建）。", "The folder to write the templates into (created when missing).")) var output: String

    func run() throws {
        var isDir: ObjCBool = false
        if FileManager.default.fileExists(atPath: output, isDirectory: &isDir) {
            guard isDir.boolValue else { throw CLIError("\(output)：不是文件夹 — 请用 -o 指定文件夹", "\(output): is not a folder — name a folder with -o") }
        } else {
            do {
                try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)
            } catch {
                throw CLIError("\(output)：无法创建文件夹 — 请检查路径和权限", "\(output): the folder cannot be created — check the path and permissions")
            }
        }
        // A monitoring file holds daily means (日期) or hourly values (时间), never both: two templates.
        let monitoring = MonitoringFile.schema
        let daily = Schema(kind: .monitoring, columns: monitoring.columns.filter { $0.chinese != "时间" })
        let hourly = Schema(kind: .monitoring, columns: monitoring.columns.filter { $0.chinese != "日期" })
        let books: [(String, [Schema])] = [
            ("区域.xlsx", [AreasFile.schema]), ("目标.xlsx", [TargetsFile.schema]), ("自查报告.xlsx", ReportFiles.schemas),
            ("监测数据-日均值.xlsx", [daily]), ("监测数据-小时值.xlsx", [hourly]),
        ]
        for (file, schemas) in books {
            let sheets = schemas.map { WorkbookSheet(name: $0.kind.chinese, header: $0.columns.map(\.chinese)) }
            let bytes: Data
            do {
                bytes = try XLSXWriter.data(sheets)
            } catch {
                throw CLIError("无法生成 .xlsx 文件（内部打包失败）— 请报告此问题", "the .xlsx file could not be assembled (internal packaging failure) — please report the problem")
            }
            let path = (output as NSString).appendingPathComponent(file)
            try writeOutput(bytes: Array(bytes), to: path, database: store.path)
            Console.out(lang("已写入 \(path)", "wrote \(path)"))
        }
    }
}
