import Foundation
import KaoheCore
import Testing

@testable import KaoheRules

/// The R-29 threshold: the optional [tracking] table of a rule set.
struct TrackingSettingsTests {
    @Test func builtInDefaultIs15PercentAndMarkedAsADefault() throws {
        let loaded = try RuleSetLoader.builtInDefault()
        #expect(loaded.severeLagFraction == Decimal(string: "0.15")!)
        #expect(loaded.isDefault(.severeLag))
        #expect(BuiltInRuleSets.default.contains("R-29: a default of this tool"))
    }

    @Test func aRuleSetWithoutTrackingTableStillLoadsWith15Percent() throws {
        // A city's rule set written before [tracking] existed (and rule sets stored with old runs) keep loading.
        let old = BuiltInRuleSets.default.replacingOccurrences(of: "[tracking]\n", with: "")
            .replacingOccurrences(of: "severe_lag_percent = 15\n", with: "")
        #expect(!old.contains("severe_lag_percent"))
        let loaded = try RuleSetLoader.load(old, fileName: "old.toml")
        #expect(loaded.severeLagFraction == Decimal(string: "0.15")!)
    }

    @Test func aCityMayChangeTheThresholdExactly() throws {
        let text = RuleSetLoaderTests.edited("severe_lag_percent = 15", "severe_lag_percent = 12.5")
        let loaded = try RuleSetLoader.load(text, fileName: "city.toml")
        #expect(loaded.severeLagFraction == Decimal(string: "0.125")!)
    }

    @Test func outOfRangeOrUnknownKeysAreLocatedErrors() {
        for bad in ["severe_lag_percent = 0", "severe_lag_percent = 100", "severe_lag_percent = -5", "severe_lag_percent = \"15\""] {
            let text = RuleSetLoaderTests.edited("severe_lag_percent = 15", bad)
            let errors = RuleSetLoaderTests.errors(text)
            let line = RuleSetLoaderTests.line(of: bad, in: text)
            #expect(errors.count == 1, "\(bad)")
            #expect(errors.first?.hasPrefix("\(RuleSetLoaderTests.file):\(line):") == true, "\(bad): \(errors)")
        }
        let typo = RuleSetLoaderTests.edited("severe_lag_percent = 15", "severe_lag = 15")
        #expect(RuleSetLoaderTests.errors(typo).first?.contains("unknown key \"severe_lag\"") == true)
    }
}
