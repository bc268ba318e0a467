extension FilingKind {
    /// The document's name in Chinese: 实施细则 or 年度实施计划.
    public var chinese: String { self == .rules ? "实施细则" : "年度实施计划" }
    /// The document's name in English.
    public var english: String { self == .rules ? "implementation rules" : "annual plan" }
}
