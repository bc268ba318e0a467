import Foundation

/// The settings that make a summary an official document (发文机关, 主送, 抄送, 印发, 工作要求): who issues the
/// results notice, to whom, and what it asks of them.
///
/// Stored with history in the database and frozen with a publication (R-22b), so an issued notice re-prints
/// with the settings in force when it was published. A field not set takes this tool's default, which the
/// notice's technical appendix names as such (never official).
public struct DocumentSettings: Sendable, Hashable, Codable {
    /// One setting; the raw value is the key used on the command line, in the database and in JSON.
    public enum Field: String, Sendable, Hashable, CaseIterable, Codable {
        /// The city's name, e.g. 绵阳市; it opens the title.
        case city
        /// 发文机关, e.g. 绵阳市环境保护局.
        case issuer
        /// 发文字号 pattern: {年} is the publication year, {号} the number, e.g. 绵环发〔{年}〕{号}号.
        case documentNumberPattern = "doc-pattern"
        /// 主送机关: the notice's own addressees.
        case mainRecipients = "to"
        /// 抄送机关.
        case copiesTo = "cc"
        /// 印发机关 in the foot (版记).
        case printedBy = "printed-by"
        /// 发文机关署名 above the date.
        case signature
        /// The text of 五、工作要求; paragraphs separated by line breaks.
        case workRequirements = "requirements"
    }

    /// The values set explicitly, by field key; a field absent here takes its default.
    public var values: [String: String]

    public init(values: [String: String] = [:]) {
        self.values = values
    }

    /// Whether `field` takes this tool's default (it was never set).
    public func isDefault(_ field: Field) -> Bool { values[field.rawValue] == nil }

    /// The value in force: the one set, else the tool's default (which may follow other fields, e.g. the
    /// issuer follows the city).
    public func value(_ field: Field) -> String {
        if let v = values[field.rawValue] { return v }
        return DocumentSettingsText.defaultValue(field, value: value)
    }

    /// The document number for `number` in publication year `year`, e.g. 绵环发〔2016〕12号; a draft passes
    /// a blank number.
    public func documentNumber(year: Int, number: String) -> String {
        value(.documentNumberPattern).replacingOccurrences(of: DocumentNumberPattern.year, with: String(year))
            .replacingOccurrences(of: DocumentNumberPattern.number, with: number)
    }
}

/// One recorded change of a document setting: settings are appended, never edited (R-22b).
public struct DocumentSettingChange: Sendable, Hashable {
    public var id: Int64
    public var field: DocumentSettings.Field
    /// nil when the change reset the field to the tool's default.
    public var value: String?
    /// ISO 8601 UTC instant.
    public var setAt: String
    public var setBy: String

    public init(id: Int64, field: DocumentSettings.Field, value: String?, setAt: String, setBy: String) {
        self.id = id
        self.field = field
        self.value = value
        self.setAt = setAt
        self.setBy = setBy
    }
}
