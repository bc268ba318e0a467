import Foundation
import KaoheCore

/// One task the city's implementation plan assigns to a department for a year (部门任务分解表, R-31).
public struct DepartmentTask: Sendable, Hashable, Codable {
    /// The task's code within the department's list for the year (e.g. 1, 2.3, A-1).
    public var code: String
    /// What the department must do.
    public var task: String
    /// The task's points, exact; a list's points sum to exactly 100.
    public var points: Decimal
    /// The clause of the city's plan the task comes from (e.g. 绵府办函〔2014〕159号 第三条第（二）项).
    public var sourceClause: String

    public init(code: String, task: String, points: Decimal, sourceClause: String) {
        self.code = code
        self.task = task
        self.points = points
        self.sourceClause = sourceClause
    }
}

/// A department's task list for one year, in the order of the file; one stored version of it.
public struct DepartmentTaskList: Sendable, Hashable, Codable {
    public var departmentCode: String
    public var year: Int
    public var tasks: [DepartmentTask]
    /// The stored version (1 = first import); 0 for a list not stored yet.
    public var version: Int

    public init(departmentCode: String, year: Int, tasks: [DepartmentTask], version: Int = 0) {
        self.departmentCode = departmentCode
        self.year = year
        self.tasks = tasks
        self.version = version
    }

    /// The sum of the tasks' points, exact; 100 for a valid list.
    public var totalPoints: Decimal { tasks.reduce(0) { $0 + $1.points } }

    /// The points a list must sum to (R-31 [default]).
    public static let requiredTotal: Decimal = 100
}
