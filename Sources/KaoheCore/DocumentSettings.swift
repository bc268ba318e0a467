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
        switch field {
        case .city: return "××市"
        case .issuer: return value(.city) + "环境保护局"
        case .documentNumberPattern: return "环发〔{年}〕{号}号"
        case .mainRecipients: return "各县市区人民政府，科技城管委会，各园区管委会，科学城办事处，市级有关部门"
        // The results feed the evaluation of the units' leadership, hence the organisation department.
        case .copiesTo: return "市委办公室，市人大常委会办公室，市政府办公室，市政协办公室，市委组织部，市发展改革委，市经信委，市财政局，市住房城乡建设局"
        case .printedBy: return value(.issuer) + "办公室"
        case .signature: return value(.issuer)
        case .workRequirements:
            return """
                各单位要对照考核发现的问题，认真研究制定整改措施，明确责任和时限，切实抓好整改落实。
                未通过考核的单位要在约谈后30日内将整改方案报送市大气污染防治工作领导小组办公室。
                各单位要加强监测数据质量管理，严禁篡改、伪造监测数据，按时报送自查报告。
                """
        }
    }

    /// The document number for `number` in publication year `year`, e.g. 绵环发〔2016〕12号; a draft passes
    /// a blank number.
    public func documentNumber(year: Int, number: String) -> String {
        value(.documentNumberPattern).replacingOccurrences(of: "{年}", with: String(year)).replacingOccurrences(of: "{号}", with: number)
    }

    /// Chinese label of a field, for `settings show` and the appendix.
    public static func label(_ f: Field) -> (zh: String, en: String) {
        switch f {
        case .city: ("城市名称", "city")
        case .issuer: ("发文机关", "issuing authority")
        case .documentNumberPattern: ("发文字号格式", "document number pattern")
        case .mainRecipients: ("主送机关", "addressees")
        case .copiesTo: ("抄送机关", "copies to")
        case .printedBy: ("印发机关", "printed and issued by")
        case .signature: ("发文机关署名", "signature")
        case .workRequirements: ("工作要求", "work requirements")
        }
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
