import Foundation
import ArgumentParser
import KaoheCore
import KaoheCSV
import KaoheReport
import KaoheStore

extension AreasCommand {
    /// `kaohe areas succeed OLD NEW --on DATE --doc 文号 [--kind …]`, `--file F` or `--withdraw ID`: records that
    /// NEW carries on OLD, a file of such records, or the withdrawal of a wrong one (issue 21).
    struct Succeed: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: helpText(AreasSucceedHelp.abstract),
            discussion: helpText(AreasSucceedHelp.discussion))
        @OptionGroup var store: StoreOptions
        @OptionGroup var lang: LanguageOption
        @OptionGroup var sheet: SheetOption
        @Argument(help: optionHelp(AreasSucceedHelp.old)) var old: String?
        @Argument(help: optionHelp(AreasSucceedHelp.new)) var new: String?
        @Option(help: optionHelp(AreasSucceedHelp.on)) var on: String?
        @Option(help: optionHelp(AreasSucceedHelp.doc)) var doc: String?
        @Option(help: optionHelp(AreasSucceedHelp.kind))
        var kind: String = SuccessionKind.recode.rawValue
        @Option(help: optionHelp(AreasSucceedHelp.weight))
        var weight: String?
        @Option(help: optionHelp(AreasSucceedHelp.base))
        var base: String?
        @Option(help: optionHelp(AreasSucceedHelp.previous))
        var previous: String?
        @Option(help: optionHelp(AreasSucceedHelp.file)) var file: String?
        @Option(help: optionHelp(AreasSucceedHelp.withdraw)) var withdraw: Int64?
        @Option(help: optionHelp(AreasSucceedHelp.reason)) var reason: String?
        @Flag(help: optionHelp(AreasSucceedHelp.correction)) var correction = false
        @Option(help: optionHelp(AreasSucceedHelp.by)) var by: String?

        mutating func validate() throws {
            by = try by.map { try FreeText.oneLine($0, option: "--by", limit: FreeText.nameLimit) }
            if correction && withdraw == nil { throw usageError(AreasSucceedUsage.correctionWithoutWithdraw) }
            if withdraw != nil {
                guard old == nil, new == nil, file == nil, on == nil else {
                    throw usageError(AreasSucceedUsage.withdrawTakesOnlyDocAndReason)
                }
                doc = try FreeText.required(doc ?? "", option: "--doc", limit: FreeText.documentLimit, markup: false, ifEmpty: usageError(AreasSucceedUsage.withdrawalDocMissing))
                reason = try FreeText.required(reason ?? "", option: "--reason", limit: FreeText.noteLimit, markup: false, ifEmpty: usageError(AreasSucceedUsage.withdrawalReasonMissing))
                return
            }
            if file != nil {
                guard old == nil, new == nil, on == nil, doc == nil, weight == nil, base == nil, previous == nil else {
                    throw usageError(AreasSucceedUsage.fileWithRowValues)
                }
                return
            }
            old = try FreeText.required(old ?? "", option: "OLD", limit: FreeText.nameLimit, markup: false, ifEmpty: usageError(AreasSucceedUsage.oldMissing))
            new = try FreeText.required(new ?? "", option: "NEW", limit: FreeText.nameLimit, markup: false, ifEmpty: usageError(AreasSucceedUsage.newMissing))
            guard on != nil else { throw usageError(AreasSucceedUsage.onMissing) }
            doc = try FreeText.required(doc ?? "", option: "--doc", limit: FreeText.documentLimit, markup: false, ifEmpty: usageError(AreasSucceedUsage.docMissing))
            guard let k = SuccessionKind(rawValue: kind) else {
                throw usageError(AreasSucceedUsage.unknownKind(kind: kind))
            }
            if weight != nil && k != .merge { throw usageError(AreasSucceedUsage.weightWithoutMerge) }
            if (base != nil || previous != nil) && k != .split {
                throw usageError(AreasSucceedUsage.baseOrPreviousWithoutSplit)
            }
            for (name, value) in [("--weight", weight), ("--base", base), ("--previous", previous)] {
                if let value, Self.positive(value) == nil {
                    throw usageError(AreasSucceedUsage.notPositive(option: name, value: value))
                }
            }
        }

        static func positive(_ text: String) -> Decimal? {
            guard let d = Decimal(string: text, locale: Locale(identifier: "en_US_POSIX")), d > 0,
                  text.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ".") }) else { return nil }
            return d
        }

        func run() throws {
            if let withdraw { return try withdrawOne(withdraw) }
            if let file { return try importFile(file) }
            let day = try parseDayOption(on!, option: "--on")
            let s = Succession(
                predecessor: old!, successor: new!, effective: day, document: doc!, kind: SuccessionKind(rawValue: kind)!,
                weight: weight.flatMap(Self.positive), ownBase: base.flatMap(Self.positive), ownPrevious: previous.flatMap(Self.positive))
            let db = try store.open(.write)
            let entry = try db.recordSuccession(s, today: today(), by: recorder(by))
            let names = Dictionary(try db.areas().map { ($0.code, $0.name) }, uniquingKeysWith: { a, _ in a })
            Console.out(recorded(entry, names))
            try warnAboutStoredMapping(db, [entry.succession], names)
        }

        /// Warns, after the successions are recorded, about the stored station-to-unit mapping's rows that map a
        /// station to a replaced code for days from the succession on (issue 21, D-155): `stations map` checks a
        /// mapping imported after a succession (D-145), but not one stored before it. Nothing is refused — the
        /// mapping is stored data — the warning says what becomes of the national data and how to change it.
        func warnAboutStoredMapping(_ db: AppDatabase, _ successions: [Succession], _ names: [String: String]) throws {
            guard let book = try db.stationBook(), !book.mapping.isEmpty else { return }
            let check = OldCodeImports(successions: successions, names: names, policy: .warn)
            let warnings = check.mappingDiagnostics(file: book.mappingFile, rows: book.mapping)
            guard !warnings.isEmpty else { return }
            report(warnings, lang)
            printError(lang(AreasSucceedText.storedMappingReachesPast(file: book.mappingFile)))
        }

        func recorded(_ entry: SuccessionEntry, _ names: [String: String]) -> String {
            let s = entry.succession, day = s.effective
            return lang(AreasSucceedText.recorded(
                id: entry.id, old: Self.label(s.predecessor, names), new: Self.label(s.successor, names), kind: s.kind, effective: day,
                document: s.document, predecessor: s.predecessor, successor: s.successor))
        }

        /// Imports a successions file: every row parsed and checked, then all recorded in one transaction or none.
        func importFile(_ path: String) throws {
            let input = try InputFile.single(path, sheet: sheet.sheet, kind: .successions, lang)
            let db = try store.open(.write)
            let units = Set(try db.areas().map(\.code))
            let parsed = try parseOrReject([input.name]) { try SuccessionsFile.parse(input.data, file: input.name, units: units) }
            report(parsed.warnings, lang)
            let entries = try parseOrReject([input.name]) { () throws -> [SuccessionEntry] in
                do {
                    return try db.recordSuccessions(parsed.rows.map(\.succession), today: today(), by: recorder(by))
                } catch let refusal as SuccessionRefusal {
                    // The store's shape check, located on the row it refused.
                    throw DiagnosticsError([Diagnostic(
                        file: input.name, line: parsed.rows[refusal.index].line,
                        problem: SuccessionRowProblem.refused(refusal: Bilingual(refusal.problem.message(chinese: true, naming: UsageHints.named), refusal.problem.message(chinese: false, naming: UsageHints.named))))])
                }
            }
            let names = Dictionary(try db.areas().map { ($0.code, $0.name) }, uniquingKeysWith: { a, _ in a })
            for e in entries { Console.out(recorded(e, names)) }
            Console.out(lang(AreasSucceedText.fileRecorded(file: input.name, count: entries.count)))
            try warnAboutStoredMapping(db, entries.map(\.succession), names)
        }

        func withdrawOne(_ id: Int64) throws {
            let db = try store.open(.write)
            let entry = try db.withdrawSuccession(id: id, document: doc!, reason: reason!, correction: correction, today: today(), by: recorder(by))
            let names = Dictionary(try db.areas().map { ($0.code, $0.name) }, uniquingKeysWith: { a, _ in a })
            let s = entry.succession
            Console.out(lang(AreasSucceedText.withdrew(
                id: id, old: Self.label(s.predecessor, names), new: Self.label(s.successor, names), succession: s, document: doc!, reason: reason!)))
            // A correction (D-143): the day it stops, and each published year that now awaits its correcting revision.
            if let c = entry.withdrawal?.correction {
                Console.out(lang(AreasSucceedText.correctionRecorded(from: c.notInForceFrom)))
                for p in c.relied where p.awaitingCorrection {
                    let r = p.revision
                    Console.out(lang(AreasSucceedText.awaiting(
                        year: r.year, kind: r.kind, revision: r.revision, document: r.document, publishedOn: r.publishedOn, withdrawal: doc!)))
                }
            }
        }

        static func label(_ code: String, _ names: [String: String]) -> String {
            names[code].map { "\($0)（\(code)）" } ?? code
        }
    }

    /// `kaohe areas successions`: lists the recorded successions, oldest first, withdrawn ones marked.
    struct Successions: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: helpText(AreasSucceedHelp.successionsAbstract))
        @OptionGroup var store: StoreOptions
        @OptionGroup var lang: LanguageOption

        func run() throws {
            let db = try store.open(.read)
            let entries = try db.successions()
            let names = Dictionary(try db.areas().map { ($0.code, $0.name) }, uniquingKeysWith: { a, _ in a })
            var table = TextTable(headers: AreasSucceedText.headers.map { lang($0) })
            for e in entries {
                let s = e.succession
                let status = e.withdrawal.map { withdrawalStatus($0) } ?? lang(AreasSucceedText.inForce)
                table.append(["\(e.id)", Succeed.label(s.predecessor, names), Succeed.label(s.successor, names),
                              lang(Bilingual(s.kind.chinese, s.kind.rawValue)), s.effective.description, s.document, e.recordedBy, status, figures(s)])
            }
            Console.out(table.render(), terminator: "")
            Console.out(lang(AreasSucceedText.count(entries.count)))
        }

        /// A withdrawal's status: its document, and for a correction each relied year awaiting or corrected (D-143).
        func withdrawalStatus(_ w: SuccessionWithdrawal) -> String {
            guard let c = w.correction else { return lang(AreasSucceedText.withdrawn(document: w.document)) }
            let years = c.relied.map { p in
                p.correctedBy.map { AreasSucceedText.yearCorrected(p.revision.year, kind: p.revision.kind, by: $0.document, revision: $0.revision) }
                    ?? AreasSucceedText.yearAwaiting(p.revision.year, kind: p.revision.kind, withdrawal: w.document)
            }
            return lang(AreasSucceedText.withdrawnAsCorrection(document: w.document, from: c.notInForceFrom, years: years))
        }

        /// A merge's weight and a split's own base and previous year, as recorded (D-104, D-105); "—" when none.
        func figures(_ s: Succession) -> String {
            let n = { (d: Decimal) in GBRounding.display(d, maxPlaces: 4) }
            var parts: [String] = []
            if let w = s.weight { parts.append(lang(AreasSucceedText.weight(n(w)))) }
            if let b = s.ownBase { parts.append(lang(AreasSucceedText.base(n(b)))) }
            if let p = s.ownPrevious { parts.append(lang(AreasSucceedText.previous(n(p)))) }
            return parts.isEmpty ? "—" : parts.joined(separator: lang(AreasSucceedText.figureSeparator))
        }
    }
}
