import KaoheCore

extension Refusal {
    /// A refusal known by its English sentence, to compare a thrown or returned one with: `Refusal`'s equality
    /// compares the English sentence only, so the Chinese one is left empty here. Tests that check the Chinese
    /// wording compare `chinese` themselves.
    public static func english(_ sentence: String) -> Refusal { Refusal(sentence, zh: "") }
}
