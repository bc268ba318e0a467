import KaoheCore

/// What is wrong with a template file as a whole or with its header row, and the row-level problems every
/// template shares (an empty required cell, a value with no column).
public enum FileIssue: Explained, Hashable {
    /// No bytes, or no record; `kind` is the template expected, when one is.
    case empty(kind: FileKind?)
    case headerOnly
    case valueWithoutHeader(text: String)
    /// A header cell naming no column of the schema; `columns` are the schema's both-name forms.
    case unknownColumn(columns: [String])
    case duplicateColumn(column: String, firstColumn: Int)
    case missingColumn(chinese: String, alias: String)
    case requiredEmpty(chinese: String)
    /// A row needs a value in a column the schema calls optional, and the file has no such column.
    case rowNeedsColumn(chinese: String, alias: String)

    public var reason: Bilingual {
        switch self {
        case .empty: Bilingual("文件为空", "the file is empty")
        case .headerOnly: Bilingual("文件只有表头行，没有数据行", "the file has a header row but no data rows")
        case .valueWithoutHeader(let t): Bilingual("值“\(t)”没有对应的列名", "value \"\(t)\" has no column header")
        case .unknownColumn: Bilingual("无法识别的列，已忽略", "unknown column is ignored")
        case .duplicateColumn(let c, let first):
            Bilingual("列“\(c)”出现两次（首次在第 \(first) 列）", "column \(c) appears twice (first in column \(first))")
        case .missingColumn: Bilingual("缺少必填列", "required column is missing")
        case .requiredEmpty: Bilingual("必填项为空", "required value is empty")
        case .rowNeedsColumn(let c, _):
            Bilingual("此行需要\(c)，但文件中没有该列", "this row needs a value in \(c), but the file has no such column")
        }
    }

    public var fix: Bilingual? {
        switch self {
        case .empty(let kind?):
            Bilingual("请按“\(kind.chinese)”模板导出文件，并保留表头行", "export the \(kind.chinese) (\(kind.rawValue)) template with its header row")
        case .empty(nil): Bilingual("请按模板导出文件，并保留表头行", "export the template with its header row")
        case .headerOnly: Bilingual("请在表头下方填写数据行，或不导入此文件", "add the data rows below the header, or leave this file out")
        case .valueWithoutHeader: Bilingual("请为该列添加列名，或删除该值", "add a header for this column or remove the value")
        case .unknownColumn(let columns):
            Bilingual("请删除该列，或改为以下列名之一：\(columns.joined(separator: "、"))", "remove it, or rename it to one of: \(columns.joined(separator: ", "))")
        case .duplicateColumn: Bilingual("请只保留其中一列", "keep one of the two columns")
        case .missingColumn(let c, let a): Bilingual("请添加列名为“\(c)”或“\(a)”的列", "add a column headed \(c) or \(a)")
        case .requiredEmpty(let c): Bilingual("请填写\(c)", "fill in \(c)")
        case .rowNeedsColumn(let c, let a):
            Bilingual("请添加列名为“\(c)”（或 \(a)）的列并填写", "add a column headed \(c) (or \(a)) and fill it in")
        }
    }
}

/// What the CSV reader finds wrong with a file's text: quotes, NUL bytes and oversized rows or fields.
public enum CSVIssue: Explained, Hashable {
    case unclosedQuote
    case nulByte
    /// A quoted field running past `maximum` bytes, most likely unclosed.
    case quotedFieldTooLong(maximum: Int)
    case rowTooLong(maximum: Int)
    case fieldTooLong(maximum: Int)
    case textAfterClosingQuote
    case spacesBeforeOpeningQuote
    case quoteInsideUnquotedField

    public var reason: Bilingual {
        switch self {
        case .unclosedQuote: Bilingual("引号未闭合（该字段从此处开始）", "unclosed quote in the field that opens here")
        case .nulByte: Bilingual("该行含有 NUL 字节，文件不是文本 CSV", "the line holds a NUL byte, so the file is not text CSV")
        case .quotedFieldTooLong(let m):
            Bilingual("从此处开始的字段超过 \(m) 字节，很可能是引号未闭合", "the field that opens here runs past \(m) bytes, most likely an unclosed quote")
        case .rowTooLong(let m): Bilingual("从此处开始的行超过 \(m) 字节", "the row that starts here is longer than \(m) bytes")
        case .fieldTooLong(let m): Bilingual("从此处开始的字段超过 \(m) 字节", "the field that starts here is longer than \(m) bytes")
        case .textAfterClosingQuote: Bilingual("带引号字段的结束引号后还有文字", "text follows the closing quote of a quoted field")
        case .spacesBeforeOpeningQuote: Bilingual("带引号字段的开始引号前有空格", "spaces stand before the opening quote of a quoted field")
        case .quoteInsideUnquotedField: Bilingual("不以引号开头的字段中出现了引号（\"）", "a quote (\") stands inside a field that does not start with a quote")
        }
    }

    public var fix: Bilingual? {
        switch self {
        case .unclosedQuote, .quotedFieldTooLong: Bilingual("请补上引号 \" 或删除该引号", "close the quote with \" or remove it")
        case .nulByte: Bilingual("请将表格重新导出为 CSV（UTF-8 或 GB18030）", "export the sheet again as CSV (UTF-8 or GB18030)")
        case .rowTooLong:
            Bilingual("模板的一行通常只有几百字节，请检查文件是否选对、是否以逗号分隔",
                      "a template row is a few hundred bytes; check that this is the right file and that it is comma-separated")
        case .fieldTooLong(let m): Bilingual("单元格最多 \(m) 字节，请检查文件是否选对", "a cell holds at most \(m) bytes; check that this is the right file")
        case .textAfterClosingQuote:
            Bilingual("请将字段内的每个引号写成两个（\"\" 表示 \"），或在结束引号后紧接分隔符",
                      "double each quote inside a quoted field (\"\" stands for \"), or put the delimiter right after the closing quote")
        case .spacesBeforeOpeningQuote: Bilingual("请删除分隔符与引号之间的空格", "remove the spaces between the delimiter and the quote")
        case .quoteInsideUnquotedField:
            Bilingual("请给整个字段加引号，并将其中的引号写成两个（\"a\"\"b\"），或删除该引号",
                      "quote the whole field and double the quote inside it (\"a\"\"b\"), or remove the quote")
        }
    }
}
