extension SuccessionKind {
    /// The Chinese word used in lists and messages, and accepted in the successions file.
    public var chinese: String {
        switch self {
        case .rename: "更名"
        case .recode: "更改代码"
        case .merge: "合并"
        case .split: "拆分"
        }
    }
}
