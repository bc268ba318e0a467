import KaoheCore

extension ReportUpload {
    /// Why an upload by a unit's clerk is refused beyond the file checks.
    public enum Refusal: Error, Sendable, Equatable, Worded {
        /// A row of the files is for another unit than the clerk's (issue 19: nothing of another unit, ever).
        case otherUnit(file: String, unit: String)
        /// No file was sent.
        case noFiles

        public var wording: Bilingual {
            switch self {
            case .otherUnit(let f, let u):
                Bilingual("\(f)：含有单位 \(u) 的报告行 — 只能报送本单位的报告", "\(f): has report rows of unit \(u) — you may submit only your own unit's report")
            case .noFiles: Bilingual("请选择至少一个报告文件", "choose at least one report file")
            }
        }
    }
}

/// Why a chosen password is refused; the front end words it with `wording`.
public enum PasswordProblem: Sendable, Equatable, Worded {
    case tooShort, tooLong, containsName, unchanged, tooSimple

    public var wording: Bilingual {
        switch self {
        case .tooShort: Bilingual("密码至少需要 \(Passwords.minimumLength) 个字符", "a password needs at least \(Passwords.minimumLength) characters")
        case .tooLong: Bilingual("密码不能超过 200 个字符", "a password may have at most 200 characters")
        case .containsName: Bilingual("密码不能包含账号名", "a password may not contain the account name")
        case .unchanged: Bilingual("新密码不能与初始密码相同", "the new password must differ from the initial one")
        case .tooSimple: Bilingual("密码至少需要 4 个不同的字符", "a password needs at least 4 different characters")
        }
    }
}
