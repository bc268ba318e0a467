import Foundation
import KaoheCore
import KaoheStore
import Testing

/// Issue 12 item 18: unit codes compare case-insensitively, name something, and hold no invisible character.
@Suite struct UnitCodeCommandTests {
    @Test func item18_unitCodesIgnoreCaseNeedALetterOrDigitAndRefuseInvisibleCharacters() throws {
        let cli = try CLIHarness()
        #expect(try cli.run("areas", "import", "sample-data/areas.csv").status == 0)  // holds MY-GXQ 高新区
        let before = try cli.dumpTables()
        let file = try cli.write("areas.csv", """
            区域代码,区域名称,区域类型
            my-gxq,高新区,园区
            -,横线,园区
            ---,三横线,园区
            510799,涪\u{200B}城新区,区
            \u{FEFF}510798,新区,区
            AB-1,甲,园区
            ab-1,乙,园区

            """)
        let result = try cli.run("areas", "import", file, "--lang", "en")
        #expect(result.status == 1)
        #expect(result.stderr.contains("\(file):2:1 (区域代码): unit my-gxq differs only by case from the stored unit MY-GXQ; codes ignore case — write the code as MY-GXQ"))
        #expect(result.stderr.contains("\(file):3:1 (区域代码): \"-\" is not a unit code"))
        #expect(result.stderr.contains("\(file):4:1 (区域代码): \"---\" is not a unit code"))
        #expect(result.stderr.contains("\(file):5:2 (区域名称): “涪城新区” contains invisible character(s): U+200B ZERO WIDTH SPACE at character 2"))
        #expect(result.stderr.contains("\(file):6:1 (区域代码): “510798” contains invisible character(s): U+FEFF ZERO WIDTH NO-BREAK SPACE at character 1"))
        #expect(result.stderr.contains("\(file):8:1 (区域代码): unit ab-1 differs only by case from AB-1 on line 7; codes ignore case"))
        #expect(!result.stderr.contains("\(file):7:"))
        #expect(try cli.dumpTables() == before)

        // Other files name the stored spelling.
        let targets = try cli.write("targets.csv", "区域代码,考核年度,基准年,基准浓度,目标类型,目标值\nmy-gxq,2015,2013,102,下降比例,4%\n")
        let refused = try cli.run("targets", "import", targets, "--lang", "en")
        #expect(refused.stderr.contains("\(targets):2:1 (区域代码): unit my-gxq is not known; the unit MY-GXQ differs only by case — write the code as MY-GXQ"))
    }

    @Test func item18_theStoreRefusesACodeDifferingOnlyByCase() throws {
        let db = try AppDatabase.inMemory()
        let file = ImportFile(name: "a.csv", sha256: String(repeating: "ab", count: 32))
        _ = try db.importAreas([Area(code: "MY-GXQ", name: "高新区", type: .park)], file: file)
        #expect(throws: DiagnosticsError.self) { try db.importAreas([Area(code: "my-gxq", name: "高新区", type: .park)], file: file) }
        #expect(try db.areas().map(\.code) == ["MY-GXQ"])
    }
}
