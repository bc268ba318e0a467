import ArgumentParser
import Foundation
import KaoheCSV
import KaoheCore
import KaoheReport
import KaoheStore

struct FilingsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "filings",
        abstract: helpText(FilingsHelp.abstract),
        subcommands: [Record.self, Import.self, List.self, Missing.self])

    struct Record: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: helpText(FilingsHelp.recordAbstract))
        @OptionGroup var store: StoreOptions
        @OptionGroup var lang: LanguageOption
        @Argument(help: optionHelp(FilingsHelp.area)) var area: String
        @Option(help: optionHelp(FilingsHelp.year)) var year: Int
        @Option(help: optionHelp(FilingsHelp.kind)) var kind: String
        @Option(name: .customLong("published-on"), help: optionHelp(FilingsHelp.publishedOn)) var publishedOn: String?
        @Option(name: .customLong("filed-on"), help: optionHelp(FilingsHelp.filedOn)) var filedOn: String?
        @Option(help: optionHelp(FilingsHelp.doc)) var doc: String?

        mutating func validate() throws {
            if let d = doc { doc = try FreeText.oneLine(d, option: "--doc", limit: FreeText.documentLimit) }
            guard FilingKind(rawValue: kind) != nil else {
                throw usageError(FilingsUsage.unknownKind)
            }
            guard publishedOn != nil || filedOn != nil else {
                throw usageError(FilingsUsage.noDay)
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
            abstract: helpText(FilingsHelp.importAbstract))
        @OptionGroup var store: StoreOptions
        @OptionGroup var lang: LanguageOption
        @OptionGroup var sheet: SheetOption
        @Argument(help: optionHelp(FilingsHelp.file)) var file: String

        func run() throws {
            // A workbook's sheet 备案登记 (or the one named with --sheet) is read as the CSV twin would be (issue 16).
            let input = try InputFile.single(file, sheet: sheet.sheet, kind: .filings, lang)
            let db = try store.open(.write)
            let units = Set(try db.areas().map(\.code))
            let parsed = try parseOrReject([input.name]) { try FilingsFile.parse(input.data, file: input.name, units: units) }
            report(parsed.warnings, lang)
            let events = try db.recordFilings(parsed.rows, source: input.name, today: today())
            Console.out(lang(FilingsText.imported(file: input.name, count: events.count)))
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: helpText(FilingsHelp.listAbstract))
        @OptionGroup var store: StoreOptions
        @OptionGroup var lang: LanguageOption
        @Option(help: optionHelp(FilingsHelp.listYear)) var year: Int?

        func run() throws {
            var table = TextTable(headers: ["#"] + FilingsText.listHeaders.map { lang($0) })
            for e in try store.open(.read).filingEvents(year: year) {
                table.append([
                    String(e.id), e.areaCode, String(e.year), lang(Bilingual(e.kind.chinese, e.kind.english)), e.publishedOn?.description ?? "—",
                    e.filedOn?.description ?? "—", e.document ?? "", e.recordedAt, e.source,
                ])
            }
            Console.out(table.render(), terminator: "")
        }
    }

    struct Missing: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: helpText(FilingsHelp.missingAbstract))
        @OptionGroup var store: StoreOptions
        @OptionGroup var lang: LanguageOption
        @Option(help: optionHelp(FilingsHelp.year)) var year: Int

        func run() throws {
            let db = try store.open(.read)
            let pollutants = try db.pollutants()
            let filings = try db.filingEvents(year: year)
            var table = TextTable(headers: FilingsText.missingHeaders.map { lang($0) })
            var count = 0
            // Only the units that exist in the year are expected to file (issue 21, D-144).
            let successions = try db.successionsInForce()
            for area in try db.areas() where SuccessionMembership.exists(area.code, in: year, successions: successions) {
                let status = ReportStatus(areaCode: area.code, year: year, pollutant: pollutants[area.code] ?? .pm10, report: try db.report(area: area.code, year: year))
                    .withFilings(filings)
                guard status.filedOn(.plan) == nil else { continue }
                count += 1
                let known = status.planEvent == nil && !status.hasSummary ? lang(FilingsText.nothingRecorded) : Labels.filing(status, .plan, lang.lang)
                table.append([area.code, area.name, known])
            }
            Console.out(table.render(), terminator: "")
            Console.out(lang(FilingsText.missingCount(year: year, count: count)))
        }
    }
}

/// One recorded event in a line, for the confirmation of `filings record`.
func describe(_ e: FilingEvent, _ lang: LanguageOption) -> String {
    let p = e.publishedOn.map { lang(FilingsText.published($0)) }
    let f = e.filedOn.map { lang(FilingsText.filed($0)) }
    let what = [p, f].compactMap { $0 }.joined(separator: lang(FilingsText.separator))
    let doc = e.document.map { lang(FilingsText.document($0)) } ?? ""
    return lang(FilingsText.recorded(e, what: what, doc: doc))
}
