import KaoheCore

/// What is wrong with a number written in a cell (the catalogue of `parseDecimal` and `parseInteger`).
///
/// `written` is the cell's text as the user wrote it, trimmed; `example` is a number of the kind expected
/// (`12.5`, `2015`), quoted in the fix.
public enum NumberIssue: Explained, Hashable {
    case empty(example: String)
    case percentNotAllowed(written: String)
    case notANumber(written: String, example: String?)
    case scientificNotation(written: String)
    case misplacedThousandsSeparators(written: String)
    case tooManyDigits(written: String)
    case notWhole(written: String)
    case tooLarge(written: String)

    public var reason: Bilingual {
        switch self {
        case .empty: Bilingual("单元格为空", "the cell is empty")
        case .percentNotAllowed(let w): Bilingual("“\(w)”是百分数，此处应填写普通数字", "“\(w)” is a percentage where a plain number is expected")
        case .notANumber(let w, _): Bilingual("“\(w)”不是数字", "“\(w)” is not a number")
        case .scientificNotation(let w): Bilingual("“\(w)”使用了科学计数法", "“\(w)” is in scientific notation")
        case .misplacedThousandsSeparators(let w): Bilingual("“\(w)”的千位分隔符位置不对", "“\(w)” has misplaced thousands separators")
        case .tooManyDigits(let w):
            Bilingual("“\(w)”位数过多，无法精确保存（最多 20 位有效数字）", "“\(w)” has more digits than are kept exactly (at most 20 significant digits)")
        case .notWhole(let w): Bilingual("“\(w)”不是整数", "“\(w)” is not a whole number")
        case .tooLarge(let w): Bilingual("“\(w)”数值过大", "“\(w)” is too large")
        }
    }

    public var fix: Bilingual? {
        switch self {
        case .empty(let example): Bilingual("请填写数字，如 \(example)", "write a number, e.g. \(example)")
        case .percentNotAllowed: Bilingual("请去掉 %，只填写数字", "write the number without %")
        case .notANumber(_, let example?):
            Bilingual("请填写数字，可带正负号和小数点，如 \(example) 或 1,234.5", "write digits with an optional sign and decimal point, e.g. \(example) or 1,234.5")
        case .notANumber(_, nil): Bilingual("请用阿拉伯数字写出该数值", "write the number out in digits")
        case .scientificNotation: Bilingual("请直接写出数字，如用 1500 代替 1.5e3", "write the number out in digits, e.g. 1500 instead of 1.5e3")
        case .misplacedThousandsSeparators:
            Bilingual("请每三位一组（1,234.5），或不用分隔符（1234.5）", "group digits in threes (1,234.5) or leave the separators out (1234.5)")
        case .tooManyDigits: Bilingual("请舍入到 20 位有效数字以内", "round it to 20 significant digits or fewer")
        case .notWhole: Bilingual("请填写不带小数的整数", "write a whole number without decimals")
        case .tooLarge: Bilingual("请填写不超过 18 位的整数", "write a whole number of at most 18 digits")
        }
    }
}
