import GRDB
import Testing

/// Expects `sql` to be refused by a trigger's `RAISE(ABORT, message)`: a GRDB `DatabaseError` whose result
/// code is `SQLITE_CONSTRAINT` (extended `SQLITE_CONSTRAINT_TRIGGER`) and whose message is the RAISE text.
///
/// Any other outcome is a failure: the statement succeeding (e.g. a WHERE clause that matched no row, so no
/// trigger fired), another error, or another constraint (a CHECK, a foreign key) with its own message.
///
/// Shared by the Store and CLI test targets (KaoheTestSupport).
public func expectTriggerRefusal(
    _ message: String, _ sql: String, arguments: StatementArguments = StatementArguments(), in writer: some DatabaseWriter,
    sourceLocation: SourceLocation = #_sourceLocation
) {
    do {
        try writer.write { try $0.execute(sql: sql, arguments: arguments) }
        Issue.record("not refused: \(sql)", sourceLocation: sourceLocation)
    } catch let error as DatabaseError {
        #expect(error.resultCode == .SQLITE_CONSTRAINT, "\(sql)", sourceLocation: sourceLocation)
        #expect(error.extendedResultCode == .SQLITE_CONSTRAINT_TRIGGER, "\(sql)", sourceLocation: sourceLocation)
        #expect(error.message == message, "\(sql)", sourceLocation: sourceLocation)
    } catch {
        Issue.record("\(sql): not a database error: \(error)", sourceLocation: sourceLocation)
    }
}
