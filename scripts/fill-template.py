#!/usr/bin/env python3
"""Fills in a prefilled report template (kaohe templates --year Y --area CODE) the way a county clerk would,
with openpyxl (PyPI), and saves it: the round trip of issue 16. The values are fixed here and listed in
KaoheCLITests/TemplatesCommandTests, which imports the saved file and compares what was stored.
    fill-template.py TEMPLATE.xlsx OUT.xlsx"""
import datetime, sys
try:
    import openpyxl
except ImportError:
    sys.exit("openpyxl is missing — install it with: python3 -m pip install openpyxl")

wb = openpyxl.load_workbook(sys.argv[1])
lists = wb["选项"]
assert lists.sheet_state == "hidden", "the value lists should be on a hidden sheet"
# The first 任务类别 in the template's own drop-down list (column G of 选项).
headings = [c.value for c in lists[1]]
category = lists.cell(row=2, column=headings.index("任务类别") + 1).value

report = wb["自查报告"]
columns = {c.value: c.column for c in report[1]}
def put(sheet, row, header, value):
    cols = {c.value: c.column for c in sheet[1]}
    sheet.cell(row=row, column=cols[header], value=value)

put(report, 2, "报送日期", datetime.date(2016, 1, 5))             # typed as a date, as Excel stores it
put(report, 2, "PM10年均浓度", 96)
put(report, 2, "PM10有效监测天数", 351)
put(report, 2, "实施细则公开", "是")
put(report, 2, "实施细则备案日期", datetime.date(2015, 3, 2))
put(report, 2, "年度实施计划公开", "否")
put(report, 2, "填报人", "张丽")

tasks = wb["重点任务"]
# Each prefilled sub-indicator row has its own validation: 0 to its points. Score each at its full points,
# read from the template's rule, which also shows the rule is there.
maximum = {}
for dv in tasks.data_validations.dataValidation:
    first = str(dv.sqref).split(":")[0]
    if dv.type == "decimal" and dv.formula2 is not None and str(dv.sqref).split(":")[0][1:] == str(dv.sqref).split(":")[-1][1:]:
        maximum[int(first[1:])] = float(dv.formula2)
for row in range(2, tasks.max_row + 1):                         # every prefilled sub-indicator row
    put(tasks, row, "自评得分", maximum[row])
put(tasks, 2, "完成情况", "已完成，见附件1")

projects = wb["治理项目"]
code = report.cell(row=2, column=columns["区域代码"]).value
year = report.cell(row=2, column=columns["考核年度"]).value
for header, value in [("区域代码", code), ("考核年度", year), ("项目编号", "0701"), ("项目名称", "燃煤锅炉淘汰"),
                      ("任务类别", category), ("计划完成日期", datetime.date(2015, 10, 31)),
                      ("实际完成日期", datetime.date(2015, 11, 30)), ("进展状态", "已完成"),
                      ("计划投资（万元）", 120.5), ("完成投资（万元）", 118)]:
    put(projects, 2, header, value)

funding = wb["资金投入"]
for header, value in [("区域代码", code), ("考核年度", year), ("资金来源", "中央财政"), ("计划金额（万元）", 100), ("实际到位（万元）", 80.25)]:
    put(funding, 2, header, value)

wb.save(sys.argv[2])
