import Foundation
import KaoheCSV
import KaoheCore
import Testing

@testable import KaoheXLSX

/// The templates' formats, drop-down lists and prefilled rows (issue 16, D-81), checked on the sheets and
/// on the XML each writes; every expected range and style is worked out by hand from the writer's tables.
@Suite struct TemplatesTests {
    let context = Templates.Context(
        keyTasks: [
            KeyTaskIndicator(code: "1", name: "产业结构调整优化", points: 4, subIndicators: [
                KeyTaskSubIndicator(code: "1.1", name: "新增产能控制", points: 2), KeyTaskSubIndicator(code: "1.2", name: "违规项目清理", points: 2),
            ]),
            KeyTaskIndicator(code: "2", name: "清洁生产", points: 96, subIndicators: [KeyTaskSubIndicator(code: "2.1", name: "清洁生产审核", points: 96)]),
        ],
        areas: [Area(code: "510703", name: "涪城区", type: .district), Area(code: "MY/GXQ", name: "高新:区", type: .park)])

    @Test func everyFileKindHasABlankTemplateWithItsValueListsOnAHiddenSheet() throws {
        let books = Templates.blank(context)
        #expect(books.map(\.file) == ["区域.xlsx", "目标.xlsx", "自查报告.xlsx", "备案登记.xlsx", "监测数据-日均值.xlsx", "监测数据-小时值.xlsx"])
        let report = try #require(books.first { $0.file == "自查报告.xlsx" })
        #expect(report.sheets.map(\.name) == ["自查报告", "重点任务", "治理项目", "资金投入", "选项"])
        #expect(report.sheets.map(\.hidden) == [false, false, false, false, true])
        // 选项's columns: A 是/否, B 区域类型, C 考核指标, D 目标类型, E 进展状态, F 资金来源, G 任务类别, H 指标代码, I 指标名称,
        // J 文件类别, K 区域代码; rows 2… hold the values (进展状态: 未开工, 在建, 已完成, 已取消 → E2:E5).
        let lists = report.sheets[4]
        #expect(lists.header.count == 11 && lists.rows.count == 6)  // the longest list: 区域类型 and 资金来源, 6 values
        let projects = report.sheets[2]
        let status = try #require(projects.header.firstIndex(of: "进展状态"))
        #expect(projects.validations.contains(ColumnValidation(column: status, rule: .list(range: "'选项'!$E$2:$E$5"), error: "请从下拉列表中选择“进展状态”的取值")))
        let category = try #require(projects.header.firstIndex(of: "任务类别"))
        #expect(projects.validations.contains { $0.column == category && $0.rule == .list(range: "'选项'!$G$2:$G$3") })
        // 区域代码: the two stored units (K2:K3), as text so codes keep leading zeros; dates as dates (style 8).
        let code = try #require(projects.header.firstIndex(of: "区域代码"))
        #expect(projects.validations.contains { $0.column == code && $0.rule == .list(range: "'选项'!$K$2:$K$3") })
        let actual = try #require(projects.header.firstIndex(of: "实际完成日期"))
        #expect(projects.columnFormats[code] == .text && projects.columnFormats[actual] == .date)
        let xml = XLSXWriter.worksheet(projects, ns: "n")
        #expect(xml.contains("<dataValidation type=\"list\" allowBlank=\"1\" showErrorMessage=\"1\" error=\"请从下拉列表中选择“进展状态”的取值\" sqref=\"I2:I2000\"><formula1>'选项'!$E$2:$E$5</formula1></dataValidation>"))
        #expect(xml.contains("<col min=\"7\" max=\"7\" width=\"16\" style=\"8\" customWidth=\"1\"/>"))  // 计划完成日期, G
        // Money: a number from 0 (计划投资（万元）, column J).
        #expect(xml.contains("<dataValidation type=\"decimal\" operator=\"greaterThanOrEqual\" allowBlank=\"1\" showErrorMessage=\"1\" error=\"请填写不小于 0 的数\" sqref=\"J2:J2000\"><formula1>0</formula1></dataValidation>"))
        // Without stored units there is no 区域代码 list (an empty list would refuse every code).
        let bare = Templates.blank(Templates.Context(keyTasks: context.keyTasks, areas: []))
        #expect(!bare[0].sheets[0].validations.contains { $0.column == 0 })
    }

    @Test func aUnitsReportIsPrefilledWithItsCodeYearAndEverySubIndicator() throws {
        let book = Templates.report(for: context.areas[0], year: 2015, context)
        #expect(book.file == "自查报告-510703-涪城区-2015.xlsx")
        #expect(Templates.report(for: context.areas[1], year: 2015, context).file == "自查报告-MY_GXQ-高新_区-2015.xlsx")
        #expect(book.sheets[0].rows == [[.text("510703"), .number(2015)]])
        #expect(book.sheets[1].rows == [
            [.text("510703"), .number(2015), .text("1.1"), .text("新增产能控制")], [.text("510703"), .number(2015), .text("1.2"), .text("违规项目清理")],
            [.text("510703"), .number(2015), .text("2.1"), .text("清洁生产审核")],
        ])
        // 自评得分 (E) and 核定得分 (F): each listed row between 0 and its own points, rows below 0–100.
        let tasks = book.sheets[1]
        #expect(tasks.validations.filter { $0.column == 4 }.map { [$0.firstRow, $0.lastRow] } == [[2, 2], [3, 3], [4, 4], [5, 2000]])
        #expect(tasks.validations.first { $0.column == 4 && $0.firstRow == 4 }?.rule == .decimal(minimum: 0, maximum: 96))
        #expect(tasks.validations.filter { $0.column == 5 }.count == 4)
        // The workbook reads back as a report the CSV validators recognise, with the prefilled rows.
        let data = try XLSXWriter.data(book.sheets)
        let sheet = try XLSXReader.read(data, file: "r.xlsx", sheet: "重点任务")
        #expect(sheet.rows.dropFirst().map { Array($0.cells.prefix(4)) } == [["510703", "2015", "1.1", "新增产能控制"], ["510703", "2015", "1.2", "违规项目清理"], ["510703", "2015", "2.1", "清洁生产审核"]])
        // The hidden list sheet is never the one chosen when no name is given.
        #expect(try XLSXReader.read(data, file: "r.xlsx").name.hasSuffix("自查报告"))
    }

    /// The format and rule of a column are found by its Chinese header: a header renamed in a schema must not
    /// silently lose them, so every column of every template kind has a shape.
    @Test func everyTemplateColumnHasAFormatOrARule() {
        let monitoring = MonitoringFile.schema
        for schema in [AreasFile.schema, TargetsFile.schema, FilingsFile.schema, monitoring] + ReportFiles.schemas {
            for column in schema.columns {
                let (format, rule) = ValueLists.shape(of: column.chinese)
                #expect(format != nil || rule != nil, "\(schema.kind.chinese): \(column.chinese)")
            }
        }
    }
}

