/// Why an operation was refused, as one sentence in each language that names what to do instead.
///
/// The one shape of every refusal of the store and the rules of consequences — freeze lifts, summons amendments,
/// publications, successions, runs (issue 13 item 2: five types of this same shape became this one). Both sentences
/// are required, so neither language can be forgotten. Equality and hashing compare the English sentence, which
/// tests and logs read.
public struct Refusal: UserFacingError, Hashable, CustomStringConvertible {
    /// The English sentence.
    public var english: String
    /// The Chinese sentence, printed by default.
    public var chinese: String

    public init(_ english: String, zh chinese: String) {
        self.english = english
        self.chinese = chinese
    }

    public var description: String { english }

    public func message(chinese: Bool) -> String { chinese ? self.chinese : english }

    public static func == (a: Refusal, b: Refusal) -> Bool { a.english == b.english }
    public func hash(into hasher: inout Hasher) { hasher.combine(english) }
}
