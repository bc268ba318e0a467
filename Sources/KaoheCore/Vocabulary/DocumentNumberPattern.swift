/// The placeholders a document number pattern is written with (R-22b): `环发〔{年}〕{号}号`.
public enum DocumentNumberPattern {
    /// Replaced by the publication year.
    public static let year = "{年}"
    /// Replaced by the document's number.
    public static let number = "{号}"
}
