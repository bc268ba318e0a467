/// Words kaohe reads back from what it recorded: how a stored Chinese text is recognised for rewording.
enum StoredWords {
    /// The start of the recorded reason of a freeze lifted by a correction (R-22c), worded anew in English.
    static let correctionReasonPrefix = "更正"
}
