import KaoheCore

/// Why the portal refused a request, shown on its one error page (or above a form) with the HTTP status.
///
/// `field` is the form field's name as a sentence names it (`FieldLabel`).
enum PortalProblem: Worded {
    case forbidden
    case notFound
    case csrfFailed
    case methodNotAllowed
    /// An upload past the body limit, `megabytes` MB.
    case tooLarge(megabytes: Int)
    case invalidRequest
    case serverError
    case notADate(field: Bilingual)
    case required(field: Bilingual)
    case notOneLine(field: Bilingual, limit: Int)
    case yearRequired
    case yearOutsideRules
    case nothingToAmend
    case chooseProjectCategory

    var wording: Bilingual {
        switch self {
        case .forbidden: Bilingual("无权访问此页面。", "You may not open this page.")
        case .notFound: Bilingual("没有此页面或记录。", "There is no such page or record.")
        case .csrfFailed:
            Bilingual(
                "表单已过期或来源不明（CSRF 校验未通过）— 请重新打开页面再提交。",
                "The form has expired or did not come from this site (CSRF check failed) — open the page again and resubmit.")
        case .methodNotAllowed: Bilingual("此页面不接受该请求。", "This page does not accept that request.")
        case .tooLarge(let mb): Bilingual("上传的内容太大（上限 \(mb) MB）— 请分开上传。", "The upload is too large (at most \(mb) MB) — send the files separately.")
        case .invalidRequest: Bilingual("请求无效。", "The request is not valid.")
        case .serverError:
            Bilingual(
                "服务器未能完成此请求，未作任何更改 — 请稍后重试，或联系管理员。",
                "The server could not complete this request and changed nothing — try again later, or tell the administrator.")
        case .notADate(let field): Bilingual("\(field.zh)须为日期，例如 2016-03-15", "\(field.en) must be a date, e.g. 2016-03-15")
        case .required(let field): Bilingual("请填写\(field.zh)", "\(field.en) is required")
        case .notOneLine(let field, let limit): Bilingual("\(field.zh)须为一行，至多 \(limit) 个字符", "\(field.en) must be one line of at most \(limit) characters")
        case .yearRequired: Bilingual("请填写考核年度", "give the year")
        case .yearOutsideRules: Bilingual("考核年度不在规则集的考核年度之内", "the year is outside the rule set's assessed years")
        case .nothingToAmend: Bilingual("没有要修改的内容", "nothing to amend")
        case .chooseProjectCategory: Bilingual("请选择项目类别", "choose the project category")
        }
    }
}

/// Form fields as the portal's sentences name them ("请填写文号" / "the document number is required").
enum FieldLabel {
    static let reference = Bilingual("依据", "the reference")
    static let unitCode = Bilingual("单位代码", "the unit code")
    static let publicationDate = Bilingual("发布日期", "the publication date")
    static let notes = Bilingual("备注", "the notes")
    static let rectificationDue = Bilingual("整改期限", "the rectification due day")
    static let documentNumber = Bilingual("文号", "the document number")
    static let dayAsked = Bilingual("查询日期", "the day asked about")
    static let reason = Bilingual("理由", "the reason")
    static let dayHeld = Bilingual("约谈日期", "the day held")
    static let liftDate = Bilingual("解除日期", "the lift date")
    static let closingDay = Bilingual("销号日期", "the closing day")
    static let projectName = Bilingual("项目名称", "the project name")
}

/// The portal's frame: the application's name, the navigation, the error page.
enum PortalText {
    static let appName = Bilingual("大气污染防治考核", "Air plan assessment")
    static let frozenAreas = Bilingual("限批公示", "Frozen areas")
    static let home = Bilingual("首页", "Home")
    static let myUnit = Bilingual("本单位", "My unit")
    static let reports = Bilingual("报送情况", "Reports")
    static let results = Bilingual("考核结果", "Results")
    static let assess = Bilingual("考核", "Assess")
    static let freezes = Bilingual("限批", "Freezes")
    static let summonses = Bilingual("约谈", "Summonses")
    static let auditLog = Bilingual("操作日志", "Audit log")
    static let eiaCheck = Bilingual("环评审批查询", "EIA check")
    static let logIn = Bilingual("登录", "Log in")
    static let logOut = Bilingual("退出", "Log out")
    /// The link to the other language, named in that language.
    static let otherLanguage = Bilingual("English", "中文")
    static let notDone = Bilingual("无法完成", "Not done")
    static let back = Bilingual("返回", "Back")
}
