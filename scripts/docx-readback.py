#!/usr/bin/env python3
"""Reads a .docx back with python-docx (PyPI) and prints JSON: {"title": the paragraph styled Title,
"paragraphs": every body paragraph's text, "cells": every table cell's text, "sections": [[width, height] in mm]}.
Used by the KaoheCLITests docx check and by scripts/check-docx.   docx-readback.py FILE.docx"""
import json, sys
try:
    import docx
except ImportError:
    sys.exit("python-docx is missing — install it with: python3 -m pip install python-docx")

d = docx.Document(sys.argv[1])
title = next((p.text for p in d.paragraphs if p.style is not None and p.style.name == "Title"), None)
cells = [c.text for t in d.tables for row in t.rows for c in row.cells]
sections = [[round(s.page_width.mm), round(s.page_height.mm)] for s in d.sections]
print(json.dumps({"title": title, "paragraphs": [p.text for p in d.paragraphs], "cells": cells, "sections": sections}, ensure_ascii=False))
