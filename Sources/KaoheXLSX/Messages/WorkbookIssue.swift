import KaoheCore

/// What is wrong with a workbook given as input, as a whole or in one of its sheets (D-67, D-111).
public enum WorkbookIssue: Explained, Hashable {
    case oldXLS
    case pointsPastEnd
    case notZIP
    /// No readable sheet list at `path` inside the package.
    case noSheetList(path: String)
    case sharedStringsUnreadable
    /// No sheet named `named`; `sheets` are the names it has.
    case noSheetNamed(named: String, sheets: [String])
    case noVisibleSheet
    case sheetDataMissing
    case sheetDataDamaged
    case sheetNotUTF8
    /// The sheet's XML fails to parse near `line` of the part `path`.
    case sheetXMLDamaged(line: Int, path: String)

    public var reason: Bilingual {
        switch self {
        case .oldXLS: Bilingual("这是 .xls 工作簿（旧版 Excel 格式），无法读取", "this is an .xls workbook (the old Excel format), which is not read")
        case .pointsPastEnd:
            Bilingual("工作簿已损坏：其 ZIP 包中的位置超出了文件末尾（文件可能不完整）",
                      "the workbook is damaged: its ZIP package points past the end of the file (it may have been cut short)")
        case .notZIP: Bilingual("文件不是 .xlsx 工作簿（不是 ZIP 包）", "the file is not an .xlsx workbook (it is not a ZIP package)")
        case .noSheetList(let p): Bilingual("工作簿中没有可读的工作表列表（\(p)）", "the workbook has no readable sheet list (\(p))")
        case .sharedStringsUnreadable: Bilingual("工作簿的共享字符串无法读取", "the workbook's shared strings cannot be read")
        case .noSheetNamed(let n, _): Bilingual("工作簿中没有名为“\(n)”的工作表", "the workbook has no sheet named \(n)")
        case .noVisibleSheet: Bilingual("工作簿中没有可见的工作表", "the workbook has no visible sheet")
        case .sheetDataMissing: Bilingual("工作簿中缺少该工作表的数据", "the sheet's data is missing from the workbook")
        case .sheetDataDamaged: Bilingual("工作表数据无法解压（工作簿已损坏）", "the sheet's data cannot be unpacked (the workbook is damaged)")
        case .sheetNotUTF8: Bilingual("工作表的 XML 不是 UTF-8 文本（工作簿已损坏）", "the sheet's XML is not UTF-8 text (the workbook is damaged)")
        case .sheetXMLDamaged(let l, let p): Bilingual("工作表的 XML 已损坏（\(p) 第 \(l) 行附近）", "the sheet's XML is damaged near line \(l) of \(p)")
        }
    }

    public var fix: Bilingual? {
        switch self {
        case .oldXLS: Bilingual("请用 Excel、WPS 或 LibreOffice 打开并另存为 .xlsx", "open it in Excel, WPS or LibreOffice and save it as .xlsx")
        case .pointsPastEnd: Bilingual("请重新发送，或用电子表格软件重新另存为 .xlsx", "send or save the workbook again from the spreadsheet program as .xlsx")
        case .notZIP: Bilingual("请在电子表格软件中另存为 .xlsx（Excel 工作簿）", "save it from the spreadsheet program as .xlsx (Excel workbook)")
        case .noSheetList, .sharedStringsUnreadable, .sheetDataMissing, .sheetDataDamaged, .sheetNotUTF8, .sheetXMLDamaged:
            Bilingual("请用电子表格软件重新另存为 .xlsx", "save it again from the spreadsheet program as .xlsx")
        case .noSheetNamed(_, let sheets):
            Bilingual("请指定以下工作表之一：\(sheets.joined(separator: "、"))", "name one of its sheets: \(sheets.joined(separator: ", "))")
        case .noVisibleSheet: Bilingual("请取消隐藏要导入的工作表，或指定要导入的工作表", "unhide the sheet to import, or name it")
        }
    }

    public var action: UserAction? {
        switch self {
        case .noSheetNamed, .noVisibleSheet: .chooseSheet
        default: nil
        }
    }
}

/// What is wrong with one cell of a sheet as the workbook stores it (not its value for a template).
public enum SheetCellIssue: Explained, Hashable {
    case formulaWithoutResult
    case missingSharedString
    /// The cell holds a spreadsheet error value such as `#N/A`.
    case errorValue(value: String)
    /// A date-formatted cell whose serial `raw` is no day of the calendar.
    case dateOutsideCalendar(raw: String)

    public var reason: Bilingual {
        switch self {
        case .formulaWithoutResult: Bilingual("公式没有保存的计算结果", "the formula has no saved result")
        case .missingSharedString: Bilingual("单元格引用的共享字符串不存在", "the cell points to a shared string the workbook does not have")
        case .errorValue(let v): Bilingual("单元格为错误值 \(v)", "the cell holds the error value \(v)")
        case .dateOutsideCalendar(let r):
            Bilingual("单元格格式为日期，但 \(r) 不是有效日期", "the cell is formatted as a date but \(r) is no day of the calendar")
        }
    }

    public var fix: Bilingual? {
        switch self {
        case .formulaWithoutResult:
            Bilingual("请用 Excel、WPS 或 LibreOffice 打开并重新保存，或直接填写数值而非公式",
                      "open the workbook in Excel, WPS or LibreOffice and save it again, or type the value instead of the formula")
        case .missingSharedString: Bilingual("请用电子表格软件重新保存该工作簿", "save the workbook again from the spreadsheet program")
        case .errorValue: Bilingual("请更正该单元格（或其公式），使其为有效数值", "correct the cell (or the formula behind it) so it holds a value")
        case .dateOutsideCalendar: Bilingual("请按 2015-01-01 的格式填写日期", "type the date as 2015-01-01")
        }
    }
}

/// The one failure of writing a workbook.
enum WriterText {
    /// The package could not be assembled (never ZIPFoundation's own text).
    static let assemblyFailed = Bilingual(
        "无法生成 .xlsx 文件（内部打包失败）— 请报告此问题",
        "the .xlsx file could not be assembled (internal packaging failure) — please report the problem")
    /// The font of every cell written, which shows Chinese text in Excel, WPS and LibreOffice.
    static let fontName = "宋体"
}
