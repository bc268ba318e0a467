import Foundation
import KaoheCSV
import KaoheCore
import Testing

@Suite struct DecimalParsingTests {
    @Test(arguments: [
        ("12.5", "12.5"), ("0.1", "0.1"), ("+3", "3"), ("-7.25", "-7.25"), ("1,234.5", "1234.5"),
        ("12,345,678", "12345678"), ("１２．５", "12.5"), ("－１，２３４", "-1234"), ("\u{3000}42 ", "42"),
        (".5", "0.5"), ("5.", "5"), ("007.50", "7.5"), ("12345678901234567890", "12345678901234567890"),
        ("1234567890.123456789", "1234567890.123456789"), ("0.000000000000000000000000000001", "1e-30"),
    ])
    func acceptsDecimalsExactly(text: String, expected: String) throws {
        #expect(try parseDecimal(text) == Decimal(string: expected, locale: Locale(identifier: "en_US_POSIX"))!)
    }

    @Test func negativeZeroIsZero() throws {
        let value = try parseDecimal("-0")
        #expect(value == 0)
        #expect(!value.isSignMinus)
        #expect(!value.isNaN)
    }

    @Test func percentIsReportedWhenAllowed() throws {
        #expect(try parseDecimal("12%", allowPercent: true) == (12, true))
        #expect(try parseDecimal("１２．５ ％", allowPercent: true) == (Decimal(string: "12.5")!, true))
        #expect(try parseDecimal("12", allowPercent: true) == (12, false))
    }

    @Test(arguments: [
        ("", "the cell is empty", "write a number, e.g. 12.5"),
        ("  ", "the cell is empty", "write a number, e.g. 12.5"),
        ("NaN", "“NaN” is not a number", "write the number out in digits"),
        ("-inf", "“-inf” is not a number", "write the number out in digits"),
        ("1e309", "“1e309” is in scientific notation", "write the number out in digits, e.g. 1500 instead of 1.5e3"),
        ("1,23", "“1,23” has misplaced thousands separators", "group digits in threes (1,234.5) or leave the separators out (1234.5)"),
        ("1234,567", "“1234,567” has misplaced thousands separators", "group digits in threes (1,234.5) or leave the separators out (1234.5)"),
        ("12%", "“12%” is a percentage where a plain number is expected", "write the number without %"),
        ("123456789012345678901", "“123456789012345678901” has more digits than are kept exactly (at most 20 significant digits)", "round it to 20 significant digits or fewer"),
        ("12a", "“12a” is not a number", "write digits with an optional sign and decimal point, e.g. 12.5 or 1,234.5"),
        ("1.2.3", "“1.2.3” is not a number", "write digits with an optional sign and decimal point, e.g. 12.5 or 1,234.5"),
        ("-", "“-” is not a number", "write digits with an optional sign and decimal point, e.g. 12.5 or 1,234.5"),
    ])
    func rejectsWithReasonAndFix(text: String, reason: String, fix: String) {
        #expect(problem(try parseDecimal(text)) == FieldProblem(reason: reason, fix: fix))
    }

    @Test func problemBecomesALocatedDiagnostic() {
        let diagnostic = problem(try parseDecimal("abc"))?.diagnostic(file: "a.csv", line: 7, column: 3, header: "PM2.5")
        #expect(diagnostic?.description == "a.csv:7:3 (PM2.5): “abc” is not a number — write digits with an optional sign and decimal point, e.g. 12.5 or 1,234.5")
    }
}

@Suite struct IntegerParsingTests {
    @Test(arguments: [("2015", 2015), ("２０１５", 2015), (" 1,200 ", 1200), ("-3", -3), ("+0", 0), ("007", 7)])
    func acceptsWholeNumbers(text: String, expected: Int) throws {
        #expect(try parseInteger(text) == expected)
    }

    @Test(arguments: [
        ("12.5", "“12.5” is not a whole number", "write a whole number without decimals"),
        ("2015.0", "“2015.0” is not a whole number", "write a whole number without decimals"),
        ("", "the cell is empty", "write a number, e.g. 2015"),
        ("1e3", "“1e3” is in scientific notation", "write the number out in digits, e.g. 1500 instead of 1.5e3"),
        ("1234567890123456789", "“1234567890123456789” is too large", "write a whole number of at most 18 digits"),
    ])
    func rejectsWithReasonAndFix(text: String, reason: String, fix: String) {
        #expect(problem(try parseInteger(text)) == FieldProblem(reason: reason, fix: fix))
    }
}

@Suite struct DayParsingTests {
    @Test(arguments: ["2014-12-30", "2014/12/30", "2014年12月30日", "2014年12月30", " 2014-12-30\u{3000}", "２０１４－１２－３０"])
    func acceptsTheThreeFormsOfADay(text: String) throws {
        #expect(try parseDay(text) == Day(year: 2014, month: 12, day: 30)!)
    }

    @Test func acceptsSingleDigitMonthAndDay() throws {
        #expect(try parseDay("2014-1-5") == Day(year: 2014, month: 1, day: 5)!)
        #expect(try parseDay("2014/1/5") == Day(year: 2014, month: 1, day: 5)!)
        #expect(try parseDay("2014年1月5日") == Day(year: 2014, month: 1, day: 5)!)
    }

    @Test(arguments: [
        ("2015-02-30", "2015-02-30 is not a day of the calendar", "write a real date as YYYY-MM-DD"),
        ("2015/13/01", "2015/13/01 is not a day of the calendar", "write a real date as YYYY-MM-DD"),
        ("2015.01.01", "“2015.01.01” is not a date", "write the date as YYYY-MM-DD, e.g. 2015-01-31"),
        ("2015-01/01", "“2015-01/01” is not a date", "write the date as YYYY-MM-DD, e.g. 2015-01-31"),
        ("15-01-01", "“15-01-01” is not a date", "write the date as YYYY-MM-DD, e.g. 2015-01-31"),
        ("2015-01-01 13:00", "“2015-01-01 13:00” is not a date", "write the date as YYYY-MM-DD, e.g. 2015-01-31"),
        ("", "the cell is empty", "write the date as YYYY-MM-DD, e.g. 2015-01-31"),
    ])
    func rejectsWithReasonAndFix(text: String, reason: String, fix: String) {
        #expect(problem(try parseDay(text)) == FieldProblem(reason: reason, fix: fix))
    }
}

@Suite struct HourParsingTests {
    @Test(arguments: [
        ("2015-01-01 13:00", 1, 13), ("2015-01-01T13:00", 1, 13), ("2015/1/1 13:00", 1, 13),
        ("2015-01-01 13:00:00", 1, 13), ("2015-01-02 0:00", 2, 0), ("2015-01-31 24:00", 31, 24), ("2015年1月2日 23:00", 2, 23), ("２０１５－０１－０１　０９：００", 1, 9),
    ])
    func acceptsHourlyTimestamps(text: String, day: Int, hour: Int) throws {
        let parsed = try parseHour(text)
        #expect(parsed.day == Day(year: 2015, month: 1, day: day)!)
        #expect(parsed.hour == hour)
    }

    @Test(arguments: [
        ("2015-01-01 13:30", "“2015-01-01 13:30” is not on the hour", "label hourly values by the whole hour, e.g. 2015-01-01 13:00"),
        ("2015-01-01 25:00", "“2015-01-01 25:00” is not a time of day", "write the date and hour as YYYY-MM-DD HH:00, e.g. 2015-01-01 13:00"),
        ("2015-01-01", "“2015-01-01” is not a date and hour", "write the date and hour as YYYY-MM-DD HH:00, e.g. 2015-01-01 13:00"),
        ("2015-02-30 01:00", "the date in 2015-02-30 01:00 is not a day of the calendar", "write a real date as YYYY-MM-DD"),
    ])
    func rejectsWithReasonAndFix(text: String, reason: String, fix: String) {
        #expect(problem(try parseHour(text)) == FieldProblem(reason: reason, fix: fix))
    }
}

@Suite struct YesNoParsingTests {
    @Test(arguments: ["是", "Y", "y", "yes", "YES", " Yes ", "true", "TRUE", "1", "１"])
    func acceptsYes(text: String) throws {
        #expect(try parseYesNo(text) == true)
    }

    @Test(arguments: ["否", "N", "n", "no", "No", "false", "False", "0", "\u{3000}否\u{3000}"])
    func acceptsNo(text: String) throws {
        #expect(try parseYesNo(text) == false)
    }

    @Test func rejectsAnythingElse() {
        let fix = "write 是 or 否 (yes/no, Y/N, true/false and 1/0 are also accepted)"
        #expect(problem(try parseYesNo("maybe")) == FieldProblem(reason: "“maybe” is neither yes nor no", fix: fix))
        #expect(problem(try parseYesNo(" ")) == FieldProblem(reason: "the cell is empty", fix: fix))
    }
}

@Suite struct HeaderTests {
    @Test func normalizeHeaderTrimsSpacesAndStrayBOMButKeepsFullWidthParentheses() {
        #expect(normalizeHeader("\u{FEFF} 计划投资（万元）\u{3000}") == "计划投资（万元）")
        #expect(normalizeHeader("PM2.5") == "PM2.5")
    }

    @Test func headerKeyMatchesFullAndHalfWidthParenthesesAndLetterCase() {
        #expect(headerKey("计划投资(万元)") == headerKey("计划投资（万元）"))
        #expect(headerKey(" ＰＭ２.５ ") == "pm2.5")
        #expect(headerKey("Station") == "station")
    }
}
