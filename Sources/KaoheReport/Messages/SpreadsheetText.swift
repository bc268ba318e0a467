import KaoheCore

/// The column headers of the summary's spreadsheet tables (CSV and .xlsx, D-79).
enum SpreadsheetText {
    static let rankingHeaders = [
        Bilingual("名次", "rank"), Bilingual("排名分组", "block"), Bilingual("区域代码", "code"), Bilingual("区域名称", "unit"),
        Bilingual("基数", "base"), Bilingual("上年", "previous"), Bilingual("本年", "current"),
        Bilingual("要求浓度", "required concentration"), Bilingual("要求消减", "required reduction"),
        Bilingual("要求下降（%）", "required decline (%)"), Bilingual("实际下降（%）", "actual decline (%)"), Bilingual("达到要求", "reached"),
        Bilingual("质量得分", "quality score"), Bilingual("重点任务得分", "key-task score"), Bilingual("重点任务得分性质", "key-task role"),
        Bilingual("考核得分", "result"), Bilingual("等级", "grade"), Bilingual("标记", "flags"), Bilingual("报送情况", "submission"),
        Bilingual("约谈", "summons"), Bilingual("暂停环评审批起始日", "approval freeze since"), Bilingual("考核年度", "year"),
        Bilingual("考核类别", "kind"), Bilingual("发布", "publication"), Bilingual("上年为基准年", "previous is base year"),
    ]
    static let flagSeparator = Bilingual("；", "; ")
    static let subsequentHeaders = [Bilingual("时间", "when"), Bilingual("区域代码", "code"), Bilingual("情况", "what")]
    static let submissionHeaders = [Bilingual("区域代码", "code"), Bilingual("区域名称", "unit"), Bilingual("报送情况", "submission")]
}
