import KaoheCore

/// The words a correcting revision uses for the successions withdrawn under the revision it replaces (R-22c, D-143).
enum CorrectionText {
    /// "安县（510724）→ 安州区（510705）（2016-01-01，绵府发〔2016〕1号）" / its English form, each succession once.
    static func successions(_ list: [CorrectedSuccession]) -> Bilingual {
        Bilingual(
            list.map { "\($0.predecessorName)（\($0.predecessorCode)）→ \($0.successorName)（\($0.successorCode)）（\($0.effective)，\($0.document)）" }
                .joined(separator: "、"),
            list.map { "\($0.predecessorName) (\($0.predecessorCode)) → \($0.successorName) (\($0.successorCode)) (\($0.effective), \($0.document))" }
                .joined(separator: "; "))
    }

    static func documents(_ list: [CorrectedSuccession]) -> [String] {
        list.reduce(into: [String]()) { if !$0.contains($1.withdrawalDocument) { $0.append($1.withdrawalDocument) } }
    }

    /// The clause after "本通报替代……": the withdrawn succession and the withdrawal's document.
    static func withdrawn(_ list: [CorrectedSuccession]) -> Bilingual {
        let s = successions(list), docs = documents(list)
        return Bilingual(
            "；原通报所依据的单位承继 \(s.zh)已撤回（\(docs.joined(separator: "、"))），本通报不再适用",
            "; the unit succession the replaced notice relied on, \(s.en), was withdrawn (\(docs.joined(separator: ", "))) and no longer applies")
    }

    /// The sentence after the notice's opening correction sentence.
    static func withdrawnSentence(_ list: [CorrectedSuccession]) -> Bilingual {
        let s = successions(list), docs = documents(list)
        return Bilingual(
            "原通报所依据的单位承继 \(s.zh)已撤回（\(docs.joined(separator: "、"))），本通报不再适用。",
            " The unit succession the replaced notice relied on, \(s.en), was withdrawn (\(docs.joined(separator: ", "))) and no longer applies.")
    }
}
