import KaoheCore

/// Help texts of `kaohe eia-check` and its subcommands (R-19(b), R-20).
enum EIACheckHelp {
    static let abstract = Bilingual("环评审批查询：查询一次（默认），或查看全部答复记录。", "EIA approval questions: ask one (default), or read the log of every answer given.")
    static let logAbstract = Bilingual("全部环评审批查询及答复，限批的附其限批措施和发布文号。", "Every EIA question asked and its answer, with the freeze and the publication document behind a block.")
    static let logArea = Bilingual("只列出该单位的查询。", "Only this unit's questions.")
    static let askAbstract = Bilingual("某单位的项目环评审批能否进行？退出码 0 为允许，3 为限批（R-19(b)、R-20）。", "May a project's EIA approval proceed in a unit? Exit code 0 allowed, 3 blocked (R-19(b), R-20).")
    static let askDiscussion = Bilingual(
        """
        项目类别：民生 (livelihood)、节能减排 (energy-saving)、
        不新增大气污染物排放 (no-new-emissions)、
        新增大气污染物排放 (emitting：其他新增大气污染物排放的项目)。
        每次查询及答复都记入日志，因此本命令需要可写的数据库。
        """,
        "Categories: 民生 (livelihood), 节能减排 (energy-saving), 不新增大气污染物排放 (no-new-emissions), "
            + "新增大气污染物排放 (emitting: any other project that adds air-pollutant emissions). "
            + "Every question and answer is logged, so this command needs a writable database.")
    static let area = Bilingual("单位代码。", "The unit's code.")
    static let category = Bilingual("民生|节能减排|不新增大气污染物排放|新增大气污染物排放，或英文名 livelihood|energy-saving|no-new-emissions|emitting。", "livelihood|energy-saving|no-new-emissions|emitting, or the Chinese name.")
    static let on = Bilingual("查询的日期（默认：今天）。", "The day asked about (default: today).")
    static let project = Bilingual("项目名称，用于答复和记录。", "The project's name, for the answer and the log.")
}

/// What `kaohe eia-check log` prints when there is nothing to list.
enum EIACheckText {
    static let noQuestion = Bilingual("尚无环评审批查询记录。", "No EIA question is on record.")
}
