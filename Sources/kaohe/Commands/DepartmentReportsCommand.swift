import Foundation
import ArgumentParser
import KaoheCSV
import KaoheCore
import KaoheDepartments
import KaoheReport
import KaoheStore

extension DepartmentsCommand {
    /// `kaohe departments reports …`: the departments' self-reports and the bureau's verified scores.
    struct ReportsCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "reports", abstract: helpText(DepartmentReportsHelp.abstract),
            subcommands: [Import.self, List.self])

        struct Import: ParsableCommand {
            static let configuration = CommandConfiguration(
                abstract: helpText(DepartmentReportsHelp.importAbstract))
            @OptionGroup var store: StoreOptions
            @OptionGroup var lang: LanguageOption
            @OptionGroup var sheet: SheetOption
            @Argument(help: optionHelp(DepartmentReportsHelp.file)) var file: String

            func run() throws {
                let input = try InputFile.single(file, sheet: sheet.sheet, kind: .departmentReport, lang)
                let db = try store.open(.write)
                let known = Set(try db.departments().map(\.code))
                let lists = try db.departmentTaskLists()
                let parsed = try parseOrReject([input.name]) {
                    try DepartmentReportFile.parse(input.data, file: input.name, departments: known, taskLists: lists, today: today())
                }
                report(parsed.warnings, lang)
                let outcome = try db.importDepartmentReports(parsed.rows, file: input.importFile)
                for v in outcome.newVersions {
                    let verified = v.hasVerifiedScores ? lang(DepartmentReportsText.withVerified) : ""
                    Console.out(lang(DepartmentReportsText.stored(department: v.departmentCode, year: v.year, version: v.version, verified: verified)))
                }
                Console.out(lang(DepartmentReportsText.imported(
                    file: input.name, reports: parsed.rows.count, newVersions: outcome.newVersions.count, unchanged: outcome.unchanged)))
            }
        }

        struct List: ParsableCommand {
            static let configuration = CommandConfiguration(abstract: helpText(DepartmentReportsHelp.listAbstract))
            @OptionGroup var store: StoreOptions
            @OptionGroup var lang: LanguageOption
            @Option(help: optionHelp(DepartmentReportsHelp.year)) var year: Int

            func run() throws {
                let db = try store.open(.read)
                var table = TextTable(headers: DepartmentReportsText.headers.map { lang($0) })
                for d in try db.departments() {
                    guard let r = try db.departmentReport(department: d.code, year: year) else {
                        table.append([d.code, d.name, lang(DepartmentReportsText.missing), "", "", ""])
                        continue
                    }
                    let first = r.firstSubmittedOn ?? r.submittedOn
                    let late = first > DepartmentReport.deadline(year: year)
                    table.append([
                        d.code, d.name, late ? lang(DepartmentReportsText.late) : lang(DepartmentReportsText.onTime), first.description, "\(r.version)",
                        r.tasks.contains { $0.verifiedScore != nil } ? lang(DepartmentReportsText.yes) : lang(DepartmentReportsText.no),
                    ])
                }
                Console.out(table.render(), terminator: "")
            }
        }
    }
}
