import KaoheCore

/// The language of a document or table meant for people.
public enum Language: String, Sendable, CaseIterable {
    case zh, en

    /// Picks the Chinese or English form.
    public func pick(_ zh: String, _ en: String) -> String { self == .zh ? zh : en }

    /// The form of a catalogued text (issue 13 item 1) in this language.
    public func pick(_ text: Bilingual) -> String { text.text(chinese: self == .zh) }

    /// The forms of catalogued texts in this language, in order (table headers).
    public func pick(_ texts: [Bilingual]) -> [String] { texts.map { pick($0) } }
}
