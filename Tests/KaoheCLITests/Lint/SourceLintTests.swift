import Foundation
import Testing

/// A lint over Sources/ (issue 13, acceptance): below the executable no module prints or touches the file
/// system, no source file passes 600 lines, no Chinese string literal appears outside a module's catalogue
/// folders (`Messages/` for what kaohe writes, `Vocabulary/` for the words it reads in input files), and no
/// library below the front ends names a CLI flag or command in a literal (the CLI adds those, issue 13 item 1).
enum SourceLint {
    /// Longest source file, in lines.
    static let lineLimit = 600

    /// Targets allowed to print and to use files: the executables (the CLI, the web portal's) and the fuzz driver.
    static let frontEnds: Set<String> = ["kaohe", "kaohe-web", "kaohe-fuzz"]

    /// Printing and file APIs a library module must not call or import, each with a pattern that finds it
    /// in a line of code. `print(` and `debugPrint(` are the free functions only (`Console.out(`,
    /// `renderer.print(` are not); `contentsOf:` only as Foundation's readers (`Data(contentsOf:)`,
    /// `String(contentsOfFile:)`), not `append(contentsOf:)`.
    static let forbidden: [(name: String, pattern: String)] = [
        ("print(", #"(^|[^A-Za-z0-9_.])(print|debugPrint)\("#),
        ("FileManager", #"\bFileManager\b"#),
        ("FileHandle", #"\bFileHandle\b"#),
        ("C file or print call", #"(^|[^A-Za-z0-9_.])(fopen|fdopen|freopen|fwrite|fputs|fprintf|printf|puts|putchar|unlink|mkstemp)\("#),
        ("contentsOf: reader", #"\b(Data|NSData|String|NSString|NSArray|NSDictionary)\s*\(\s*contentsOf(File)?:"#),
        ("contentsOfDirectory", #"\bcontentsOfDirectory\b"#),
        ("write(to:", #"\bwrite\(\s*to(File)?:"#),
        ("import of a logging or file module", #"^\s*import\s+(os|OSLog|Logging|System|SystemPackage)\s*$"#),
    ]

    /// Folders whose files may hold Chinese literals: a module's message catalogue and its input vocabulary.
    static let catalogueFolders: Set<String> = ["Messages", "Vocabulary"]

    /// Library targets that must not word CLI usage (flags, command names): the CLI adds those to their messages.
    static let belowTheCLI: Set<String> = [
        "KaoheCore", "KaoheStore", "KaoheFlows", "KaoheRules", "KaoheCSV", "KaoheXLSX", "KaoheDepartments", "KaoheTracking", "KaoheDocx",
    ]

    /// A CLI flag (`--reason`) or command (`kaohe areas`) in a literal's text.
    static let cliUsage = #"(^|[^A-Za-z0-9_-])--[a-z]|\bkaohe [a-z]"#

    /// The Chinese literals outside the catalogue folders, and CLI usage in libraries, of one source file.
    static func wordingProblems(path: String, text: String) -> [String] {
        let components = path.split(separator: "/").map(String.init)
        let inCatalogue = components.dropLast().contains { catalogueFolders.contains($0) }
        let target = components.first ?? ""
        var out: [String] = []
        for literal in SwiftLiterals.literals(in: text) {
            if !inCatalogue && SwiftLiterals.hasChinese(literal.text) {
                out.append("\(path):\(literal.line): Chinese text outside a catalogue — move it to \(target)/Messages (or Vocabulary): \(literal.text.prefix(40))")
            }
            if belowTheCLI.contains(target) && literal.text.range(of: cliUsage, options: .regularExpression) != nil {
                out.append("\(path):\(literal.line): CLI usage in library target \(target) — word it without flags, the CLI adds them: \(literal.text.prefix(60))")
            }
        }
        return out
    }

    /// The problems of one source file: `path` is relative to Sources/ (its first component is the target).
    static func problems(path: String, text: String) -> [String] {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        // A final newline does not start another line.
        let count = text.hasSuffix("\n") ? lines.count - 1 : lines.count
        var out: [String] = []
        if count > lineLimit { out.append("\(path): \(count) lines, more than \(lineLimit) — split it by responsibility") }
        let target = String(path.split(separator: "/").first ?? "")
        guard !frontEnds.contains(target) else { return out }
        for (index, line) in lines.enumerated() {
            // Comments may name an API (to say where it is used instead).
            if line.trimmingCharacters(in: .whitespaces).hasPrefix("//") { continue }
            for rule in forbidden where line.range(of: rule.pattern, options: .regularExpression) != nil {
                out.append("\(path):\(index + 1): \(rule.name) in library target \(target): \(line.trimmingCharacters(in: .whitespaces))")
            }
        }
        return out
    }

    /// Every Swift file under Sources/, as (path relative to Sources/, text).
    static func sources() throws -> [(path: String, text: String)] {
        let root = CLIHarness.packageRoot.appendingPathComponent("Sources")
        let paths = (FileManager.default.enumerator(atPath: root.path)?.allObjects as? [String] ?? []).filter { $0.hasSuffix(".swift") }.sorted()
        return try paths.map { ($0, try String(contentsOf: root.appendingPathComponent($0), encoding: .utf8)) }
    }
}

@Suite struct SourceLintTests {
    @Test func libraryModulesNeitherPrintNorTouchFilesAndNoFilePasses600Lines() throws {
        let sources = try SourceLint.sources()
        // Every target is there: the lint would pass vacuously on an empty or wrong folder.
        let targets = Set(sources.map { String($0.path.split(separator: "/")[0]) })
        #expect(targets.isSuperset(of: ["KaoheCore", "KaoheCSV", "KaoheRules", "KaoheStore", "KaoheReport", "KaoheTracking", "KaoheDocx", "KaoheXLSX", "kaohe", "kaohe-fuzz", "KaoheFlows", "KaoheWeb", "kaohe-web"]))
        #expect(sources.count > 100)
        let problems = sources.flatMap { SourceLint.problems(path: $0.path, text: $0.text) }
        #expect(problems.isEmpty, "\(problems.joined(separator: "\n"))")
    }

    // The scanner itself, on synthetic files, so the lint above can be seen to fail.

    @Test(arguments: [
        "print(\"x\")", "    debugPrint(value)", "let m = FileManager.default", "let h = FileHandle.standardError",
        "let f = fopen(path, \"r\")", "let d = try Data(contentsOf: url)", "let s = try String(contentsOfFile: p, encoding: .utf8)",
        "let s = try String(contentsOf: url, encoding: .utf8)", "try data.write(to: url)", "try text.write(toFile: p, atomically: true, encoding: .utf8)",
        "import OSLog", "if x { print(y) }", "let names = try fm.contentsOfDirectory(atPath: p)",
    ])
    func aLibraryLineUsingAPrintingOrFileAPIIsReported(_ line: String) {
        let text = "import Foundation\n\nfunc f() {\n\(line)\n}\n"
        #expect(SourceLint.problems(path: "KaoheCore/Thing.swift", text: text).count == 1)
        #expect(SourceLint.problems(path: "KaoheCore/Thing.swift", text: text).first?.hasPrefix("KaoheCore/Thing.swift:4: ") == true)
        // The executable and the fuzz driver may.
        #expect(SourceLint.problems(path: "kaohe/Frontend/Thing.swift", text: text).isEmpty)
        #expect(SourceLint.problems(path: "kaohe-fuzz/main.swift", text: text).isEmpty)
    }

    @Test(arguments: [
        "Console.out(text)", "renderer.print(document)", "buffer.append(contentsOf: bytes)", "/// Reads it with FileManager in the CLI.",
        "// print(\"debug\")", "let printed = blueprint(x)", "import Foundation", "let written = try encoder.encode(x)",
    ])
    func lookalikesAndCommentsAreNotReported(_ line: String) {
        #expect(SourceLint.problems(path: "KaoheReport/Thing.swift", text: "\(line)\n").isEmpty)
    }

    @Test func aFileOfMoreThan600LinesIsReportedWhereverItIs() {
        let lines = { (n: Int) in String(repeating: "let x = 1\n", count: n) }
        #expect(SourceLint.problems(path: "KaoheCore/Long.swift", text: lines(600)).isEmpty)
        #expect(SourceLint.problems(path: "KaoheCore/Long.swift", text: lines(601)) == ["KaoheCore/Long.swift: 601 lines, more than 600 — split it by responsibility"])
        #expect(SourceLint.problems(path: "kaohe/Commands/Long.swift", text: lines(601)).count == 1)
    }
}

/// Literals the lint accepts by name, each with why: text of a shipped migration, which is append-only history
/// (a migration once shipped is never edited, D-134's note) and is not shown to users — a trigger's RAISE message
/// reaches the CLI only as `StoreFailure.refused`, worded by the CLI's catalogue. Each entry is one exact literal in
/// one file, and the test fails if it is no longer there, so the list cannot outlive its reason.
enum LintExemptions {
    static let literals: [(file: String, text: String)] = [
        ("KaoheStore/TargetsHistoryMigration.swift", "targets are never deleted; withdraw one with kaohe targets withdraw"),
    ]
}

@Suite struct CatalogueLintTests {
    @Test func chineseLiteralsLiveInCataloguesAndLibrariesNameNoCLIFlags() throws {
        let sources = try SourceLint.sources()
        #expect(sources.count > 100)
        var problems: [String] = []
        var exemptionsSeen = Set<Int>()
        for source in sources {
            // An exempt literal's text is taken out of its file before the lint reads it, and must be there.
            var text = source.text
            for (k, e) in LintExemptions.literals.enumerated() where e.file == source.path && text.contains(e.text) {
                text = text.replacingOccurrences(of: e.text, with: "")
                exemptionsSeen.insert(k)
            }
            problems += SourceLint.wordingProblems(path: source.path, text: text)
        }
        let clean = problems.isEmpty
        #expect(clean, "\(problems.joined(separator: "\n"))")
        let stale = LintExemptions.literals.indices.filter { !exemptionsSeen.contains($0) }.map { LintExemptions.literals[$0].file }
        #expect(stale.isEmpty, "exempted literal no longer found — remove it from LintExemptions: \(stale)")
    }

    @Test func theLexerFindsLiteralsAndSkipsComments() {
        let text = #"""
        // "注释" in a comment
        let a = "中文"  /* "块注释" /* nested "嵌套" */ */
        let b = "x \(flag ? "是" : "no") y"
        let c = #"raw "引号" \(not) end"#
        let d = """
            多行
            """
        let e = "escaped \" quote"
        """#
        let literals = SwiftLiterals.literals(in: text)
        #expect(literals.map(\.text) == ["中文", "是", "no", "x  y", #"raw "引号" \(not) end"#, "\n    多行\n    ", #"escaped " quote"#])
        #expect(literals.map(\.line) == [2, 3, 3, 3, 4, 5, 8])
    }

    @Test func aChineseLiteralOutsideACatalogueIsReportedAndInsideOneIsNot() {
        let code = "let s = Bilingual(\"单元格为空\", \"the cell is empty\")\n"
        #expect(SourceLint.wordingProblems(path: "KaoheCSV/Cells.swift", text: code).count == 1)
        #expect(SourceLint.wordingProblems(path: "KaoheCSV/Messages/CellIssue.swift", text: code).isEmpty)
        #expect(SourceLint.wordingProblems(path: "KaoheCSV/Vocabulary/Headers.swift", text: code).isEmpty)
        #expect(SourceLint.wordingProblems(path: "kaohe/Commands/X.swift", text: code).count == 1)
        #expect(SourceLint.wordingProblems(path: "KaoheCSV/Cells.swift", text: "/// 中文 doc comment\n// 注释\n").isEmpty)
    }

    @Test func aLibraryLiteralNamingAFlagOrCommandIsReported() {
        for code in [#"let s = "give --reason""#, #"let s = "see kaohe freeze list""#] {
            #expect(SourceLint.wordingProblems(path: "KaoheStore/Runs.swift", text: code).count == 1, "\(code)")
            #expect(SourceLint.wordingProblems(path: "kaohe/Commands/Runs.swift", text: code).isEmpty)
        }
        #expect(SourceLint.wordingProblems(path: "KaoheStore/Runs.swift", text: #"let s = "a — b, x-y, 2015--2016""#).isEmpty)
    }
}

/// The string initialisers of `Diagnostic` and `FieldProblem` stay for the catalogued initialisers and for tests, but
/// no other source file calls them (D-135): a problem built from words rather than a catalogue case could carry
/// English alone, which the Chinese-literal lint cannot see.
@Suite struct UncataloguedProblemLintTests {
    /// The only files that may pass words (`reasonZh:`, or a literal `reason: "…"`) to those initialisers: the types
    /// themselves.
    static let allowed: Set<String> = ["KaoheCore/Diagnostic.swift", "KaoheCSV/FieldParsing.swift"]

    static func uses(path: String, text: String) -> [String] {
        guard !allowed.contains(path) else { return [] }
        return text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().compactMap { n, line in
            let code = line.trimmingCharacters(in: .whitespaces)
            guard !code.hasPrefix("//"), code.contains("reasonZh:") || code.range(of: #"\breason:\s*""#, options: .regularExpression) != nil
            else { return nil }
            return "\(path):\(n + 1): a problem from words, not a catalogue case — make it an Explained case: \(code)"
        }
    }

    @Test func noSourceBuildsAProblemFromWordsOutsideItsType() throws {
        let sources = try SourceLint.sources()
        #expect(sources.count > 100)
        let found = sources.flatMap { Self.uses(path: $0.path, text: $0.text) }
        #expect(found.isEmpty, "\(found.joined(separator: "\n"))")
    }

    @Test func aCallWithWordsIsFoundAndTheTypesThemselvesAreNot() {
        let call = #"problems.append(Diagnostic(file: f, reason: "bad", fix: "fix it", reasonZh: "错", fixZh: "改"))"#
        #expect(Self.uses(path: "KaoheStore/Thing.swift", text: "\n" + call + "\n").count == 1)
        #expect(Self.uses(path: "KaoheStore/Thing.swift", text: "/// " + call).isEmpty)
        #expect(Self.uses(path: "KaoheCore/Diagnostic.swift", text: call).isEmpty)
        // English alone is found too.
        #expect(Self.uses(path: "KaoheStore/Thing.swift", text: #"throw DiagnosticsError([Diagnostic(file: f, reason: "bad")])"#).count == 1)
        #expect(Self.uses(path: "KaoheStore/Thing.swift", text: "FreezeLift(on: day, document: nil, reason: reason, byRunID: 2)").isEmpty)
    }
}
