import KaoheCore

/// The public page (公示), login, the password change and the home page.
enum AccountText {
    static let publicTitle = Bilingual("环评限批公示", "Areas under an approval freeze")
    static func publicExplanation(asOf day: Day) -> Bilingual {
        Bilingual(
            "截至 \(day)，下列地区新增大气污染物排放的建设项目环评审批暂停（民生项目和节能减排项目除外）。",
            "As of \(day), EIA approval of new projects adding air-pollutant emissions is suspended in these areas (livelihood and energy-saving projects exempt).")
    }
    static let frozenAreas = Bilingual("限批地区", "Frozen areas")
    static let publicHeaders = [Bilingual("地区", "area"), Bilingual("起始日期", "since"), Bilingual("文号", "document")]
    static let noneFrozen = Bilingual("目前没有地区处于环评限批。", "No area is under an approval freeze.")

    static let tooManyLogins = Bilingual("登录失败次数过多，请 15 分钟后再试。", "Too many failed logins; try again in 15 minutes.")
    static let wrongLogin = Bilingual("账号或密码不正确。", "Wrong account name or password.")
    static let wrongCurrentPassword = Bilingual("当前密码不正确。", "The current password is wrong.")
    static let passwordsDiffer = Bilingual("两次输入的新密码不一致。", "The two new passwords differ.")

    static let home = Bilingual("首页", "Home")
    /// The greeting; `role` is the account's role in each language.
    static func hello(_ name: String, role: Bilingual) -> Bilingual { Bilingual("\(name)，您好。角色：\(role.zh)。", "Hello, \(name). Role: \(role.en).") }
    static let myUnit = Bilingual("本单位的报告与结果", "My unit's reports and results")
    static let everyUnitsReports = Bilingual("各单位报送情况", "Reports of every unit")
    static let publishedResults = Bilingual("已发布的考核结果", "Published results")
    static let assessAndPublish = Bilingual("考核与发布", "Assess and publish")
    static let approvalFreezes = Bilingual("环评限批", "Approval freezes")
    static let summonses = Bilingual("约谈", "Summonses")
    static let eiaCheck = Bilingual("环评审批查询", "EIA approval check")

    static let logIn = Bilingual("登录", "Log in")
    static let loginForm = Bilingual("账号登录", "Account")
    static let accountName = Bilingual("账号", "Account name")
    static let password = Bilingual("密码", "Password")

    static let changePassword = Bilingual("修改密码", "Change password")
    static let changeInitialFirst = Bilingual("首次登录须先修改初始密码。", "Change the initial password before going on.")
    static let newPassword = Bilingual("新密码", "New password")
    static let save = Bilingual("保存", "Save")
    static let currentPassword = Bilingual("当前密码", "Current password")
    static func newPasswordField(minimum: Int) -> Bilingual { Bilingual("新密码（至少 \(minimum) 个字符）", "New password (at least \(minimum) characters)") }
    static let newPasswordAgain = Bilingual("再次输入新密码", "New password again")
}
