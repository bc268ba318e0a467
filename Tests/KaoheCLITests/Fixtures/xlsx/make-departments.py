#!/usr/bin/env python3
"""Writes departments-openpyxl.xlsx from sample-data/departments/departments.csv (issue 17).

Run from the repository root:  python3 Tests/KaoheCLITests/Fixtures/xlsx/make-departments.py
A cover sheet comes first, so the reader must pick the sheet named 部门 by its name.
"""
import csv
import os

from openpyxl import Workbook

OUT = os.path.dirname(os.path.abspath(__file__))
wb = Workbook()
wb.active.title = "说明"
wb.active["A1"] = "部门名单"
ws = wb.create_sheet("部门")
with open("sample-data/departments/departments.csv", encoding="utf-8-sig", newline="") as f:
    for row in csv.reader(f):
        ws.append(row)
wb.save(os.path.join(OUT, "departments-openpyxl.xlsx"))
