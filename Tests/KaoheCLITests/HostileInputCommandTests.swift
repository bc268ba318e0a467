import Foundation
import KaoheStore
import Testing

/// Hostile text reaches the database only as bound parameters and is shown back as plain text.
@Suite struct HostileInputCommandTests {
    static let hostile = "Tests/KaoheCSVTests/Adversarial/areas-hostile-names.csv"

    @Test func formulaHTMLAndSQLLookingNamesAreStoredAsGivenAndTheTablesStayIntact() throws {
        let cli = try CLIHarness()
        #expect(try cli.run("areas", "import", Self.hostile).status == 0)
        let list = try cli.run("areas", "list", "--lang", "en")
        #expect(
            list.stdout == """
                code    name                                          type      parent
                ------  --------------------------------------------  --------  ------
                510703  =HYPERLINK("http://example.invalid/","点击")  district
                510704  <script>alert(1)</script>                     district
                510722  '); DROP TABLE area;--                        county
                510723  +1+1                                          county
                4 unit(s)

                """)
        let db = try AppDatabase.open(path: cli.db)
        #expect(try db.areas().map(\.name).last == "+1+1")
        #expect(try db.rowCounts()["area"] == 4)
        #expect(try db.integrityCheck() == ["ok"])
    }

    @Test func everyAdversarialFixtureAndSampleFileKeepsTheFuzzPropertiesWhenReplayed() throws {
        let folders = ["Tests/KaoheCSVTests/Adversarial", "Tests/KaoheCLITests/Fixtures", "sample-data", "Tests/Fuzz/corpus"]
        let files = folders.flatMap { folder -> [String] in
            let base = CLIHarness.packageRoot.appendingPathComponent(folder).path
            let names = FileManager.default.enumerator(atPath: base)?.allObjects as? [String] ?? []
            return names.sorted().map { "\(base)/\($0)" }.filter { !$0.hasSuffix(".md") && !isFolder($0) }
        }
        let process = Process()
        process.executableURL = CLIHarness.productsDirectory.appendingPathComponent("kaohe-fuzz")
        process.arguments = files
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(text == "\(files.count) input(s) replayed: every rejection was located\n")
    }

    func isFolder(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }
}
