import ArgumentParser
import Foundation
import KaoheCore
import KaoheStore
import KaoheXLSX

/// `kaohe templates -o DIR [--year Y] [--area CODE]…`: the input templates as .xlsx workbooks, blank or with
/// each unit's report prefilled (issue 16, D-67, D-81).
struct TemplatesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "templates",
        abstract: helpText(TemplatesText.abstract), discussion: helpText(TemplatesText.discussion))
    @OptionGroup var store: StoreOptions
    @OptionGroup var lang: LanguageOption
    @OptionGroup var rules: RulesOptions
    @Option(name: [.customShort("o"), .long], help: optionHelp(TemplatesText.outputHelp)) var output: String
    @Option(help: optionHelp(TemplatesText.yearHelp)) var year: Int?
    @Option(help: optionHelp(TemplatesText.areaHelp)) var area: [String] = []

    mutating func validate() throws {
        if !area.isEmpty && year == nil {
            throw usageError(TemplatesProblem.areaNeedsYear)
        }
    }

    func run() throws {
        let ruleSet = try rules.load(lang)
        if let year, !ruleSet.assessedYears.contains(year) {
            throw CLIError(TemplatesProblem.yearNotAssessed(year: year, first: ruleSet.assessedYears.lowerBound, last: ruleSet.assessedYears.upperBound))
        }
        // The units come from the database when there is one; blank templates need none.
        let stored: [Area] = FileManager.default.fileExists(atPath: store.path) ? try store.open(.read).areas() : []
        let context = Templates.Context(keyTasks: ruleSet.keyTasks, areas: stored)
        var books = Templates.blank(context)
        if let year {
            guard !stored.isEmpty else {
                throw CLIError(TemplatesProblem.noUnits)
            }
            // By default, a template for each unit that exists in the year (issue 21, D-144); units named with
            // --area are written as asked.
            let successions = try store.open(.read).successionsInForce()
            var units = stored.filter { SuccessionMembership.exists($0.code, in: year, successions: successions) }
            if !area.isEmpty {
                units = try area.map { code in
                    guard let found = stored.first(where: { $0.code == code }) else { throw AppDatabase.unknownUnit(code) }
                    return found
                }
            }
            books += units.map { Templates.report(for: $0, year: year, context) }
        }
        try makeFolder()
        for book in books {
            let bytes = try XLSXWriter.data(book.sheets)
            let path = (output as NSString).appendingPathComponent(book.file)
            try writeOutput(bytes: Array(bytes), to: path, database: store.path)
            Console.out(lang(TemplatesText.wrote(path)))
        }
    }

    /// The output folder, created when missing; a file of that name is refused.
    func makeFolder() throws {
        var isDir: ObjCBool = false
        if FileManager.default.fileExists(atPath: output, isDirectory: &isDir) {
            guard isDir.boolValue else { throw CLIError(TemplatesProblem.notAFolder(path: output)) }
        } else {
            do {
                try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)
            } catch {
                throw CLIError(TemplatesProblem.cannotCreateFolder(path: output))
            }
        }
    }
}
