import Foundation
import KaoheCore
import KaoheTracking

/// The monthly notice (月度通报) laid out in one language as a title and blocks (R-30).
///
/// Text, Markdown and HTML render the same blocks, so the three documents say the same thing; text and
/// Markdown leave the charts out. Like the results notice (D-58) the body reads as a government document:
/// rule ids and the technical notes are in the attachment (附件 月度通报计算说明) after the signature.
public struct NoticeDocument: Sendable, Hashable {
    public enum Block: Sendable, Hashable {
        case heading(String)
        case paragraph(String)
        case fields([Field])
        case table(Table)
        case list([String])
        case chart(NoticeChart)
    }

    /// The results notice's label–value line and table, so both documents lay out the same parts alike.
    public typealias Field = SummaryDocument.Field
    public typealias Table = SummaryDocument.Table

    public var lang: Language
    /// "绵阳市2015年3月环境空气质量（PM10）月度通报": the city from the document settings in force.
    public var title: String
    public var subtitle: String
    /// 主送机关 from the document settings, ending in "：".
    public var addressees: String
    public var blocks: [Block]
    /// "附件：月度通报计算说明", between the body and the signature (GB/T 9704 附件说明).
    public var attachmentNote: String
    /// The attachment after the foot: its label, title and the technical notes with their rule ids.
    public var attachment: Attachment

    public struct Attachment: Sendable, Hashable {
        /// "附件".
        public var label: String
        public var title: String
        public var blocks: [Block]
    }
    /// Signature, the notice's date and the foot (抄送, 印发), rendered as in the results notice.
    public var closing: DocumentClosing

    /// The blocks without charts, and without a heading left with nothing under it: for text and Markdown.
    public var blocksWithoutCharts: [Block] {
        var out: [Block] = []
        for (i, b) in blocks.enumerated() {
            if case .chart = b { continue }
            if case .heading = b {
                let rest = blocks[(i + 1)...].prefix { if case .heading = $0 { false } else { true } }
                if !rest.isEmpty, rest.allSatisfy({ if case .chart = $0 { true } else { false } }) { continue }
            }
            out.append(b)
        }
        return out
    }

    /// The notice in `lang`, with the document settings in force and dated `date` (the day it is made: a
    /// monthly notice is not published, so nothing is frozen, unlike the results notice of R-22b).
    public init(_ n: MonthlyNotice, places: Int, lang: Language, settings: DocumentSettings, date: Day) {
        self.lang = lang
        let b = MonthlyNoticeBuilder(n: n, places: places, lang: lang)
        let city = settings.value(.city)
        let pollutants = n.pollutants.map(\.rawValue).joined(separator: lang.pick("、", ", "))
        title = lang.pick(
            "\(city)\(n.year)年\(n.month)月环境空气质量（\(pollutants)）月度通报",
            "\(city): monthly air quality notice (\(pollutants)), \(TrackingFormat.monthName(n.month, .en)) \(n.year)")
        addressees = settings.value(.mainRecipients) + lang.pick("：", ":")
        closing = DocumentClosing(settings: settings, date: date, lang: lang)
        subtitle = lang.pick(
            "各县（市、区）和园区年内进度与排名（截至 \(b.end)）",
            "In-year position and rankings of the counties, districts and parks (through \(b.end))")
        // The charts before the last section, so the body ends in text that stays with the signature (GB/T 9704 7.3.5).
        let charts = b.charts()
        blocks = b.opening() + b.summary() + b.monthRankings() + b.compositeRanking() + b.ytdRankings() + b.names() + b.warnings() + charts
            + b.incomplete(number: charts.isEmpty ? 5 : 6)
        let appendixTitle = lang.pick("月度通报计算说明", "Notes on the calculation")
        attachmentNote = lang.pick("附件：\(appendixTitle)", "Attachment: \(appendixTitle)")
        attachment = Attachment(label: lang.pick("附件", "Attachment"), title: appendixTitle, blocks: b.notes())
    }
}

/// A chart of the notice's HTML form; concentrations are μg/m³ as published.
public enum NoticeChart: Sendable, Hashable {
    /// Per unit its YTD mean beside T.
    case ytdAgainstRequired(title: String, ytdLabel: String, requiredLabel: String, bars: [YTDBar])
    /// Per unit its monthly means January … the notice's month, with T as a dashed line.
    case monthlyLines(title: String, requiredLabel: String, panels: [MonthlyPanel])

    public struct YTDBar: Sendable, Hashable {
        public var label: String
        public var ytd: Decimal?
        public var required: Decimal?
        public var ytdText: String
        public var requiredText: String
    }

    public struct MonthlyPanel: Sendable, Hashable {
        public var label: String
        public var points: [MonthlyPoint]
        public var required: Decimal?
    }
}

private struct MonthlyNoticeBuilder {
    let n: MonthlyNotice
    let places: Int
    let lang: Language
    var end: Day { Day(year: n.year, month: n.month, day: Day.daysIn(month: n.month, year: n.year))! }
    var sep: String { lang.pick("、", ", ") }

    func conc(_ d: Decimal?) -> String { TrackingFormat.conc(d, places: places) }
    func name(_ a: Area) -> String { lang.pick("\(a.name)（\(a.code)）", "\(a.name) (\(a.code))") }
    func unit(_ code: String) -> UnitTrack? { n.units.first { $0.area.code == code } }
    func table(_ headers: [String], _ alignments: [TextTable.Alignment], _ rows: [[String]]) -> NoticeDocument.Block {
        .table(NoticeDocument.Table(headers: headers, alignments: alignments, rows: rows))
    }

    /// More than one pollutant: every ranking, name and chart says which units it is about (R-5 revised).
    var mixed: Bool { n.rankings.count > 1 }

    /// "PM10 8 个，PM2.5 2 个" when mixed, else the one pollutant.
    var pollutantsField: String {
        guard mixed else { return n.pollutants[0].rawValue }
        return n.pollutants.map { p in
            let count = n.units.filter { $0.pollutant == p }.count
            return lang.pick("\(p.rawValue) \(count) 个单位", "\(p.rawValue) \(count) units")
        }.joined(separator: lang.pick("，", ", ")) + lang.pick("（分别排名）", " (ranked separately)")
    }

    /// "PM2.5 考核单位" before a ranking's caption when pollutants are mixed, else nothing.
    func group(_ g: PollutantRankings) -> String {
        mixed ? lang.pick("\(g.pollutant.rawValue) 考核单位", "Units assessed on \(g.pollutant.rawValue)") + lang.pick("，", ", ") : ""
    }

    /// A caption with the group in front (and its first letter lowered in English after the group).
    func caption(_ g: PollutantRankings, _ zh: String, _ en: String) -> String {
        guard mixed else { return lang.pick(zh, en) }
        return group(g) + lang.pick(zh, en.prefix(1).lowercased() + en.dropFirst())
    }

    /// "现将……通报如下。": the opening sentence of a 通报.
    func opening() -> [NoticeDocument.Block] {
        [.paragraph(lang.pick(
            "现将\(n.year)年\(n.month)月各县（市、区）和园区环境空气质量情况及年度目标完成进度通报如下。",
            "The air quality of the counties, districts and parks in \(TrackingFormat.monthName(n.month, .en)) \(n.year), and their progress towards the year's targets, are notified as follows."))]
    }

    func summary() -> [NoticeDocument.Block] {
        let tracked = n.units.filter { $0.coverage != .noMonitoringData }.count
        let counts = TrackingStatus.allCases.map { s in (s, n.units.filter { $0.status == s }.count) }
        return [
            .fields([
                .init(label: lang.pick("通报月份", "month"), value: lang.pick("\(n.year)年\(n.month)月", "\(TrackingFormat.monthName(n.month, .en)) \(n.year)")),
                .init(label: lang.pick("数据截至", "data through"), value: end.description),
                .init(label: lang.pick("考核污染物", "pollutant"), value: pollutantsField),
                .init(label: lang.pick("有监测数据的单位", "units with monitoring data"), value: lang.pick("\(tracked) / \(n.units.count)", "\(tracked) of \(n.units.count)")),
                .init(label: lang.pick("进度", "status"),
                      value: counts.map { lang.pick("\($0.0.chinese) \($0.1)", "\($0.0.english) \($0.1)") }.joined(separator: lang.pick("，", ", "))),
            ])
        ]
    }

    func rankingTable(_ ranked: [RankedUnit], value: String, extra: [(String, (UnitTrack) -> String)], change: Bool) -> NoticeDocument.Block {
        let headers = [lang.pick("名次", "rank"), lang.pick("区域代码", "code"), lang.pick("区域名称", "unit"), value] + extra.map(\.0)
        let rows = ranked.map { r -> [String] in
            let u = unit(r.area.code)!
            return [String(r.rank), r.area.code, r.area.name, change ? TrackingFormat.change(r.value) : conc(r.value)] + extra.map { $0.1(u) }
        }
        return table(headers, [.right, .left, .left, .right] + extra.map { _ in .right }, rows)
    }

    func monthRankings() -> [NoticeDocument.Block] {
        var out: [NoticeDocument.Block] = [.heading(lang.pick("一、\(n.month)月排名", "1. Rankings for \(TrackingFormat.monthName(n.month, .en))"))]
        for g in n.rankings {
            out += [
                .paragraph(caption(g, "按月均浓度（由低到高）：", "By monthly mean (lowest first):")),
                rankingTable(g.monthByConcentration, value: lang.pick("月均浓度", "monthly mean"),
                             extra: [(lang.pick("同期", "last year"), { conc($0.monthLastYearRounded) }), (lang.pick("同比", "change"), { TrackingFormat.change($0.monthChange) })],
                             change: false),
                .paragraph(caption(g, "按同比变化（改善最多在前）：", "By change against the same month last year (most improved first):")),
                g.monthByChange.isEmpty
                    ? .paragraph(lang.pick("无上年同期数据，不排名。", "No data for the same period last year: no ranking."))
                    : rankingTable(g.monthByChange, value: lang.pick("同比", "change"),
                                   extra: [(lang.pick("月均浓度", "monthly mean"), { conc($0.monthRounded) }), (lang.pick("同期", "last year"), { conc($0.monthLastYearRounded) })],
                                   change: true),
            ]
        }
        return out
    }

    /// The month's ranking by the composite index (R-24c), under the month's rankings, when asked for (D-125).
    func compositeRanking() -> [NoticeDocument.Block] {
        guard let rows = n.composite else { return [] }
        let headers = [
            lang.pick("名次", "rank"), lang.pick("区域代码", "code"), lang.pick("区域名称", "unit"), lang.pick("综合指数", "composite index"),
            lang.pick("同期", "last year"), lang.pick("同比", "change"),
        ]
        let body = rows.map { r -> [String] in
            [
                String(r.rank), r.area.code, r.area.name, GBRounding.fixed(r.index.index, places: 2),
                r.previous.map { GBRounding.fixed($0.index, places: 2) } ?? "—", r.changeRate.map { TrackingFormat.change($0) } ?? "—",
            ]
        }
        return [
            .paragraph(lang.pick(
                "按环境空气质量综合指数（六项污染物，由低到高）：", "By the composite air quality index (six pollutants, lowest first):")),
            table(headers, [.right, .left, .left, .right, .right, .right], body),
        ]
    }

    func ytdRankings() -> [NoticeDocument.Block] {
        var out: [NoticeDocument.Block] = [
            .heading(lang.pick("二、1—\(n.month)月累计排名", "2. Year-to-date rankings (January–\(TrackingFormat.monthName(n.month, .en)))"))
        ]
        for g in n.rankings {
            out += [
                .paragraph(caption(g, "按年累计浓度（由低到高）：", "By YTD mean (lowest first):")),
                rankingTable(g.ytdByConcentration, value: lang.pick("年累计浓度", "YTD mean"),
                             extra: [(lang.pick("要求浓度T", "required T"), { TrackingFormat.required($0.requirement) }),
                                     (lang.pick("剩余日控制值", "control V"), { conc($0.controlRounded) }),
                                     (lang.pick("状态", "status"), { TrackingFormat.status($0.status, $0.coverage, lang) })],
                             change: false),
                .paragraph(caption(g, "按同比变化（改善最多在前）：", "By change against the same period last year (most improved first):")),
                g.ytdByChange.isEmpty
                    ? .paragraph(lang.pick("无上年同期数据，不排名。", "No data for the same period last year: no ranking."))
                    : rankingTable(g.ytdByChange, value: lang.pick("同比", "change"),
                                   extra: [(lang.pick("年累计浓度", "YTD mean"), { conc($0.ytdRounded) }), (lang.pick("同期", "last year"), { conc($0.ytdLastYearRounded) })],
                                   change: true),
            ]
        }
        return out
    }

    /// Units sharing the first rank, and units sharing the last.
    func ends(_ ranked: [RankedUnit]) -> (best: String, worst: String)? {
        guard let first = ranked.first, let last = ranked.last else { return nil }
        let best = ranked.filter { $0.rank == first.rank }.map { name($0.area) }.joined(separator: sep)
        let worst = ranked.filter { $0.rank == last.rank }.map { name($0.area) }.joined(separator: sep)
        return (best, worst)
    }

    func names() -> [NoticeDocument.Block] {
        var items: [String] = []
        for g in n.rankings {
            let p = mixed ? "\(g.pollutant.rawValue) " : ""
            if let e = ends(g.monthByConcentration) {
                items.append(lang.pick("\(p)本月浓度最低：\(e.best)；最高：\(e.worst)", "\(p)Lowest monthly mean: \(e.best); highest: \(e.worst)"))
            }
            if let e = ends(g.ytdByConcentration) {
                items.append(lang.pick("\(p)年累计浓度最低：\(e.best)；最高：\(e.worst)", "\(p)Lowest YTD mean: \(e.best); highest: \(e.worst)"))
            }
            if let e = ends(g.monthByChange) {
                items.append(lang.pick("\(p)本月同比改善最多：\(e.best)；恶化最多：\(e.worst)", "\(p)Most improved this month: \(e.best); most worsened: \(e.worst)"))
            }
            if let e = ends(g.ytdByChange) {
                items.append(lang.pick("\(p)年累计同比改善最多：\(e.best)；恶化最多：\(e.worst)", "\(p)Most improved year to date: \(e.best); most worsened: \(e.worst)"))
            }
        }
        if items.isEmpty { items.append(lang.pick("本月无监测数据，无法排名。", "No monitoring data this month: nothing to rank.")) }
        return [.heading(lang.pick("三、最好与最差", "3. Best and worst")), .list(items)]
    }

    func warnings() -> [NoticeDocument.Block] {
        let head: NoticeDocument.Block = .heading(lang.pick("四、预警及以上单位", "4. Units in warning or worse"))
        guard !n.warnings.isEmpty else { return [head, .paragraph(lang.pick("无。", "None."))] }
        let rows = n.warnings.map { u in
            [u.area.code, u.area.name] + (mixed ? [u.pollutant.rawValue] : [])
                + [TrackingFormat.status(u.status, u.coverage, lang), conc(u.ytdRounded), TrackingFormat.required(u.requirement),
                   conc(u.controlRounded), String(u.daysRemaining)]
        }
        return [
            head,
            .paragraph(lang.pick(
                "以下单位余下 \(n.units.first?.daysRemaining ?? 0) 天的日均浓度须不高于剩余日控制值，全年方可达到要求浓度；控制值 ≤ 0 表示已无法达到：",
                "For the year to reach T, the remaining \(n.units.first?.daysRemaining ?? 0) days must average no more than the control value; a control value ≤ 0 means it can no longer be reached:")),
            table([lang.pick("区域代码", "code"), lang.pick("区域名称", "unit")] + (mixed ? [lang.pick("考核污染物", "pollutant")] : [])
                    + [lang.pick("状态", "status"), lang.pick("年累计浓度", "YTD mean"),
                       lang.pick("要求浓度T", "required T"), lang.pick("剩余日控制值", "control V"), lang.pick("剩余天数", "days left")],
                  [.left, .left] + (mixed ? [.left] : []) + [.left, .right, .right, .right, .right], rows),
        ]
    }

    /// The last section, numbered 五 without charts and 六 after them.
    func incomplete(number: Int) -> [NoticeDocument.Block] {
        var items = n.incomplete.map { s in
            lang.pick(
                "\(name(s.area)) 站点 \(s.station)：本月有效天数 \(s.validDays)，不足 \(s.required) 天",
                "\(name(s.area)) station \(s.station): \(s.validDays) valid days this month, fewer than \(s.required)")
        }
        items += n.noData.map { lang.pick("\(name($0))：本月无监测数据", "\(name($0)): no monitoring data this month") }
        return [
            .heading(lang.pick("\(number == 5 ? "五" : "六")、本月数据不完整的单位", "\(number). Units whose data is incomplete for the month")),
            items.isEmpty ? .paragraph(lang.pick("无。", "None.")) : .list(items),
        ]
    }

    func charts() -> [NoticeDocument.Block] {
        let withData = n.units.filter { $0.coverage != .noMonitoringData }
        guard !withData.isEmpty else { return [] }
        var out: [NoticeDocument.Block] = [.heading(lang.pick("五、图示", "5. Charts"))]
        // One bar chart per pollutant: PM10 and PM2.5 bars on one scale would invite a comparison R-5 forbids.
        for p in n.pollutants {
            let bars = withData.filter { $0.pollutant == p }.map { u in
                NoticeChart.YTDBar(
                    label: u.area.name, ytd: u.ytdRounded, required: u.requirement?.concentration, ytdText: conc(u.ytdRounded),
                    requiredText: TrackingFormat.required(u.requirement))
            }
            guard !bars.isEmpty else { continue }
            let which = mixed ? "\(p.rawValue) " : ""
            out.append(.chart(.ytdAgainstRequired(
                title: lang.pick("\(which)年累计浓度与要求浓度 T（μg/m³）", "\(which)YTD mean against the required concentration T (μg/m³)"),
                ytdLabel: lang.pick("年累计浓度", "YTD mean"), requiredLabel: lang.pick("要求浓度 T", "required T"), bars: bars)))
        }
        let panels = withData.map { u in
            NoticeChart.MonthlyPanel(
                label: mixed ? "\(u.area.name)（\(u.pollutant.rawValue)）" : u.area.name, points: n.monthly[u.area.code] ?? [],
                required: u.requirement?.concentration)
        }
        out.append(.chart(.monthlyLines(
            title: lang.pick("各单位月均浓度（μg/m³，虚线为要求浓度 T）", "Monthly means per unit (μg/m³; dashed line: required T)"),
            requiredLabel: "T", panels: panels)))
        return out
    }

    /// The attachment's content: every rule behind the figures, with its id (R-n), and which rules are defaults.
    func notes() -> [NoticeDocument.Block] {
        [
            .list([
                TrackingFormat.thresholdNote(n.severeLag, isDefault: n.severeLagIsDefault, lang),
                lang.pick(
                    "剩余日控制值 V = (N·T − n·C̄) ÷ (N − n)（R-28）：N 为全年天数，n 为已过天数，C̄ 为修约后的年累计浓度，T 为本年精确要求浓度（R-8 至 R-11）。",
                    "Control value V = (N·T − n·C̄) ÷ (N − n) (R-28): N days in the year, n days elapsed, C̄ the rounded YTD mean, T the year's exact required concentration (R-8 to R-11)."),
                lang.pick(
                    "年累计与月均浓度为各站点有效日均值均值的算术平均（R-27）；同比 = (C̄ − 同期) ÷ 同期，负值为改善（R-30）。",
                    "YTD and monthly means average each station's mean of its valid daily values (R-27); change = (C̄ − last year) ÷ last year, negative is improvement (R-30)."),
                lang.pick(
                    "排名（R-30）：浓度由低到高、同比由改善最多到恶化最多；数值相同者名次相同（1、1、3），最好与最差列出并列的全部单位；无数据的单位不排名。",
                    "Rankings (R-30): concentration lowest first, change most improved first; equal values share the better rank (1, 1, 3), and best and worst name every unit sharing the rank; a unit without data is not ranked."),
                lang.pick(
                    "各单位按其目标所定的考核污染物（PM10 或 PM2.5）统计，不同污染物的单位分别排名，不相互比较（R-5）。",
                    "Each unit is tracked on the pollutant of its own targets (PM10 or PM2.5); units of different pollutants are ranked apart, never against each other (R-5)."),
                lang.pick(
                    "站点月有效天数不足 \(MonitoringValidity.minimumDays(inMonth: 1)) 天（2 月 \(MonitoringValidity.minimumDays(inMonth: 2)) 天）者列为本月数据不完整（R-24）。",
                    "A station with fewer than \(MonitoringValidity.minimumDays(inMonth: 1)) valid days in the month (February \(MonitoringValidity.minimumDays(inMonth: 2))) is listed as incomplete (R-24)."),
            ]),
        ]
    }
}
