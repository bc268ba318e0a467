import Testing

/// The recode the succession tests record (issue 21): 安县 510724 → 安州区 510705 on 2016-01-01 (the sample's change,
/// first year 2016, D-61; the document number is illustrative), 安州区 imported when the change is recorded, as the
/// bureau would (it did not exist before).
enum SampleRecode {
    /// `cli`'s store, which holds the sample's areas, with the recode recorded; each command is expected to succeed.
    @discardableResult
    static func recorded(on cli: CLIHarness) throws -> CLIHarness {
        #expect(try cli.run("areas", "import", "Tests/KaoheCLITests/Fixtures/areas-anzhou.csv").status == 0)
        #expect(try cli.run("areas", "succeed", "510724", "510705", "--on", "2016-01-01", "--doc", "绵府发〔2016〕1号").status == 0)
        return cli
    }
}
