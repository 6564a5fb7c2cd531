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
# Each table: its width, the sum and narrowest of its grid columns and its section's orientation
# (a table belongs to the section whose page setup follows it).
orientation = []
current = []
drawings = []
for block in d.element.body.iterchildren():
    if block.tag == qn("w:tbl"):
        current.append(block)
    if block.tag == qn("w:p"):
        drawings += [(e, None) for e in block.findall(".//" + qn("wp:extent"))]
    sect = block.find(".//" + qn("w:sectPr")) if block.tag == qn("w:p") else (
        block if block.tag == qn("w:sectPr") else None)
    if sect is not None:
        size = sect.find(qn("w:pgSz"))
        land = size is not None and int(size.get(qn("w:w"))) > int(size.get(qn("w:h")))
        orientation += [(t, land) for t in current]
        current = []
        for e, _ in drawings:
            print("figure-size", "landscape" if land else "portrait",
                  round(int(e.get("cx")) / 360000, 2), round(int(e.get("cy")) / 360000, 2))
        drawings = []
for t, land in orientation:
    width = t.find(qn("w:tblPr") + "/" + qn("w:tblW"))
    cols = [int(c.get(qn("w:w"))) for c in t.findall(qn("w:tblGrid") + "/" + qn("w:gridCol"))]
    print("table-width", "landscape" if land else "portrait",
          width.get(qn("w:type")) if width is not None else "",
          width.get(qn("w:w")) if width is not None else "", sum(cols), min(cols), len(cols))
settings = d.settings.element
print("auto-hyphenation", "yes" if settings.find(qn("w:autoHyphenation")) is not None else "no")
