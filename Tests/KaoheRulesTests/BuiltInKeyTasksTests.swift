import KaoheCore
import KaoheTestSupport
import Testing
@testable import KaoheRules

/// The table of R-12 exists once, in `RuleSet.defaultKeyTasks` (issue 13 item 4); the built-in rule set's
/// `[key_tasks]` text is written from it.
@Suite struct BuiltInKeyTasksTests {
    /// Golden/builtin-key-tasks.toml is the `[key_tasks]` section as it was written out by hand in
    /// BuiltInRuleSets.swift before it was generated, copied unchanged: the built-in file keeps its bytes, so
    /// its SHA-256 recorded with earlier runs still names the same text.
    @Test func theGeneratedSectionIsTheHandWrittenTextByteForByte() {
        Golden.expect(BuiltInRuleSets.keyTaskTables, equals: "builtin-key-tasks.toml")
    }

    @Test func theBuiltInFileLoadsTheSameIndicatorsItWasWrittenFrom() throws {
        let loaded = try RuleSetLoader.builtInDefault()
        #expect(loaded.keyTasks == RuleSet.defaultKeyTasks)
        // ten indicators adding up to 100, each the sum of its sub-indicators (12+6+10+10+15+8+12+5+6+16).
        #expect(loaded.keyTasks.count == 10)
        #expect(loaded.keyTasks.map(\.points).reduce(0, +) == 100)
        for i in loaded.keyTasks { #expect(i.subIndicators.map(\.points).reduce(0, +) == i.points, "\(i.code)") }
    }
}
