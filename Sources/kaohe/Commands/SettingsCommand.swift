import ArgumentParser
import Foundation
import KaoheCore
import KaoheReport
import KaoheRules
import KaoheStore

/// `kaohe settings`: the issuer, addressees, copies and work requirements of the results notice (R-22b).
struct SettingsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "settings",
        abstract: helpText(SettingsText.abstract), discussion: helpText(SettingsText.discussion),
        subcommands: [Show.self, Set.self, Import.self, History.self], defaultSubcommand: Show.self)

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: helpText(SettingsText.showAbstract))
        @OptionGroup var store: StoreOptions
        @OptionGroup var lang: LanguageOption

        func run() throws {
            let db = try store.open(.read)
            Console.out(DocumentSettingsText.show(try db.documentSettings(), lang: lang.lang), terminator: "")
        }
    }

    struct Set: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: helpText(SettingsText.setAbstract), discussion: helpText(SettingsText.setDiscussion))
        @OptionGroup var store: StoreOptions
        @OptionGroup var lang: LanguageOption
        @Option(help: optionHelp(SettingsText.cityHelp)) var city: String?
        @Option(help: optionHelp(SettingsText.issuerHelp)) var issuer: String?
        @Option(name: .customLong("doc-pattern"), help: optionHelp(SettingsText.docPatternHelp))
        var docPattern: String?
        @Option(help: optionHelp(SettingsText.toHelp)) var to: String?
        @Option(help: optionHelp(SettingsText.ccHelp)) var cc: String?
        @Option(name: .customLong("printed-by"), help: optionHelp(SettingsText.printedByHelp)) var printedBy: String?
        @Option(help: optionHelp(SettingsText.signatureHelp)) var signature: String?
        @Option(help: optionHelp(SettingsText.requirementsHelp)) var requirements: String?
        @Option(name: .customLong("reset"), help: optionHelp(SettingsText.resetHelp))
        var reset: [String] = []
        @Option(help: optionHelp(SettingsText.byHelp)) var by: String?

        mutating func validate() throws {
            // One printable line each (issue 12 item 20's rule); the requirements may hold paragraphs.
            city = try city.map { try FreeText.oneLine($0, option: "--city", limit: FreeText.nameLimit) }
            issuer = try issuer.map { try FreeText.oneLine($0, option: "--issuer", limit: FreeText.nameLimit) }
            docPattern = try docPattern.map { try FreeText.oneLine($0, option: "--doc-pattern", limit: FreeText.documentLimit, markup: false) }
            to = try to.map { try FreeText.oneLine($0, option: "--to", limit: FreeText.noteLimit) }
            cc = try cc.map { try FreeText.oneLine($0, option: "--cc", limit: FreeText.noteLimit) }
            printedBy = try printedBy.map { try FreeText.oneLine($0, option: "--printed-by", limit: FreeText.nameLimit) }
            signature = try signature.map { try FreeText.oneLine($0, option: "--signature", limit: FreeText.nameLimit) }
            by = try by.map { try FreeText.oneLine($0, option: "--by", limit: FreeText.nameLimit) }
        }

        func run() throws {
            typealias F = DocumentSettings.Field
            var changes: [(F, String?)] = []
            let given: [(F, String?)] = [
                (.city, city), (.issuer, issuer), (.documentNumberPattern, docPattern), (.mainRecipients, to), (.copiesTo, cc),
                (.printedBy, printedBy), (.signature, signature), (.workRequirements, requirements),
            ]
            for (field, value) in given {
                guard let value else { continue }
                let clean = value.replacingOccurrences(of: "\\n", with: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
                if clean.isEmpty {
                    throw CLIError(SettingsProblem.emptyValue(field: field.rawValue))
                }
                if field == .documentNumberPattern && !clean.contains(SettingsVocabulary.numberPlaceholder) {
                    throw CLIError(SettingsProblem.missingNumberPlaceholder(pattern: clean))
                }
                changes.append((field, clean))
            }
            for name in reset {
                guard let field = F(rawValue: name) else {
                    let names = F.allCases.map(\.rawValue).joined(separator: ", ")
                    throw CLIError(SettingsProblem.unknownField(name: name, choices: names))
                }
                if changes.contains(where: { $0.0 == field }) {
                    throw CLIError(SettingsProblem.setAndReset(field: name))
                }
                changes.append((field, nil))
            }
            if changes.isEmpty {
                throw CLIError(SettingsProblem.nothingToSet)
            }
            let db = try store.open(.write)
            try db.setDocumentSettings(changes, by: recorder(by))
            Console.out(lang(SettingsText.recorded(count: changes.count)))
        }
    }

    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: helpText(SettingsText.importAbstract), discussion: SettingsText.importDiscussion)
        @OptionGroup var store: StoreOptions
        @OptionGroup var lang: LanguageOption
        @Argument(help: optionHelp(SettingsText.fileHelp)) var file: String
        @Option(help: optionHelp(SettingsText.byHelp)) var by: String?

        func run() throws {
            guard let data = FileManager.default.contents(atPath: file) else {
                throw CLIError(SettingsProblem.noSuchFile(path: file))
            }
            guard let text = String(data: data, encoding: .utf8) else {
                throw CLIError(SettingsProblem.notUTF8(path: file))
            }
            let changes = try parseOrReject([file]) { try DocumentSettingsFile.parse(text, fileName: file) }
            let db = try store.open(.write)
            try db.setDocumentSettings(changes, by: recorder(by))
            Console.out(lang(SettingsText.imported(count: changes.count, file: file)))
        }
    }

    struct History: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: helpText(SettingsText.historyAbstract))
        @OptionGroup var store: StoreOptions
        @OptionGroup var lang: LanguageOption

        func run() throws {
            let db = try store.open(.read)
            Console.out(DocumentSettingsText.history(try db.documentSettingsHistory(), lang: lang.lang), terminator: "")
        }
    }
}
