import KaoheCore

/// The approval officer's EIA check page (R-19(b), R-20).
enum ApprovalText {
    static let title = Bilingual("环评审批查询", "EIA approval check")
    static let explanation = Bilingual(
        "新增大气污染物排放的建设项目在限批地区暂停审批；民生项目和节能减排项目除外，不新增排放的项目不在限批范围内（R-19、R-20）。",
        "New projects adding air-pollutant emissions are not approved in a frozen area; livelihood and energy-saving projects are exempt, and projects adding no emissions are outside the freeze (R-19, R-20).")
    static let formTitle = Bilingual("查询", "Ask")
    static let submit = Bilingual("查询", "Check")
    static let unit = Bilingual("单位", "Unit")
    static let category = Bilingual("项目类别", "Project category")
    /// A project category as the form offers it: its Chinese name ("民生") with 项目, or its alias.
    static func categoryOption(_ name: String, alias: String) -> Bilingual { Bilingual(name + "项目", alias) }
    static let projectName = Bilingual("项目名称", "Project name")
    static let dayAsked = Bilingual("查询日期（默认今天）", "Day asked about (default today)")
}
