#!/usr/bin/env python3
"""Writes the openpyxl-made .xlsx fixtures from the sample CSVs (issue 16, D-64).

Run from the repository root:  python3 Tests/KaoheCLITests/Fixtures/xlsx/make-openpyxl.py
Needs openpyxl (PyPI). The tests read the committed files and do not need it.

Each workbook is the CSV twin typed the way a person fills a sheet in: codes and amounts as numbers, dates
as dates (one date format per column, including yyyy"年"m"月"d"日"), targets in percent format, a hidden
first sheet, a header cell merged over an empty column. openpyxl saves formulas without a computed value,
so the one formula sits in a separate workbook that must be refused (formula-openpyxl.xlsx).
"""
import csv
import datetime
import os
import re

from openpyxl import Workbook

OUT = os.path.dirname(os.path.abspath(__file__))
DATE = re.compile(r"^(\d{4})[-/年](\d{1,2})[-/月](\d{1,2})日?$")
NUMBER = re.compile(r"^-?\d+(\.\d+)?$")


def rows(path):
    with open(path, encoding="utf-8-sig", newline="") as f:
        return list(csv.reader(f))


def typed(text, column, date_columns):
    """The value a person would type: a date, a number, a percentage, or the text."""
    if column in date_columns and DATE.match(text):
        y, m, d = (int(x) for x in DATE.match(text).groups())
        return datetime.date(y, m, d), "date"
    if text.endswith("%") and NUMBER.match(text[:-1]):
        return float(text[:-1]) / 100, "percent"
    if NUMBER.match(text) and not (len(text) > 1 and text.startswith("0")):
        return (int(text) if "." not in text else float(text)), "number"
    return text, "text"


def sheet_from_csv(ws, table, date_formats, merge_after=None):
    """Fills `ws` from CSV rows; `merge_after` names a header whose cell is merged over an inserted empty column."""
    header = table[0]
    gap = header.index(merge_after) + 1 if merge_after else None
    for r, row in enumerate(table, start=1):
        c = 0
        for i, text in enumerate(row):
            c += 1
            if gap is not None and i == gap:
                c += 1  # the empty column the header above is merged over
            if text == "":
                continue
            if r == 1:
                ws.cell(row=r, column=c, value=text)
                continue
            value, kind = typed(text, header[i], date_formats)
            cell = ws.cell(row=r, column=c, value=value)
            if kind == "date":
                cell.number_format = date_formats[header[i]]
            elif kind == "percent":
                cell.number_format = "0%" if round(value * 100) == value * 100 else "0.0%"
    if gap is not None:
        ws.merge_cells(start_row=1, start_column=gap, end_row=1, end_column=gap + 1)


def hidden_notes(wb):
    notes = wb.active
    notes.title = "填报说明"
    notes["A1"] = "本表由市环保局下发；请勿修改表头。"
    notes.sheet_state = "hidden"


def main():
    wb = Workbook()
    hidden_notes(wb)
    sheet_from_csv(wb.create_sheet("区域"), rows("sample-data/areas.csv"), {}, merge_after="区域名称")
    wb.save(os.path.join(OUT, "areas-openpyxl.xlsx"))

    wb = Workbook()
    hidden_notes(wb)
    sheet_from_csv(wb.create_sheet("目标"), rows("sample-data/targets.csv"), {})
    wb.save(os.path.join(OUT, "targets-openpyxl.xlsx"))

    wb = Workbook()
    hidden_notes(wb)
    base = "sample-data/reports/2015/"
    sheet_from_csv(
        wb.create_sheet("自查报告"), rows(base + "自查报告-2015.csv"),
        {"报送日期": 'yyyy"年"m"月"d"日"', "实施细则备案日期": "yyyy-mm-dd", "年度实施计划备案日期": "yyyy/m/d"})
    sheet_from_csv(wb.create_sheet("重点任务"), rows(base + "key-tasks-2015.csv"), {})
    projects = base + "治理项目-2015.csv"
    with open(projects, encoding="gb18030", newline="") as f:
        project_rows = list(csv.reader(f))
    sheet_from_csv(wb.create_sheet("治理项目"), project_rows, {"计划完成日期": "yyyy-mm-dd", "实际完成日期": 'yyyy"年"m"月"d"日"'})
    sheet_from_csv(wb.create_sheet("资金投入"), rows(base + "funding-2015.csv"), {})
    wb.save(os.path.join(OUT, "reports-2015-openpyxl.xlsx"))

    wb = Workbook()
    hidden_notes(wb)
    sheet_from_csv(wb.create_sheet("监测数据"), rows("sample-data/monitoring/monitoring-2015.csv"), {"日期": "yyyy-mm-dd"})
    wb.save(os.path.join(OUT, "monitoring-2015-openpyxl.xlsx"))

    # A monitoring header merged over D1:E1 with its values under E: the whole read carries 'PM10' to E (D-64),
    # which a streamed read cannot do, so the import reads this sheet whole (D-88).
    wb = Workbook()
    ws = wb.active
    ws.title = "监测数据"
    ws.append(["站点编码", "区域代码", "日期", "PM10", None])
    ws.merge_cells("D1:E1")
    for day, value in [(1, 80), (2, 95)]:
        ws.append(["MY01", "510703", f"2015-01-0{day}", None, value])
    wb.save(os.path.join(OUT, "monitoring-merged-header-openpyxl.xlsx"))

    # openpyxl writes the formula with no cached value: the import must refuse it at its cell.
    wb = Workbook()
    ws = wb.active
    ws.title = "区域"
    for r, row in enumerate(rows("sample-data/areas.csv")[:3], start=1):
        for c, text in enumerate(row, start=1):
            ws.cell(row=r, column=c, value=text or None)
    ws["A3"] = "=510700+24"
    wb.save(os.path.join(OUT, "formula-openpyxl.xlsx"))


if __name__ == "__main__":
    main()
