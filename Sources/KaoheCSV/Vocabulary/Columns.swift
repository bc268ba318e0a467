import KaoheCore

// The column headers of each template, as kaohe reads them: the Chinese name a file's header row gives and the
// English alias it may give instead (docs/input-files.md). The parsers match header cells against these.

extension AreasFile {
    static let code = Column("区域代码", "area_code", required: true)
    static let name = Column("区域名称", "area_name", required: true)
    static let type = Column("区域类型", "area_type", required: true)
    static let parent = Column("上级区域代码", "parent_code")
}

extension TargetsFile {
    static let code = Column("区域代码", "area_code", required: true)
    static let year = Column("考核年度", "year", required: true)
    static let pollutant = Column("考核指标", "pollutant")
    static let baseYear = Column("基准年", "base_year", required: true)
    static let base = Column("基准浓度", "base_concentration", required: true)
    static let kind = Column("目标类型", "target_kind", required: true)
    static let value = Column("目标值", "target_value")
    static let isFinal = Column("终期目标", "is_final")
}

extension FilingsFile {
    static let code = Column("区域代码", "area_code", required: true)
    static let year = Column("年度", "year", required: true)
    static let kind = Column("文件类别", "kind", required: true)
    static let published = Column("公开日期", "published_on")
    static let filed = Column("备案日期", "filed_on")
    static let document = Column("备案文号", "document")
}

extension SuccessionsFile {
    static let predecessor = Column("原单位代码", "predecessor", required: true)
    static let successor = Column("承继单位代码", "successor", required: true)
    static let effective = Column("生效日期", "effective_on", required: true)
    static let document = Column("文号", "document", required: true)
    static let kind = Column("变更类型", "kind")
    static let weight = Column("权重", "weight")
    static let ownBase = Column("承继单位考核基数", "own_base")
    static let ownPrevious = Column("承继单位上年浓度", "own_previous")
}

extension DepartmentsFile {
    static let code = Column("部门代码", "department_code", required: true)
    static let name = Column("部门名称", "department_name", required: true)
}

extension DepartmentTasksFile {
    static let code = Column("部门代码", "department_code", required: true)
    static let year = Column("考核年度", "year", required: true)
    static let task = Column("任务编号", "task_code", required: true)
    static let content = Column("任务内容", "task", required: true)
    static let points = Column("分值", "points", required: true)
    static let source = Column("任务来源", "source_clause", required: true)
}

extension DepartmentReportFile {
    static let code = Column("部门代码", "department_code", required: true)
    static let year = Column("考核年度", "year", required: true)
    static let task = Column("任务编号", "task_code", required: true)
    static let completion = Column("完成情况", "completion_note")
    static let selfScore = Column("自评得分", "self_score", required: true)
    static let evidence = Column("佐证材料", "evidence_note")
    static let submitted = Column("报送日期", "submitted_on", required: true)
    static let verified = Column("核定得分", "verified_score")
}

extension MonitoringFile {
    static let station = Column("站点编码", "station_code", required: true)
    static let area = Column("区域代码", "area_code", required: true)
    static let date = Column("日期", "date")
    static let time = Column("时间", "time")
    static let pm10 = Column("PM10", "pm10")
    static let pm25 = Column("PM2.5", "pm25")
    static let dust = Column("沙尘", "dust")
}
