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
                problem(["succession", "merge_weighting"], "merge_weighting = \"\(w)\" is not known",
                        "write \"plain\" (the plain mean of the predecessors) or \"recorded\" (weighted by the weight recorded with each predecessor)",
                        reasonZh: "merge_weighting = \"\(w)\" 无法识别",
                        fixZh: "请写 \"plain\"（各被承继单位的简单平均）或 \"recorded\"（按各被承继单位记录的权重加权）")
            }
        }
        if table(["succession"])?["old_codes"] != nil, let o = string(["succession", "old_codes"]) {
            if let p = OldCodePolicy(rawValue: o) {
                settings.oldCodes = p
            } else {
                problem(["succession", "old_codes"], "old_codes = \"\(o)\" is not known",
                        "write \"warn\" (accept the row with a warning naming the successor) or \"refuse\" (refuse the import)",
                        reasonZh: "old_codes = \"\(o)\" 无法识别",
                        fixZh: "请写 \"warn\"（接受该行并提示承继单位）或 \"refuse\"（拒绝导入）")
            }
        }
        return settings
    }
}
