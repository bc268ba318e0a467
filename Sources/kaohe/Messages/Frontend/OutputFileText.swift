import KaoheCore

/// Why a document or list could not be written where `-o` asked (`writeOutput`, `emitList`).
enum OutputFileFailure: Worded {
    case emptyPath
    /// `path` is (another name of) the database file `database`, or one of its companions.
    case isDatabase(path: String, database: String)
    case isFolder(path: String)
    case diskFull(path: String)
    case noFolder(path: String)
    case notWritable(path: String)
    /// Any other failure, with the system's error number.
    case cannotWrite(path: String, errno: Int32)
    case xlsxNeedsOutput

    var wording: Bilingual {
        switch self {
        case .emptyPath: Bilingual("-o 的值为空 — 请给出要写入的文件路径", "-o is empty — give the path of the file to write")
        case .isDatabase(let path, let database):
            Bilingual(
                "\(path) 就是数据库文件 \(database) — 写入会毁掉数据库；请为输出另选文件名",
                "\(path) is the database file \(database) — writing there would destroy the database; choose another name for the output")
        case .isFolder(let path): Bilingual("\(path) 是文件夹 — 请给出文件路径", "\(path) is a folder — give a file path")
        case .diskFull(let path): Bilingual("\(path)：无法写入，磁盘已满 — 请腾出空间后重试", "\(path): cannot be written, the disk is full — free some space and try again")
        case .noFolder(let path):
            Bilingual("\(path)：无法写入，所在文件夹不存在 — 请先创建文件夹", "\(path): cannot be written, its folder does not exist — create the folder first")
        case .notWritable(let path):
            Bilingual("\(path)：无法写入，没有写权限 — 请检查文件及其文件夹是否可写", "\(path): cannot be written, permission denied — check that the file and its folder are writable")
        case .cannotWrite(let path, let code):
            Bilingual("\(path)：无法写入（错误码 \(code)）— 请检查文件夹是否存在且可写", "\(path): cannot be written (errno \(code)) — check that the folder exists and is writable")
        case .xlsxNeedsOutput: Bilingual("--format xlsx 需要用 -o 指定输出文件，例如 -o 清单.xlsx", "--format xlsx needs an output file, e.g. -o list.xlsx")
        }
    }
}

/// What the CLI says about output it wrote, and the help of the list options.
enum OutputFileText {
    /// The line after a document or list was written to `path` with `-o`.
    static func wrote(_ path: String) -> Bilingual { Bilingual("已写入 \(path)", "wrote \(path)") }
    static let formatHelp = Bilingual(
        "text（默认）、csv（带 BOM 的 UTF-8）、json（对象数组，键为固定的英文列名）或 xlsx（Excel 工作簿，须用 -o）。",
        "text (default), csv (UTF-8 with a BOM), json (an array of objects keyed by fixed English column names) or xlsx (an Excel workbook; needs -o).")
    static let outputHelp = Bilingual("写入该文件，而不是标准输出。", "Write to this file instead of standard output.")
}
