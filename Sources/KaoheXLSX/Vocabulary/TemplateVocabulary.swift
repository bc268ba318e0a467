import KaoheCore

// The words of the templates' columns and drop-down lists: which header takes which format and list (matched by
// the header's Chinese name, as kaohe reads it back), and the list headings on the hidden sheet.

extension ValueLists {
    /// The hidden sheet holding the lists.
    static let sheetName = "选项"
    /// The score columns of the key-task sheet, given per-row ranges in a unit's report template.
    static let scoreHeaders = ["自评得分", "核定得分"]

    init(_ context: Templates.Context) {
        lists = [
            ("是/否", ["是", "否"]),
            ("区域类型", AreaType.allCases.map(\.rawValue)),
            ("考核指标", Pollutant.allCases.map(\.rawValue)),
            ("目标类型", TargetKind.allCases.map(\.rawValue)),
            ("进展状态", ProjectStatus.allCases.map(\.rawValue)),
            ("资金来源", FundingSource.allCases.map(\.rawValue)),
            ("任务类别", context.keyTasks.map(\.name)),
            ("指标代码", context.keyTasks.flatMap(\.subIndicators).map(\.code)),
            ("指标名称", context.keyTasks.flatMap(\.subIndicators).map(\.name)),
            ("文件类别", FilingKind.allCases.map(\.chinese)),
            ("区域代码", context.areas.map(\.code)),
        ]
    }

    /// The format and rule of a column, by its Chinese header (input-files.md): codes and free text as text,
    /// days as dates, years as whole numbers, measured values and money as numbers at or above zero.
    static func shape(of header: String) -> (ColumnFormat?, Rule?) {
        switch header {
        case "区域代码": (.text, .list("区域代码"))
        case "上级区域代码", "站点编码", "项目编号", "备案文号", "时间": (.text, nil)
        case "区域名称", "项目名称", "责任单位", "填报人", "审核人", "备注", "完成情况", "指标名称": (.text, nil)
        case "区域类型": (.text, .list("区域类型"))
        case "考核指标": (.text, .list("考核指标"))
        case "目标类型": (.text, .list("目标类型"))
        case "进展状态": (.text, .list("进展状态"))
        case "资金来源": (.text, .list("资金来源"))
        case "任务类别": (.text, .list("任务类别"))
        case "指标代码": (.text, .list("指标代码"))
        case "文件类别": (.text, .list("文件类别"))
        case "终期目标", "实施细则公开", "年度实施计划公开", "沙尘": (.text, .list("是/否"))
        case "考核年度", "年度", "基准年": (.decimals(0), nil)
        case "报送日期", "实施细则备案日期", "年度实施计划备案日期", "计划完成日期", "实际完成日期", "日期", "公开日期", "备案日期":
            (.date, nil)
        case "PM10年均浓度", "PM2.5年均浓度", "PM10", "PM2.5", "基准浓度": (nil, .atLeastZero(1000))
        case "PM10有效监测天数": (.decimals(0), .atLeastZero(366))
        case "自评得分", "核定得分": (nil, .atLeastZero(100))
        case "目标值", "计划投资（万元）", "完成投资（万元）", "计划金额（万元）", "实际到位（万元）": (nil, .atLeastZero(nil))
        default: (nil, nil)
        }
    }
}
