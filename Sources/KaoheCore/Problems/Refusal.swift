/// Why an operation was refused, as one sentence in each language that names what to do instead.
///
/// The one shape of every refusal of the store and the rules of consequences — freeze lifts, summons amendments,
/// publications, successions, runs (issue 13 item 2: five types of this same shape became this one). What was
/// refused is a typed case of a module's catalogue (`reason`); equality and hashing compare that case and its
/// data, never the wording (issue 13 item 2, "refusals compared by case").
public struct Refusal: UserFacingError, Hashable, CustomStringConvertible {
    /// The typed reason, worded by its module's catalogue.
    public let reason: any RefusalReason

    public init(_ reason: some RefusalReason) {
        self.reason = reason
    }

    /// The English sentence.
    public var english: String { reason.wording.en }
    /// The Chinese sentence, printed by default.
    public var chinese: String { reason.wording.zh }

    public var description: String { english }

    public func message(chinese: Bool) -> String { reason.wording.text(chinese: chinese) }

    /// The sentence with the action it asks for named in the front end's terms (the CLI's command), if any.
    public func message(chinese: Bool, naming: (UserAction) -> Bilingual?) -> String {
        message(chinese: chinese) + (reason.action.flatMap(naming)?.text(chinese: chinese) ?? "")
    }

    public static func == (a: Refusal, b: Refusal) -> Bool { a.reason.isSame(as: b.reason) }
    public func hash(into hasher: inout Hasher) { reason.hash(into: &hasher) }
}
