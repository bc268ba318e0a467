import Foundation
import KaoheCore
import KaoheTracking

/// The monthly notice (月度通报) laid out in one language as a title and blocks.
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
        let pollutants = n.pollutants.map(\.rawValue).joined(separator: lang.pick(MonthlyNoticeText.listSeparator))
        title = lang.pick(
            MonthlyNoticeText.title(city: city, year: n.year, month: n.month, monthName: TrackingFormat.monthName(n.month, .en), pollutants: pollutants))
        addressees = settings.value(.mainRecipients) + lang.pick(NoticeText.addresseesColon)
        closing = DocumentClosing(settings: settings, date: date, lang: lang)
        subtitle = lang.pick(MonthlyNoticeText.subtitle(through: b.end))
        // The charts before the last section, so the body ends in text that stays with the signature (GB/T 9704 7.3.5).
        let charts = b.charts()
        blocks = b.opening() + b.summary() + b.monthRankings() + b.compositeRanking() + b.ytdRankings() + b.names() + b.warnings() + charts
            + b.incomplete(number: charts.isEmpty ? 5 : 6)
        let appendixTitle = lang.pick(MonthlyNoticeText.appendixTitle)
        attachmentNote = lang.pick(MonthlyNoticeText.attachmentNote(appendixTitle))
        attachment = Attachment(label: lang.pick(MonthlyNoticeText.attachmentLabel), title: appendixTitle, blocks: b.notes())
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
    typealias T = MonthlyNoticeText
    let n: MonthlyNotice
    let places: Int
    let lang: Language
    var end: Day { Day(year: n.year, month: n.month, day: Day.daysIn(month: n.month, year: n.year))! }
    var sep: String { lang.pick(MonthlyNoticeText.listSeparator) }
    var monthName: String { TrackingFormat.monthName(n.month, .en) }

    func conc(_ d: Decimal?) -> String { TrackingFormat.conc(d, places: places) }
    func name(_ a: Area) -> String { lang.pick(MonthlyNoticeText.unit(a.name, code: a.code)) }
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
            return lang.pick(MonthlyNoticeText.pollutantUnits(p.rawValue, count: count))
        }.joined(separator: lang.pick(MonthlyNoticeText.comma)) + lang.pick(MonthlyNoticeText.rankedSeparately)
    }

    /// "PM2.5 考核单位" before a ranking's caption when pollutants are mixed, else nothing.
    func group(_ g: PollutantRankings) -> String {
        mixed ? lang.pick(MonthlyNoticeText.group(g.pollutant.rawValue)) + lang.pick(MonthlyNoticeText.comma) : ""
    }

    /// A caption with the group in front (and its first letter lowered in English after the group).
    func caption(_ g: PollutantRankings, _ text: Bilingual) -> String {
        guard mixed else { return lang.pick(text) }
        return group(g) + lang.pick(Bilingual(text.zh, text.en.prefix(1).lowercased() + text.en.dropFirst()))
    }

    /// "现将……通报如下。": the opening sentence of a 通报.
    func opening() -> [NoticeDocument.Block] {
        [.paragraph(lang.pick(MonthlyNoticeText.opening(year: n.year, month: n.month, monthName: monthName)))]
    }

    func summary() -> [NoticeDocument.Block] {
        let tracked = n.units.filter { $0.coverage != .noMonitoringData }.count
        let counts = TrackingStatus.allCases.map { s in (s, n.units.filter { $0.status == s }.count) }
        return [
            .fields([
                .init(label: lang.pick(T.monthLabel), value: lang.pick(T.month(year: n.year, month: n.month, monthName: monthName))),
                .init(label: lang.pick(T.dataThroughLabel), value: end.description),
                .init(label: lang.pick(T.pollutantLabel), value: pollutantsField),
                .init(label: lang.pick(T.trackedLabel), value: lang.pick(T.tracked(tracked, of: n.units.count))),
                .init(label: lang.pick(T.statusLabel),
                      value: counts.map { lang.pick(T.statusCount(Bilingual($0.0.chinese, $0.0.english), count: $0.1)) }.joined(separator: lang.pick(T.comma))),
            ])
        ]
    }

    func rankingTable(_ ranked: [RankedUnit], value: String, extra: [(String, (UnitTrack) -> String)], change: Bool) -> NoticeDocument.Block {
        let headers = lang.pick([T.rank, T.code, T.unitName]) + [value] + extra.map(\.0)
        let rows = ranked.map { r -> [String] in
            let u = unit(r.area.code)!
            return [String(r.rank), r.area.code, r.area.name, change ? TrackingFormat.change(r.value) : conc(r.value)] + extra.map { $0.1(u) }
        }
        return table(headers, [.right, .left, .left, .right] + extra.map { _ in .right }, rows)
    }

    func monthRankings() -> [NoticeDocument.Block] {
        var out: [NoticeDocument.Block] = [.heading(lang.pick(T.monthHeading(month: n.month, monthName: monthName)))]
        for g in n.rankings {
            out += [
                .paragraph(caption(g, T.byMonthlyMean)),
                rankingTable(g.monthByConcentration, value: lang.pick(T.monthlyMean),
                             extra: [(lang.pick(T.lastYear), { conc($0.monthLastYearRounded) }), (lang.pick(T.change), { TrackingFormat.change($0.monthChange) })],
                             change: false),
                .paragraph(caption(g, T.byMonthChange)),
                g.monthByChange.isEmpty
                    ? .paragraph(lang.pick(T.noLastYear))
                    : rankingTable(g.monthByChange, value: lang.pick(T.change),
                                   extra: [(lang.pick(T.monthlyMean), { conc($0.monthRounded) }), (lang.pick(T.lastYear), { conc($0.monthLastYearRounded) })],
                                   change: true),
            ]
        }
        return out
    }

    /// The month's ranking by the composite index (R-24c), under the month's rankings, when asked for (D-125).
    func compositeRanking() -> [NoticeDocument.Block] {
        guard let rows = n.composite else { return [] }
        let headers = lang.pick([T.rank, T.code, T.unitName, T.compositeIndex, T.lastYear, T.change])
        let body = rows.map { r -> [String] in
            [
                String(r.rank), r.area.code, r.area.name, GBRounding.fixed(r.index.index, places: 2),
                r.previous.map { GBRounding.fixed($0.index, places: 2) } ?? "—", r.changeRate.map { TrackingFormat.change($0) } ?? "—",
            ]
        }
        return [
            .paragraph(lang.pick(T.byComposite)),
            table(headers, [.right, .left, .left, .right, .right, .right], body),
        ]
    }

    func ytdRankings() -> [NoticeDocument.Block] {
        var out: [NoticeDocument.Block] = [.heading(lang.pick(T.ytdHeading(month: n.month, monthName: monthName)))]
        for g in n.rankings {
            out += [
                .paragraph(caption(g, T.byYTDMean)),
                rankingTable(g.ytdByConcentration, value: lang.pick(T.ytdMean),
                             extra: [(lang.pick(T.requiredT), { TrackingFormat.required($0.requirement) }),
                                     (lang.pick(T.controlV), { conc($0.controlRounded) }),
                                     (lang.pick(T.status), { TrackingFormat.status($0.status, $0.coverage, lang) })],
                             change: false),
                .paragraph(caption(g, T.byYTDChange)),
                g.ytdByChange.isEmpty
                    ? .paragraph(lang.pick(T.noLastYear))
                    : rankingTable(g.ytdByChange, value: lang.pick(T.change),
                                   extra: [(lang.pick(T.ytdMean), { conc($0.ytdRounded) }), (lang.pick(T.lastYear), { conc($0.ytdLastYearRounded) })],
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
                items.append(lang.pick(T.monthEnds(p, best: e.best, worst: e.worst)))
            }
            if let e = ends(g.ytdByConcentration) {
                items.append(lang.pick(T.ytdEnds(p, best: e.best, worst: e.worst)))
            }
            if let e = ends(g.monthByChange) {
                items.append(lang.pick(T.monthChangeEnds(p, best: e.best, worst: e.worst)))
            }
            if let e = ends(g.ytdByChange) {
                items.append(lang.pick(T.ytdChangeEnds(p, best: e.best, worst: e.worst)))
            }
        }
        if items.isEmpty { items.append(lang.pick(T.nothingToRank)) }
        return [.heading(lang.pick(T.endsHeading)), .list(items)]
    }

    func warnings() -> [NoticeDocument.Block] {
        let head: NoticeDocument.Block = .heading(lang.pick(T.warningsHeading))
        guard !n.warnings.isEmpty else { return [head, .paragraph(lang.pick(DocumentText.none))] }
        let rows = n.warnings.map { u in
            [u.area.code, u.area.name] + (mixed ? [u.pollutant.rawValue] : [])
                + [TrackingFormat.status(u.status, u.coverage, lang), conc(u.ytdRounded), TrackingFormat.required(u.requirement),
                   conc(u.controlRounded), String(u.daysRemaining)]
        }
        return [
            head,
            .paragraph(lang.pick(T.warningsIntro(daysRemaining: n.units.first?.daysRemaining ?? 0))),
            table(lang.pick([T.code, T.unitName] + (mixed ? [T.pollutantLabel] : []) + [T.status, T.ytdMean, T.requiredT, T.controlV, T.daysLeft]),
                  [.left, .left] + (mixed ? [.left] : []) + [.left, .right, .right, .right, .right], rows),
        ]
    }

    /// The last section, numbered 五 without charts and 六 after them.
    func incomplete(number: Int) -> [NoticeDocument.Block] {
        var items = n.incomplete.map { s in
            lang.pick(T.incompleteStation(name(s.area), station: s.station, validDays: s.validDays, required: s.required))
        }
        items += n.noData.map { lang.pick(T.noData(name($0))) }
        return [
            .heading(lang.pick(T.incompleteHeading(number))),
            items.isEmpty ? .paragraph(lang.pick(DocumentText.none)) : .list(items),
        ]
    }

    func charts() -> [NoticeDocument.Block] {
        let withData = n.units.filter { $0.coverage != .noMonitoringData }
        guard !withData.isEmpty else { return [] }
        var out: [NoticeDocument.Block] = [.heading(lang.pick(T.chartsHeading))]
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
                title: lang.pick(T.ytdChart(which)), ytdLabel: lang.pick(T.ytdMean), requiredLabel: lang.pick(T.requiredTSeries), bars: bars)))
        }
        let panels = withData.map { u in
            NoticeChart.MonthlyPanel(
                label: mixed ? T.panel(u.area.name, pollutant: u.pollutant.rawValue) : u.area.name, points: n.monthly[u.area.code] ?? [],
                required: u.requirement?.concentration)
        }
        out.append(.chart(.monthlyLines(
            title: lang.pick(T.monthlyChart),
            requiredLabel: "T", panels: panels)))
        return out
    }

    /// The attachment's content: every rule behind the figures, with its id (R-n), and which rules are defaults.
    func notes() -> [NoticeDocument.Block] {
        [
            .list([
                TrackingFormat.thresholdNote(n.severeLag, isDefault: n.severeLagIsDefault, lang),
                lang.pick(T.controlNote), lang.pick(T.meansNote), lang.pick(T.rankingNote), lang.pick(T.pollutantNote),
                lang.pick(T.validityNote(days: MonitoringValidity.minimumDays(inMonth: 1), february: MonitoringValidity.minimumDays(inMonth: 2))),
            ]),
        ]
    }
}
