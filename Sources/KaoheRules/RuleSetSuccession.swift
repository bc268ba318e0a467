import KaoheCore

extension Reader {
    /// The optional `[succession]` table (issue 21): a rule set without it uses the plain mean for merges and
    /// accepts old codes with a warning, both defaults of this tool.
    mutating func readSuccession() -> SuccessionSettings {
        var settings = SuccessionSettings()
        guard table(["succession"]) != nil else { return settings }
        checkKeys(["succession"], allowed: ["merge_weighting", "old_codes"])
        if table(["succession"])?["merge_weighting"] != nil, let w = string(["succession", "merge_weighting"]) {
            if let m = MergeWeighting(rawValue: w) {
                settings.mergeWeighting = m
            } else {
                problem(["succession", "merge_weighting"], .unknownMergeWeighting(value: w))
            }
        }
        if table(["succession"])?["old_codes"] != nil, let o = string(["succession", "old_codes"]) {
            if let p = OldCodePolicy(rawValue: o) {
                settings.oldCodes = p
            } else {
                problem(["succession", "old_codes"], .unknownOldCodes(value: o))
            }
        }
        return settings
    }
}
