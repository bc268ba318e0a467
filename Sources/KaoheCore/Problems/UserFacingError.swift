/// A failure a person reads: worded in Chinese and in English, never with internal (Swift, SQLite, decoding) text.
///
/// Every refusal and every rejected input conforms to it (issue 13 item 2; the model is hummingbird's
/// `HTTPResponseError`: the error says how it is shown, one place shows it). The CLI's one exit path prints
/// `message(chinese:)`; anything that does not conform is worded there as a generic internal error, so a new
/// error type cannot leak its text by accident.
public protocol UserFacingError: Error, Sendable {
    /// The whole message for people, in Chinese when `chinese`, else in English.
    func message(chinese: Bool) -> String
    /// Whether the message is a list of located problems (`file:line:column: …`), printed as it is, one per line,
    /// rather than as one sentence after "Error: ".
    var isLocatedList: Bool { get }
}

extension UserFacingError {
    public var isLocatedList: Bool { false }
}
