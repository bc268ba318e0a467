/// The tool's default wording of the results notice's settings (R-22b) and each setting's label.
public enum DocumentSettingsText {
    /// The default of `field`; `value` gives the value in force of another field that a default follows (the
    /// issuer follows the city).
    public static func defaultValue(_ field: DocumentSettings.Field, value: (DocumentSettings.Field) -> String) -> String {
        switch field {
        case .city: return "××市"
        case .issuer: return value(.city) + "环境保护局"
        case .documentNumberPattern: return "环发〔\(DocumentNumberPattern.year)〕\(DocumentNumberPattern.number)号"
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
}

extension DocumentSettings {
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
