# Prints what a report DOCX holds, for test_report_office.cpp: one fact per line.
# Run with Debian's /usr/bin/python3 (python3-docx).
import sys
import docx
from docx.oxml.ns import qn

d = docx.Document(sys.argv[1])
print("tables", len(d.tables))
print("repeated-headers", sum(1 for t in d.tables if t.rows and t.rows[0]._tr.trPr is not None
                              and t.rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None))
for s in d.sections:
    print("section", "landscape" if s.orientation == 1 else "portrait",
          round(s.page_width.cm, 2), round(s.page_height.cm, 2))
styles = set()
h1 = h2 = ""
figures = {}
for block in d.element.body.iterchildren():
    if block.tag != qn("w:p"):
        continue
    p = docx.text.paragraph.Paragraph(block, d)
    name = p.style.name if p.style is not None else ""
    if name.startswith("Heading"):
        styles.add(name)
        if name == "Heading 1":
            h1, h2 = p.text, ""
        elif name == "Heading 2":
            h2 = p.text
    n = len(block.findall(".//" + qn("w:drawing")))
    if n:
        figures[(h1, h2)] = figures.get((h1, h2), 0) + n
for s in sorted(styles):
    print("style", s)
for (a, b), n in figures.items():
    print("figures", n, a, "|", b)
lang = d.styles.element.find(".//" + qn("w:rPrDefault") + "//" + qn("w:lang"))
print("lang", lang.get(qn("w:val")) if lang is not None else "")
