import KaoheCore

/// The words of the municipal departments' results (R-31): the summary's section and the terminal tables.
enum DepartmentsText {
    static func title(_ year: Int) -> Bilingual { Bilingual("\(year)年度市级有关部门考核结果", "Results of the municipal departments, \(year)") }

    static let intro = Bilingual(
        "市级有关部门按市政府分解下达的年度任务考核：部门得分为各项任务的核定得分（未核定的取自评得分）之和，按与各地相同的等次标准评定等次。部门不与各县（市、区）和园区排名，不适用约谈和环评限批；考核结果与各地结果一并作为领导班子和领导干部综合考核评价的依据。下表按部门代码排列，不是排名。",
        "The municipal departments are assessed on the annual tasks the city assigned to them: a department's score is the sum of its tasks' verified scores (the self-score where none was verified), graded on the same scale as the areas. Departments are not ranked with the counties, districts and parks, and summonses and approval freezes do not apply to them; their results feed the evaluation of their leadership as the areas' do. The table is by department code, not a ranking.")

    /// The summary's table of departments (the document, the CSV and the workbook).
    static let summaryHeaders = [
        Bilingual("部门代码", "code"), Bilingual("部门名称", "department"), Bilingual("得分", "score"), Bilingual("等次", "grade"),
        Bilingual("自查报告", "self-report"), Bilingual("不合格", "failed"),
    ]

    static let notGraded = Bilingual("无任务分解，不评定", "no task list, not graded")
    static func corrected(_ day: Day) -> Bilingual { Bilingual("（更正 \(day)）", " (corrected \(day))") }

    static func heading(year: Int, revision: Int, ruleSet: String) -> Bilingual {
        Bilingual(
            "\(year)年市级有关部门考核（第 \(revision) 次评分，规则集 \(ruleSet)）",
            "\(year) assessment of the municipal departments (run \(revision), rule set \(ruleSet))")
    }

    /// The terminal table of departments.
    static let tableHeaders = [
        Bilingual("部门代码", "code"), Bilingual("部门名称", "name"), Bilingual("得分", "score"), Bilingual("等次", "grade"), Bilingual("自查报告", "self-report"),
    ]

    static let noneFailed = Bilingual("没有不合格的部门。", "No department failed.")
    static let noSelfReport = Bilingual("（未报送自查报告）", " (no self-report)")
    /// A department with its code, "市住建局（D03）", the same in both languages.
    static func department(_ name: String, code: String, why: String) -> String { "\(name)（\(code)）\(why)" }

    static func failing(_ names: [String]) -> Bilingual {
        Bilingual(
            "不合格部门（供领导班子和领导干部综合考核评价）：\(names.joined(separator: "、"))",
            "Departments that failed (for the leadership evaluation): \(names.joined(separator: "; "))")
    }

    static func explanationTitle(_ name: String, code: String, year: Int) -> Bilingual {
        Bilingual("\(name)（\(code)）\(year)年考核说明\n", "Explanation for \(name) (\(code)), \(year)\n")
    }

    static let taskHeaders = [
        Bilingual("任务编号", "task"), Bilingual("任务内容", "content"), Bilingual("分值", "points"), Bilingual("自评得分", "self"),
        Bilingual("核定得分", "verified"), Bilingual("计分", "counted"),
    ]
    static let scoreLabel = Bilingual("得分：", "Score: ")
    static let gradeLabel = Bilingual("；等次：", "; grade: ")
    static let reportLabel = Bilingual("；自查报告：", "; self-report: ")
}

/// The words of an assessment run in the terminal: its heading, grade counts and a unit's explanation.
enum AssessmentWords {
    static func published(on day: String, document: String) -> Bilingual { Bilingual("已发布（\(day)，\(document)）", "published (\(day), \(document))") }
    static let draft = Bilingual("草稿", "draft")

    /// The run's heading; `kind` and `status` already in the output language.
    static func heading(year: Int, kind: String, revision: Int, id: Int64, status: String, ruleSet: String, hash: String) -> Bilingual {
        Bilingual(
            "\(year)年\(kind) 第\(revision)版（运行 #\(id)），\(status)；规则集 \(ruleSet)（sha256:\(hash)）",
            "\(year) \(kind), revision \(revision) (run #\(id)), \(status); rule set \(ruleSet) (sha256:\(hash))")
    }

    static func notGraded(_ count: Int) -> Bilingual { Bilingual("未评定 \(count)", "not graded \(count)") }
    static let comma = Bilingual("，", ", ")

    static func explanationTitle(_ name: String, code: String, year: Int) -> Bilingual {
        Bilingual("\(name)（\(code)）\(year)年考核说明", "Explanation for \(name) (\(code)), \(year)")
    }

    static let gradeLabel = Bilingual("等级：", "Grade: ")
    static let flagsLabel = Bilingual("；标记：", "; flags: ")
    static let flagSeparator = Bilingual("；", "; ")
    static let baseYearMark = Bilingual("（基准年）", " (base year)")
}
