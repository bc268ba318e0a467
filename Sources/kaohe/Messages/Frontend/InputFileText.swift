import KaoheCore

/// Why an input file named on the command line could not be read (`InputFile`, `ChunkedInput`, `inputPaths`).
enum InputFileFailure: Worded {
    case noSuchFile(path: String)
    case isFolder(path: String)
    case cannotRead(path: String)
    case readingFailed(path: String)
    case givenTwice(path: String)
    /// `path` names the same file as `first`, named earlier on the command line by another spelling.
    case sameFileTwice(path: String, first: String)
    case folderHoldsNoInput(path: String)

    var wording: Bilingual {
        switch self {
        case .noSuchFile(let path): Bilingual("\(path)：文件不存在 — 请检查路径", "\(path): no such file — check the path")
        case .isFolder(let path): Bilingual("\(path)：这是文件夹 — 请指定 CSV 文件", "\(path): is a folder — give a CSV file")
        case .cannotRead(let path): Bilingual("\(path)：无法读取 — 请检查文件权限", "\(path): cannot be read — check its permissions")
        case .readingFailed(let path): Bilingual("\(path)：读取失败 — 请检查磁盘和文件", "\(path): reading failed — check the disk and the file")
        case .givenTwice(let path): Bilingual("\(path) 被指定了两次 — 每个文件只需指定一次", "\(path) was given twice — name each file once")
        case .sameFileTwice(let path, let first):
            Bilingual("\(path) 与 \(first) 是同一个文件，被指定了两次 — 每个文件只需指定一次", "\(path) is the same file as \(first), given twice — name each file once")
        case .folderHoldsNoInput(let path):
            Bilingual(
                "\(path)：文件夹中没有 .csv、.txt、.tsv 或 .xlsx 文件 — 请指定文件或其他文件夹",
                "\(path): the folder holds no .csv, .txt, .tsv or .xlsx file — name the files or another folder")
        }
    }
}

/// What the CLI says about the files it reads: files skipped in a folder, and the closing line of a rejection.
enum InputFileText {
    static func skippedHidden(_ path: String) -> Bilingual { Bilingual("\(path)：已跳过 — 隐藏文件", "\(path): skipped — a hidden file") }
    static func skippedKind(_ path: String) -> Bilingual {
        Bilingual(
            "\(path)：已跳过 — 不是 .csv、.txt、.tsv 或 .xlsx 文件；如需导入，请另存为 .xlsx 或 CSV 后单独指定",
            "\(path): skipped — not a .csv, .txt, .tsv or .xlsx file; save it as .xlsx or CSV and name it to import it")
    }
    /// The closing line under the problems of one rejected file; `errors` counts the errors (not warnings).
    static func fileRejected(_ file: String, errors: Int) -> Bilingual {
        Bilingual("\(file): 共 \(errors) 处错误，文件被拒绝，未存储任何数据。", "\(file): \(errors) error(s); the file was rejected and nothing from it was stored.")
    }
    /// The closing line under the problems of several files read together, all rejected.
    static func filesRejected(files: Int, errors: Int) -> Bilingual {
        Bilingual("共 \(errors) 处错误，\(files) 个文件均被拒绝，未存储任何数据。", "\(errors) error(s); all \(files) files were rejected and nothing from any of them was stored.")
    }
    static let nothingStored = Bilingual("未存储任何数据。", "Nothing was stored.")
    /// The closing line under the problems of a rule-set file.
    static func ruleSetInvalid(_ file: String) -> Bilingual {
        Bilingual("\(file): 规则集无效，未执行任何操作。", "\(file): the rule set is invalid; nothing was done.")
    }
}
