import Foundation
import KaoheCore
import KaoheTracking

/// The trend table of `kaohe trend` for the terminal.
public enum TrendRender {
    /// One row per unit; with `detail` also each unit's monthly means. Slopes are μg/m³ per year.
    public static func text(_ trends: [UnitTrend], pollutant: Pollutant, places: Int, detail: Bool, lang: Language) -> String {
        func f(_ x: Double) -> String { String(format: "%.1f", x) }
        var out = lang.pick("\(pollutant.rawValue) 月均浓度变化趋势（Theil-Sen 斜率，μg/m³/年）", "\(pollutant.rawValue) trend of monthly means (Theil-Sen slope, μg/m³ per year)") + "\n"
        var table = TextTable(
            headers: [
                lang.pick("区域代码", "code"), lang.pick("区域名称", "unit"), lang.pick("月数", "months"), lang.pick("起止", "period"),
                lang.pick("斜率", "slope"), lang.pick("95%区间", "95% interval"), "MK Z", "p", lang.pick("结论", "finding"),
            ],
            alignments: [.left, .left, .right, .left, .right, .left, .right, .right, .left])
        for t in trends {
            let period = t.months.first.map { a in
                let b = t.months.last!
                return String(format: "%04d-%02d…%04d-%02d", a.year, a.month, b.year, b.month)
            } ?? "—"
            guard let r = t.result else {
                table.append([
                    t.area.code, t.area.name, String(t.months.count), period, "—", "—", "—", "—",
                    lang.pick("不足 \(Trends.minimumMonths) 个月，不计算趋势", "fewer than \(Trends.minimumMonths) months: no trend"),
                ])
                continue
            }
            let finding: String
            if r.mannKendall.p < 0.05 {
                finding = r.slope < 0 ? lang.pick("显著下降", "significant decrease") : lang.pick("显著上升", "significant increase")
            } else {
                finding = lang.pick("无显著趋势", "no significant trend")
            }
            table.append([
                t.area.code, t.area.name, String(t.months.count), period, f(r.slope), "[\(f(r.lower)), \(f(r.upper))]",
                String(format: "%.2f", r.mannKendall.z), String(format: "%.3f", r.mannKendall.p), finding,
            ])
        }
        out += table.render()
        if detail {
            for t in trends {
                out += "\n" + terminalSafe(lang.pick("\(t.area.name)（\(t.area.code)）月均浓度（μg/m³）：", "\(t.area.name) (\(t.area.code)) monthly means (μg/m³):")) + "\n"
                var m = TextTable(headers: [lang.pick("月份", "month"), lang.pick("月均浓度", "mean")], alignments: [.left, .right])
                for p in t.months { m.append([String(format: "%04d-%02d", p.year, p.month), GBRounding.fixed(p.mean, places: places)]) }
                out += m.render()
            }
        }
        out += lang.pick(
            "方法：各站点有效日均值的月均值再取单位均值（R-27）；按月份气候态去季节（先以同月份 Sen 斜率去趋势）；Theil-Sen 斜率为两两斜率的中位数；95% 区间来自固定种子的循环块自助法（块长约 n^(1/3)，599 次重抽样）；Mann-Kendall 检验（p < 0.05 为显著）。方法参照 openair 的 TheilSen，但结果不与之逐位一致。少于 \(Trends.minimumMonths) 个月不计算趋势。",
            "Method: per month the mean over stations of each station's mean of its valid days (R-27); deseasonalised by monthly climatology (after removing a preliminary seasonal Sen slope); the Theil-Sen slope is the median of pairwise slopes; the 95 % interval comes from a seeded circular block bootstrap (block about n^(1/3), 599 resamples); Mann-Kendall test (significant at p < 0.05). The method follows openair's TheilSen but is not bit-identical to it. Fewer than \(Trends.minimumMonths) months: no trend.") + "\n"
        return out
    }
}
