#!/usr/bin/env python3
"""Reads a CSV file with Python's csv module (a real RFC 4180 reader) and prints its rows as JSON.

Used by tst_csvwriter to check that what CodeDesk writes reads back cell for cell.
usage: read_csv.py FILE
"""
import csv
import json
import sys

with open(sys.argv[1], newline="", encoding="utf-8") as handle:
    rows = list(csv.reader(handle, strict=True))
json.dump(rows, sys.stdout, ensure_ascii=True)
