import ArgumentParser
import Foundation
import KaoheCSV
import KaoheCore

extension NationalCommand {
    /// `kaohe national bench-parse FILES-OR-FOLDERS`: the parse-only baseline of scripts/bench-national. Hidden.
    ///
    /// Reads each file and splits it into records with the parser and decoder the national import uses, one
    /// file at a time, and nothing else: the floor under the import's time.
    struct BenchParse: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "bench-parse",
            abstract: helpText(NationalText.benchAbstract), shouldDisplay: false)
        @OptionGroup var lang: LanguageOption
        @Argument(help: optionHelp(NationalText.benchPathsHelp)) var paths: [String]

        func run() throws {
            let files = try inputPaths(paths, lang)
            var records = 0, fields = 0, bytes = 0
            let start = Date()
            for path in files {
                let file = try InputFile(path: path)
                bytes += file.data.count
                let parsed = try parseOrReject([file.name]) { try CSVStreamParser.records(in: file.data, fileName: file.name) }
                records += parsed.count
                fields += parsed.reduce(0) { $0 + $1.fields.count }
            }
            let seconds = Date().timeIntervalSince(start)
            Console.out("files \(files.count) records \(records) fields \(fields) bytes \(bytes) seconds \(String(format: "%.3f", seconds))")
        }
    }
}
