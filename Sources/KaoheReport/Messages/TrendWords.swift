import KaoheCore
import KaoheTracking

/// The words of the plan-period trend (issue 15, D-55, D-89, D-91): the summary's section, the table, the
/// chart and the method.
enum TrendWords {
    static func sectionTitle(through: Day) -> Bilingual {
        Bilingual("规划期浓度变化趋势（监测数据截至 \(through)）", "Plan-period trend (monitoring data through \(through))")
    }

    /// The sentence that keeps the section out of the notice (R-22b, D-91).
    static let disclaimer = Bilingual(
        "以下依据输出时已存储的监测数据计算，仅供参考，不属于通报原文，也不随通报冻结（R-22b）；数据更正后数值可能变化。",
        "Computed from the monitoring data stored when this was printed, for information only; not part of the notice as issued and not frozen with it (R-22b): it may change if the data are corrected.")

    /// The unit of a slope between the slope and its interval.
    static let slopeUnit = Bilingual(" μg/m³/年 ", " μg/m³/yr ")
    static let tooFewMonths = Bilingual("不足 \(Trends.minimumMonths) 个月，不计算趋势", "fewer than \(Trends.minimumMonths) months: no trend")
    static let decrease = Bilingual("显著下降", "significant decrease")
    static let increase = Bilingual("显著上升", "significant increase")
    static let noTrend = Bilingual("无显著趋势", "no significant trend")

    static let code = Bilingual("区域代码", "code")
    static let unit = Bilingual("区域名称", "unit")
    static let pollutant = Bilingual("指标", "pollutant")
    static let statHeaders = [Bilingual("月数", "months"), Bilingual("起止", "period"), Bilingual("斜率", "slope"), Bilingual("95%区间", "95% interval")]
    static let finding = Bilingual("结论", "finding")
    static let listSeparator = Bilingual("、", ", ")

    /// The heading; `pollutants` as "PM10、PM2.5".
    static func heading(_ pollutants: String) -> Bilingual {
        Bilingual("\(pollutants) 月均浓度变化趋势（Theil-Sen 斜率，μg/m³/年）", "\(pollutants) trend of monthly means (Theil-Sen slope, μg/m³ per year)")
    }

    /// The method in one paragraph (D-55, D-89), with the statement that it is not openair bit for bit.
    static let method = Bilingual(
        "方法：各站点有效日均值的月均值再取单位均值（R-27）；按月份气候态去季节（先以同月份 Sen 斜率去趋势）；Theil-Sen 斜率为两两斜率的中位数；95% 区间来自固定种子的学生化块自助法（残差先经 AR(1) 白化，块长约 n^(1/3)，599 次重抽样，D-89）；Mann-Kendall 检验（p < 0.05 为显著）。方法参照 openair 的 TheilSen，但结果不与之逐位一致。少于 \(Trends.minimumMonths) 个月不计算趋势。",
        "Method: per month the mean over stations of each station's mean of its valid days (R-27); deseasonalised by monthly climatology (after removing a preliminary seasonal Sen slope); the Theil-Sen slope is the median of pairwise slopes; the 95 % interval comes from a seeded studentised block bootstrap (residuals pre-whitened with AR(1), blocks of about n^(1/3), 599 resamples, D-89); Mann-Kendall test (significant at p < 0.05). The method follows openair's TheilSen but is not bit-identical to it. Fewer than \(Trends.minimumMonths) months: no trend.")

    static let chart = Bilingual("各单位月均浓度（点）与 Theil-Sen 趋势线（μg/m³）", "Monthly means (dots) and the Theil-Sen line per unit (μg/m³)")
    /// A panel's label when pollutants are mixed, in both languages: "涪城区（PM2.5）".
    static func panel(_ name: String, pollutant: String) -> String { "\(name)（\(pollutant)）" }

    static func monthlyMeans(_ name: String, code: String) -> Bilingual {
        Bilingual("\(name)（\(code)）月均浓度（μg/m³）：", "\(name) (\(code)) monthly means (μg/m³):")
    }

    static let monthHeaders = [Bilingual("月份", "month"), Bilingual("月均浓度", "mean")]
    static func through(_ day: Day) -> Bilingual { Bilingual("监测数据截至 \(day)", "Monitoring data through \(day)") }
}
