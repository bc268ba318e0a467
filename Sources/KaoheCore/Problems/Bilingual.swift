/// A text in the two output languages, both required by the compiler: how every catalogue case is worded.
///
/// Consequences are also recorded in it (stored as `{"zh":…,"en":…}`), so a notice reprints the words it was
/// published with.
public struct Bilingual: Sendable, Hashable, Codable {
    public var zh: String
    public var en: String

    public init(_ zh: String, _ en: String) {
        self.zh = zh
        self.en = en
    }

    /// The Chinese text when `chinese`, else the English one.
    public func text(chinese: Bool) -> String { chinese ? zh : en }
}

/// A case of a module's message catalogue: the case and its data say what it means, `wording` says it.
///
/// Issue 13 item 1 (model: ArgumentParser's `ParserError` and `ErrorMessageGenerator`): logic code builds the
/// typed case; only the module's `Messages/` folder holds the words, in one `switch` per type where each case must
/// give both languages. The lint in `SourceLintTests` keeps Chinese literals out of every other file.
public protocol Worded: Sendable {
    var wording: Bilingual { get }
}

/// A problem found in an input, worded as what is wrong and what to do about it, each in both languages.
///
/// A reader throws the typed problem without a location; the caller that knows the file, line and column makes it
/// a `Diagnostic`.
public protocol Explained: Sendable {
    /// What is wrong.
    var reason: Bilingual { get }
    /// What to do about it; nil when the reason says it all.
    var fix: Bilingual? { get }
    /// The action the fix asks for, which a front end may name in its own terms (the CLI its command).
    var action: UserAction? { get }
}

/// Why an operation was refused: one case of a module's refusal catalogue, compared by its case and data.
public protocol RefusalReason: Worded, Hashable {
    /// The action the refusal asks for instead, which a front end may name in its own terms (the CLI its command).
    var action: UserAction? { get }
}

extension RefusalReason {
    /// Whether `other` is the same case with the same data (another type is never the same).
    func isSame(as other: any RefusalReason) -> Bool { (other as? Self) == self }
}

extension Explained {
    /// No command to name by default.
    public var action: UserAction? { nil }
}

extension RefusalReason {
    /// No command to name by default.
    public var action: UserAction? { nil }
}
