import KaoheCore

/// Words shared by the official documents (results notice and monthly notice): numbered headings, dates in
/// running text, the closing and the draft mark (GB/T 9704-2012).
enum DocumentText {
    /// The Chinese numerals of headings, 一 to 十.
    static let numerals = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"]

    /// A first-level heading, "一、总体情况" / "1. Overview"; `n` counts from 1.
    static func heading(_ n: Int, _ title: Bilingual) -> Bilingual {
        Bilingual("\(numerals[n - 1])、\(title.zh)", "\(n). \(title.en)")
    }

    /// A second-level heading, "（一）通过考核的单位" / "(1) Units that passed"; `n` counts from 1.
    static func subheading(_ n: Int, _ title: Bilingual) -> Bilingual {
        Bilingual("（\(numerals[n - 1])）\(title.zh)", "(\(n)) \(title.en)")
    }

    /// The draft watermark, bilingual so that a copy handed on is recognisable in any language.
    static let draftMark = "草稿 / DRAFT"

    /// The date line of a draft closing, which is not dated.
    static let undated = Bilingual("（草稿，未发布，不注日期）", "(draft, not published, undated)")

    /// The foot's copies line, "抄送：……。"; `recipients` as the settings give them.
    static func copies(_ recipients: String) -> Bilingual {
        Bilingual("抄送：\(recipients)。", "Copies to: \(recipients).")
    }

    /// The 印发日期 of the foot; `date` already written in running text.
    static func printedOn(_ date: String) -> Bilingual {
        Bilingual(date + "印发", "printed and issued \(date)")
    }

    /// "无。": an empty section.
    static let none = Bilingual("无。", "None.")

    /// "是" / "yes", "否" / "no" in a table cell.
    static func yesNo(_ value: Bool) -> Bilingual { value ? Bilingual("是", "yes") : Bilingual("否", "no") }

    /// "合计": a table's total row.
    static let total = Bilingual("合计", "Total")

    /// Between a field's label and its value.
    static let fieldColon = Bilingual("：", ": ")
    /// Between clauses (flags, reasons) in one cell or sentence.
    static let clauseSeparator = Bilingual("；", "; ")
    /// Between the items of a list of names.
    static let listSeparator = Bilingual("、", ", ")
}

/// Dates in running text: "2016年3月15日" in Chinese (GB/T 9704 7.3.5.3), "15 March 2016" in English.
public enum ChineseDate {
    public static func long(_ d: Day, _ lang: Language) -> String {
        let months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
        return lang.pick("\(d.year)年\(d.month)月\(d.day)日", "\(d.day) \(months[d.month - 1]) \(d.year)")
    }
}
