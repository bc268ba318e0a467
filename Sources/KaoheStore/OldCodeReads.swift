import Foundation
import KaoheCore

extension AppDatabase {
    /// The old-code check of a targets, station-mapping or monitoring import (issue 21, D-145): the successions in
    /// force with the units' names, under the rule set's `old_codes` choice; nil when no succession is in force.
    public func oldCodeImports(policy: OldCodePolicy) throws -> OldCodeImports? {
        let successions = try successionsInForce()
        guard !successions.isEmpty else { return nil }
        let names = Dictionary(try areas().map { ($0.code, $0.name) }, uniquingKeysWith: { a, _ in a })
        return OldCodeImports(successions: successions, names: names, policy: policy)
    }
}
