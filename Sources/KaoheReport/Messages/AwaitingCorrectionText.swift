import KaoheCore

/// The note every list of published results adds for a year awaiting correction (待更正, D-143, D-159): `kaohe
/// history` in each form, `assess show` and the portal's published results, one sentence for all of them.
public enum AwaitingCorrectionText {
    /// "注：2016年年度考核已发布的结果（第1版，绵府办函〔2017〕2号）所依据的单位承继 #1 已作为更正撤回（绵府发〔2017〕5号），该年度待更正。"
    public static func note(_ a: AwaitingCorrection) -> Bilingual {
        let final = a.kind == .final
        return Bilingual(
            "注：\(a.year)年\(final ? "终期" : "年度")考核已发布的结果（第\(a.revision)版，\(a.document)）所依据的单位承继 #\(a.successionID) 已作为更正撤回（\(a.withdrawalDocument)），该年度待更正。",
            "Note: the published \(a.year) \(final ? "final" : "annual") result (revision \(a.revision), \(a.document)) relied on succession #\(a.successionID), withdrawn as a correction (\(a.withdrawalDocument)); the year awaits correction.")
    }
}
