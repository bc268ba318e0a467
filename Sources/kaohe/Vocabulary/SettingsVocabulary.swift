/// The words `kaohe settings set` reads in the values it is given (issue 13 item 1).
enum SettingsVocabulary {
    /// The number placeholder a 发文字号 pattern must hold (R-22b), as in 绵环发〔{年}〕{号}号.
    static let numberPlaceholder = "{号}"
}
