import KaoheCore

/// The columns of the report's four files: summary (S), key tasks (K), projects (P) and funding (F).
extension ReportFiles {
    enum S {
        static let code = Column("区域代码", "area_code", required: true)
        static let year = Column("考核年度", "year", required: true)
        static let submitted = Column("报送日期", "submitted_on", required: true)
        static let pm10 = Column("PM10年均浓度", "pm10_annual_mean")
        static let pm25 = Column("PM2.5年均浓度", "pm25_annual_mean")
        static let validDays = Column("PM10有效监测天数", "pm10_valid_days")
        static let rulesPublished = Column("实施细则公开", "rules_published")
        static let rulesFiled = Column("实施细则备案日期", "rules_filed_on")
        static let planPublished = Column("年度实施计划公开", "plan_published")
        static let planFiled = Column("年度实施计划备案日期", "plan_filed_on")
        static let preparedBy = Column("填报人", "prepared_by")
        static let approvedBy = Column("审核人", "approved_by")
        static let remarks = Column("备注", "remarks")
        static let all = [code, year, submitted, pm10, pm25, validDays, rulesPublished, rulesFiled, planPublished, planFiled, preparedBy, approvedBy, remarks]
    }

    enum K {
        static let code = Column("区域代码", "area_code", required: true)
        static let year = Column("考核年度", "year", required: true)
        static let indicator = Column("指标代码", "indicator_code", required: true)
        static let name = Column("指标名称", "indicator_name")
        static let selfScore = Column("自评得分", "self_score", required: true)
        static let verified = Column("核定得分", "verified_score")
        static let note = Column("完成情况", "status_note")
        static let all = [code, year, indicator, name, selfScore, verified, note]
    }

    enum P {
        static let code = Column("区域代码", "area_code", required: true)
        static let year = Column("考核年度", "year", required: true)
        static let id = Column("项目编号", "project_id", required: true)
        static let name = Column("项目名称", "project_name", required: true)
        static let category = Column("任务类别", "category", required: true)
        static let unit = Column("责任单位", "responsible_unit")
        static let planned = Column("计划完成日期", "planned_completion")
        static let actual = Column("实际完成日期", "actual_completion")
        static let status = Column("进展状态", "status", required: true)
        static let plannedInvestment = Column("计划投资（万元）", "planned_investment")
        static let actualInvestment = Column("完成投资（万元）", "actual_investment")
        static let all = [code, year, id, name, category, unit, planned, actual, status, plannedInvestment, actualInvestment]
    }

    enum F {
        static let code = Column("区域代码", "area_code", required: true)
        static let year = Column("考核年度", "year", required: true)
        static let source = Column("资金来源", "source", required: true)
        static let planned = Column("计划金额（万元）", "planned_amount", required: true)
        static let actual = Column("实际到位（万元）", "actual_amount", required: true)
        static let all = [code, year, source, planned, actual]
    }
}
