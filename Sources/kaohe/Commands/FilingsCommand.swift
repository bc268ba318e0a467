import ArgumentParser
import Foundation
import KaoheCSV
import KaoheCore
import KaoheReport
import KaoheStore

struct FilingsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "filings",
        abstract: helpText(
            "登记实施细则和年度实施计划的公开与备案（R-2），在发生时登记，只追加、不删除。",
            "Record the publication and filing of implementation rules and annual plans (R-2) when they happen; appended, never deleted."),
        subcommands: [Record.self, Import.self, List.self, Missing.self])

    struct Record: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: helpText(
                "登记一个单位某年度实施细则或年度实施计划的公开和/或备案；更正时再登记一次，较新的登记生效，旧登记保留。",
                "Record one unit's publication and/or filing of its rules or plan for a year; to correct, record again: the newer counts, the older is kept."))
        @OptionGroup var store: StoreOptions
        @OptionGroup var lang: LanguageOption
        @Argument(help: optionHelp("单位代码。", "The unit's code.")) var area: String
        @Option(help: optionHelp("年度。", "The year.")) var year: Int
        @Option(help: optionHelp("文件类别：rules（实施细则）或 plan（年度实施计划）。", "Kind: rules (实施细则) or plan (年度实施计划).")) var kind: String
        @Option(name: .customLong("published-on"), help: optionHelp("公开日期（YYYY-MM-DD）。", "Day published (YYYY-MM-DD).")) var publishedOn: String?
        @Option(name: .customLong("filed-on"), help: optionHelp("向市环保局备案的日期（YYYY-MM-DD）。", "Day filed with the city environmental protection bureau (YYYY-MM-DD).")) var filedOn: String?
        @Option(help: optionHelp("备案文号或说明。", "The filing's document number or note.")) var doc: String?

        mutating func validate() throws {
            if let d = doc { doc = try FreeText.oneLine(d, option: "--doc", limit: FreeText.documentLimit) }
            guard FilingKind(rawValue: kind) != nil else {
                throw usageError("--kind 须为 rules（实施细则）或 plan（年度实施计划）", "--kind must be rules (实施细则) or plan (年度实施计划)")
            }
            guard publishedOn != nil || filedOn != nil else {
                throw usageError("请给出 --published-on、--filed-on 或两者", "give --published-on, --filed-on or both")
            }
        }

        func run() throws {
            let record = FilingRecord(
                areaCode: area, year: year, kind: FilingKind(rawValue: kind)!,
                publishedOn: try publishedOn.map { try parseDayOption($0, option: "--published-on") },
                filedOn: try filedOn.map { try parseDayOption($0, option: "--filed-on") }, document: doc)
            let db = try store.open(.write)
            let events = try db.recordFilings([record], source: "cli", today: today())
            for e in events { Console.out(describe(e, lang)) }
        }
    }

    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: helpText("导入备案登记文件（docs/input-files.md）：每行登记一次，全部通过才存储。", "Import a filings file (docs/input-files.md): one event per row, stored only when every row passes."))
        @OptionGroup var store: StoreOptions
        @OptionGroup var lang: LanguageOption
        @OptionGroup var sheet: SheetOption
        @Argument(help: optionHelp("备案登记文件（.csv 或 .xlsx）；- 表示标准输入。", "The filings file (.csv or .xlsx); - is standard input.")) var file: String

        func run() throws {
            // A workbook's sheet 备案登记 (or the one named with --sheet) is read as the CSV twin would be (issue 16).
            let input = try InputFile.single(file, sheet: sheet.sheet, kind: .filings, lang)
            let db = try store.open(.write)
            let units = Set(try db.areas().map(\.code))
            let parsed = try parseOrReject([input.name]) { try FilingsFile.parse(input.data, file: input.name, units: units) }
            report(parsed.warnings, lang)
            let events = try db.recordFilings(parsed.rows, source: input.name, today: today())
            Console.out(lang("\(input.name)：已登记 \(events.count) 项公开或备案。", "\(input.name): \(events.count) publication or filing event(s) recorded."))
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: helpText("列出登记过的全部公开与备案（含被更新的登记）。", "Every recorded publication and filing, including those a newer record replaced."))
        @OptionGroup var store: StoreOptions
        @OptionGroup var lang: LanguageOption
        @Option(help: optionHelp("只列出该年度。", "Only this year.")) var year: Int?

        func run() throws {
            var table = TextTable(headers: [
                "#", lang("区域代码", "code"), lang("年度", "year"), lang("类别", "kind"), lang("公开日期", "published"), lang("备案日期", "filed"),
                lang("文号", "document"), lang("登记时间", "recorded"), lang("来源", "source"),
            ])
            for e in try store.open(.read).filingEvents(year: year) {
                table.append([
                    String(e.id), e.areaCode, String(e.year), lang(e.kind.chinese, e.kind.english), e.publishedOn?.description ?? "—",
                    e.filedOn?.description ?? "—", e.document ?? "", e.recordedAt, e.source,
                ])
            }
            Console.out(table.render(), terminator: "")
        }
    }

    struct Missing: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: helpText(
                "列出年度实施计划尚未备案的单位（用于催报函）：既无备案登记，自查报告也未填备案日期。",
                "Units whose annual plan is not yet filed (for a reminder letter): no filing recorded and no filing day in the self-report."))
        @OptionGroup var store: StoreOptions
        @OptionGroup var lang: LanguageOption
        @Option(help: optionHelp("年度。", "The year.")) var year: Int

        func run() throws {
            let db = try store.open(.read)
            let pollutants = try db.pollutants()
            let filings = try db.filingEvents(year: year)
            var table = TextTable(headers: [lang("区域代码", "code"), lang("区域名称", "name"), lang("年度实施计划", "annual plan")])
            var count = 0
            for area in try db.areas() {
                let status = ReportStatus(areaCode: area.code, year: year, pollutant: pollutants[area.code] ?? .pm10, report: try db.report(area: area.code, year: year))
                    .withFilings(filings)
                guard status.filedOn(.plan) == nil else { continue }
                count += 1
                let known = status.planEvent == nil && !status.hasSummary ? lang("无登记", "nothing recorded") : Labels.filing(status, .plan, lang.lang)
                table.append([area.code, area.name, known])
            }
            Console.out(table.render(), terminator: "")
            Console.out(lang("\(year) 年度实施计划未备案的单位：\(count) 个", "Units whose \(year) annual plan is not filed: \(count)"))
        }
    }
}

/// One recorded event in a line, for the confirmation of `filings record`.
func describe(_ e: FilingEvent, _ lang: LanguageOption) -> String {
    let p = e.publishedOn.map { lang("公开 \($0)", "published \($0)") }
    let f = e.filedOn.map { lang("备案 \($0)", "filed \($0)") }
    let what = [p, f].compactMap { $0 }.joined(separator: lang("，", ", "))
    let doc = e.document.map { lang("（\($0)）", " (\($0))") } ?? ""
    return lang(
        "已登记 #\(e.id)：\(e.areaCode) \(e.year) 年\(e.kind.chinese) \(what)\(doc)。",
        "Recorded #\(e.id): \(e.areaCode) \(e.year) \(e.kind.english) \(what)\(doc).")
}
