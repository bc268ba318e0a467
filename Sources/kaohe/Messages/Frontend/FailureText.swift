import KaoheCore
import KaoheStore

/// How the one exit path (`Failures`) words a database failure, by its kind, never with SQLite's text.
enum DatabaseFailure: Worded {
    /// `path` is the database file; `kind` what went wrong with it.
    case failed(kind: StoreFailure, path: String, debugVariable: String)

    var wording: Bilingual {
        switch self {
        case .failed(let kind, let path, let debugVariable):
            switch kind {
            case .busy:
                Bilingual("数据库 \(path) 正忙（另一个 kaohe 正在写入）— 请待其完成后重试", "the database \(path) is busy (another kaohe is writing) — try again when it has finished")
            case .full:
                Bilingual("数据库 \(path) 写入失败：磁盘已满（或超出文件大小限制）— 本次操作未存储任何数据；请腾出空间后重试", "the database \(path) could not be written: the disk is full (or the file-size limit was reached) — nothing from this command was stored; free some space and try again")
            case .readOnly:
                Bilingual("数据库 \(path) 只读，无法写入 — 本次操作未存储任何数据；请检查文件及其文件夹的写权限", "the database \(path) is read-only and cannot be written — nothing from this command was stored; check that the file and its folder are writable")
            case .cannotOpen:
                Bilingual("无法打开数据库 \(path) — 请检查路径及其文件夹的权限，或用 --db 指定其他文件", "cannot open the database \(path) — check the path and its folder's permissions, or pass --db with another file")
            case .notADatabase:
                Bilingual("\(path) 不是 kaohe 数据库（不是 SQLite 文件）— 请用 --db 指定 kaohe 数据库", "\(path) is not a kaohe database (not an SQLite file) — pass --db with a kaohe database")
            case .corrupt:
                Bilingual("数据库 \(path) 已损坏 — 请从备份恢复（本次操作未作修改）", "the database \(path) is damaged — restore it from a backup (this command changed nothing)")
            case .ioError:
                Bilingual("读写数据库 \(path) 时发生磁盘错误 — 本次操作未存储任何数据；请检查磁盘后重试", "a disk error occurred reading or writing the database \(path) — nothing from this command was stored; check the disk and try again")
            case .refused:
                Bilingual("数据库 \(path) 拒绝了此项修改（违反存储记录的约束，例如已发布的记录不可更改）— 本次操作未存储任何数据", "the database \(path) refused the change (it breaks a rule of the stored record, e.g. a published record cannot change) — nothing from this command was stored")
            case .other:
                Bilingual("数据库 \(path) 操作失败 — 本次操作未存储任何数据（设置 \(debugVariable)=1 可显示详情）", "the database operation on \(path) failed — nothing from this command was stored (set \(debugVariable)=1 for details)")
            }
        }
    }
}

/// The one sentence for a failure that is not a user-facing error (an internal or decoding error).
enum InternalFailure: Worded {
    /// `debugVariable` is the environment variable that adds the detail.
    case unexpected(debugVariable: String)

    var wording: Bilingual {
        switch self {
        case .unexpected(let debugVariable):
            Bilingual(
                "内部错误，命令未完成 — 请把所用命令和文件报告给维护者（设置 \(debugVariable)=1 可显示详情）",
                "internal error; the command did not finish — please report the command and files to the maintainers (set \(debugVariable)=1 for details)")
        }
    }
}

/// Why writing to standard output failed (`Console`): the output is incomplete (issue 12, item 14).
enum StandardOutputFailure: Worded {
    case readerClosed
    case diskFull
    case failed(errno: Int32)

    var wording: Bilingual {
        switch self {
        case .readerClosed: Bilingual("无法写入标准输出：读取端已关闭 — 输出不完整", "could not write to standard output: the reading end was closed — the output is incomplete")
        case .diskFull:
            Bilingual("无法写入标准输出：磁盘已满 — 输出不完整；请腾出空间后重试，或用 -o 写入其他位置", "could not write to standard output: the disk is full — the output is incomplete; free some space and try again, or write elsewhere with -o")
        case .failed(let code): Bilingual("无法写入标准输出（错误码 \(code)）— 输出不完整", "could not write to standard output (errno \(code)) — the output is incomplete")
        }
    }
}

/// What is wrong with free text given on the command line (`FreeText`, issue 12 item 20); `option` names it.
enum FreeTextProblem: Worded {
    /// `position` counts characters from 1.
    case lineBreak(option: String, position: Int)
    /// `code` is the character's code point, as `U+200B`.
    case invisible(option: String, position: Int, code: String)
    /// `character` is `<` or `>`, refused in a document number.
    case markup(option: String, position: Int, character: String)
    case tooLong(option: String, length: Int, limit: Int)

    var wording: Bilingual {
        switch self {
        case .lineBreak(let option, let position):
            Bilingual("\(option) 须为一行，第 \(position) 个字符处有换行 — 请写在一行内", "\(option) must be one line; there is a line break at character \(position) — write it on one line")
        case .invisible(let option, let position, let code):
            Bilingual("\(option) 第 \(position) 个字符是不可见字符 \(code) — 请删去", "\(option) has the invisible character \(code) at character \(position) — remove it")
        case .markup(let option, let position, let character):
            Bilingual("\(option) 第 \(position) 个字符是 \(character) — 文号不能含标记", "\(option) has \(character) at character \(position) — a document number holds no markup")
        case .tooLong(let option, let length, let limit):
            Bilingual("\(option) 过长（\(length) 个字符，最多 \(limit) 个）— 请缩短", "\(option) is too long (\(length) characters, at most \(limit)) — shorten it")
        }
    }
}
