import Foundation
import KaoheCSV
import KaoheCore
import Testing

@Suite struct AreasAndTargetsFileTests {
    func messages(_ body: () throws -> Void) -> [String] {
        do {
            try body()
            return ["accepted"]
        } catch let error as DiagnosticsError {
            return error.diagnostics.map(\.description)
        } catch {
            return ["\(error)"]
        }
    }

    @Test func areasWithEnglishHeadersInAnyOrderAndFullWidthSpacesAreRead() throws {
        let parsed = try AreasFile.parse(Data("AREA_TYPE, area_name ,area_code\n园区,高新区,MY-GXQ\n区,\u{3000}涪城区\u{3000},510703\n".utf8), file: "a.csv")
        #expect(parsed.rows == [Area(code: "MY-GXQ", name: "高新区", type: .park), Area(code: "510703", name: "涪城区", type: .district)])
        #expect(parsed.warnings == [])
    }

    @Test func areasFileProblemsAreAllReportedWithLineColumnAndHeader() {
        let text = "区域代码,区域名称,区域类型,负责人\n510703,涪城区,区,张三\n510703,涪城区,区,李四\n5107 03,游仙区,市辖区,\n"
        #expect(
            messages { _ = try AreasFile.parse(Data(text.utf8), file: "a.csv") } == [
                "a.csv:1:4 (负责人): warning: unknown column is ignored — remove it, or rename it to one of: 区域代码 / area_code, 区域名称 / area_name, 区域类型 / area_type, 上级区域代码 / parent_code",
                "a.csv:3:1 (区域代码): unit 510703 is listed twice (first on line 2) — keep one row per unit",
                "a.csv:4:1 (区域代码): \"5107 03\" is not a unit code — write the GB/T 2260 code (e.g. 510703) or the park code: 1–32 letters, digits or -, with at least one letter or digit",
                "a.csv:4:3 (区域类型): \"市辖区\" is not a unit type — write one of 县, 自治县, 县级市, 区, 园区, 办事处",
            ])
    }

    @Test func duplicateHeaderAndHeaderOnlyFileAreErrors() {
        #expect(
            messages { _ = try AreasFile.parse(Data("区域代码,area_code,区域名称,区域类型\n".utf8), file: "a.csv") } == [
                "a.csv:1:2 (area_code): column 区域代码 / area_code appears twice (first in column 1) — keep one of the two columns",
            ])
        #expect(
            messages { _ = try AreasFile.parse(Data("区域代码,区域名称,区域类型\n".utf8), file: "a.csv") } == [
                "a.csv:1: the file has a header row but no data rows — add the data rows below the header, or leave this file out"
            ])
        #expect(
            messages { _ = try AreasFile.parse(Data(), file: "a.csv") } == [
                "a.csv:1: the file is empty — export the 区域 (areas) template with its header row"
            ])
    }

    @Test func targetsOfEveryKindAreReadWithExactValues() throws {
        let text = """
            area_code,year,base_year,base_concentration,target_kind,target_value,is_final
            510703,2015,2013,102.5,下降比例,４%,否
            510703,2017,2013,102.5,percent_decline,10,是
            510704,2017,2013,96,消减值,"8.5",Y
            510724,2017,2013,95,浓度限值,85,true
            510722,2017,2013,88,持续改善,,1

            """
        let parsed = try TargetsFile.parse(Data(text.utf8), file: "t.csv", knownAreas: ["510703", "510704", "510724", "510722"])
        #expect(
            parsed.rows == [
                Target(areaCode: "510703", year: 2015, baseYear: 2013, baseConcentration: Decimal(string: "102.5")!, kind: .percentDecline, value: 4),
                Target(areaCode: "510703", year: 2017, baseYear: 2013, baseConcentration: Decimal(string: "102.5")!, kind: .percentDecline, value: 10, isFinal: true),
                Target(areaCode: "510704", year: 2017, baseYear: 2013, baseConcentration: 96, kind: .absoluteReduction, value: Decimal(string: "8.5")!, isFinal: true),
                Target(areaCode: "510724", year: 2017, baseYear: 2013, baseConcentration: 95, kind: .ceiling, value: 85, isFinal: true),
                Target(areaCode: "510722", year: 2017, baseYear: 2013, baseConcentration: 88, kind: .continuousImprovement, value: nil, isFinal: true),
            ])
    }

    @Test func targetRuleViolationsAreEachLocated() {
        let text = """
            区域代码,考核年度,基准年,基准浓度,目标类型,目标值,终期目标
            510703,2017,2013,102,下降比例,10,是
            510703,2016,2013,102,下降比例,7,是
            510703,2016,2013,102,下降比例,7,否
            510722,2017,2013,88,持续改善,5,是
            510724,2013,2013,0,浓度限值,85%,是
            510704,2017,2013,96,消减值,,是

            """
        #expect(
            messages { _ = try TargetsFile.parse(Data(text.utf8), file: "t.csv", knownAreas: ["510703", "510704", "510724", "510722"]) } == [
                "t.csv:3:7 (终期目标): unit 510703 has a second end-of-period target (first on line 2) — mark only one row per unit as 终期目标",
                "t.csv:4:2 (考核年度): unit 510703 has a second target for 2016 (first on line 3) — keep one row per unit and year",
                "t.csv:5:6 (目标值): 持续改善 takes no target value, but \"5\" is given — leave 目标值 empty, or choose another 目标类型",
                "t.csv:6:4 (基准浓度): concentration 0 is out of range — write μg/m³ above 0 and at most 1000",
                "t.csv:6:6 (目标值): 85% is a percentage, but 浓度限值 is in μg/m³ — drop the %, or set 目标类型 to 下降比例",
                "t.csv:6:3 (基准年): base year 2013 is not before the assessed year 2013 — the base year is the year the decline is measured from, e.g. 2013",
                "t.csv:7:6 (目标值): required value is empty — fill in 目标值",
            ])
    }
}
