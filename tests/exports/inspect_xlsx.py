# Prints the sheets of a workbook for test_report_office.cpp: name, frozen panes, header row.
# Run with Debian's /usr/bin/python3 (python3-openpyxl).
import sys
import openpyxl

wb = openpyxl.load_workbook(sys.argv[1])
for ws in wb.worksheets:
    header = [c.value or "" for c in ws[1]]
    print("sheet", ws.title, "\t", ws.freeze_panes, "\t", ws.max_row, "\t", "|".join(header))
