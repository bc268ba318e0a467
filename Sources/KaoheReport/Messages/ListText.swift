import KaoheCore

/// The titles and column headers of the list tables (`freeze list`, `summons list`, `reports status`,
/// `assess show`, `stations list`, issue 16) and of the document settings' terminal text.
enum ListText {
    static let freezesTitle = Bilingual("环评限批", "Freezes")
    static let freezeHeaders = [
        Bilingual("单位", "unit"), Bilingual("起始日期", "since"), Bilingual("考核运行", "run"), Bilingual("文号", "document"),
        Bilingual("限批天数", "days in force"), Bilingual("解除条件", "lifting condition"),
    ]
    static let liftHeaders = [Bilingual("解除日期", "lifted on"), Bilingual("解除文号", "lift document"), Bilingual("解除理由", "lift reason")]

    static let summonsesTitle = Bilingual("约谈", "Summonses")
    static let summonsHeaders = [
        Bilingual("ID", "ID"), Bilingual("单位", "unit"), Bilingual("年度", "year"), Bilingual("类别", "kind"), Bilingual("约谈对象", "whom"),
        Bilingual("文号", "document"), Bilingual("状态", "status"), Bilingual("约谈日期", "held on"),
        Bilingual("整改期限", "rectification due"), Bilingual("销号/撤销", "closed/withdrawn"), Bilingual("备注", "notes"),
        Bilingual("修改次数", "amendments"),
    ]

    static let reportStatusTitle = Bilingual("报送情况", "Report status")
    static let reportStatusHeaders = [
        Bilingual("区域代码", "code"), Bilingual("区域名称", "name"), Bilingual("报送情况", "submission"), Bilingual("完整性", "completeness"),
        Bilingual("实施细则", "implementation rules"), Bilingual("年度实施计划", "annual plan"),
    ]

    static let resultsTitle = Bilingual("考核结果", "Results")
    static let resultHeaders = [
        Bilingual("区域代码", "code"), Bilingual("区域名称", "name"), Bilingual("基数", "base"), Bilingual("上年", "prev."),
        Bilingual("本年", "current"), Bilingual("要求浓度", "required"), Bilingual("要求消减", "req. reduction"),
        Bilingual("要求下降", "req. decline"), Bilingual("实际下降", "actual decline"), Bilingual("达到要求", "reached"),
        Bilingual("质量得分", "quality"), Bilingual("重点任务", "key tasks"), Bilingual("结果", "result"), Bilingual("等级", "grade"),
        Bilingual("标记", "flags"),
    ]
    static let flagSeparator = Bilingual("；", "; ")

    // Stations (D-121).

    static let stationsTitle = Bilingual("监测点", "stations")
    static let stationHeaders = [
        Bilingual("监测点编码", "station"), Bilingual("监测点名称", "name"), Bilingual("城市", "city"), Bilingual("经度", "longitude"),
        Bilingual("纬度", "latitude"), Bilingual("对照点", "background"), Bilingual("对应区域", "unit"), Bilingual("对应期间", "mapped"),
    ]

    /// Which station list is in force on `day`, and the mapping's file.
    static func stationCaption(day: Day, effective: Day, version: Int, listFile: String, mappingFile: String) -> Bilingual {
        Bilingual(
            "\(day) 生效的监测点列表：\(effective) 起生效（当日第 \(version) 版，\(listFile)）；对应关系：\(mappingFile)",
            "station list in force on \(day): in effect from \(effective) (version \(version) of that day, \(listFile)); mapping: \(mappingFile)")
    }

    // `stations history` (D-121, D-152): the lists' and the mappings' versions. The titles name the tables in the
    // terminal and the CSV; the short names are the workbook's tabs.

    static let stationListsTitle = Bilingual("监测点列表（同一生效日期以最新版本为准）", "Station lists (of one day, the newest version counts)")
    static let stationListsSheet = Bilingual("监测点列表", "station lists")
    static let stationListsHeaders = [
        Bilingual("生效日期", "effective"), Bilingual("当日版本", "version of day"), Bilingual("监测点数", "stations"), Bilingual("文件", "file"),
        Bilingual("导入时间", "recorded"),
    ]
    static let stationMappingsTitle = Bilingual("对应关系（最新版本现行）", "Mappings (the newest is in force)")
    static let stationMappingsSheet = Bilingual("对应关系", "mappings")
    static let stationMappingsHeaders = [
        Bilingual("版本", "version"), Bilingual("行数", "rows"), Bilingual("文件", "file"), Bilingual("导入时间", "recorded"), Bilingual("状态", "status"),
    ]
    static let mappingInForce = Bilingual("现行", "in force")
    static let mappingSuperseded = Bilingual("已被取代", "superseded")

    // Document settings.

    static let defaultMark = Bilingual("（本工具默认值）", " (default of this tool)")

    /// A setting's label line: its name, key and the default mark.
    static func settingLabel(_ label: Bilingual, key: String, mark: String) -> Bilingual {
        Bilingual("\(label.zh)（\(key)）\(mark)：", "\(label.en) (\(key))\(mark): ")
    }

    static let noSettings = Bilingual("尚未设置任何公文设置，均为本工具默认值。\n", "No document setting has been set; all are defaults of this tool.\n")
    static let settingHeaders = [Bilingual("序号", "id"), Bilingual("设置时间", "set at"), Bilingual("设置人", "by"), Bilingual("项目", "field"), Bilingual("新值", "new value")]
    static let reset = Bilingual("（恢复默认值）", "(reset to default)")
}
