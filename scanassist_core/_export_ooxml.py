"""A minimal streaming .xlsx (SpreadsheetML) writer: values only, never formulas.

Why not openpyxl's write-only mode: without lxml it serialises every cell through
ElementTree (~30 us a cell), so 10,000 reports with their mentions and links (about a
million cells) took ~40 s. This writer emits the few parts Excel needs directly (~1 us a
cell). It can only write numbers, booleans, dates and inline strings: there is no code path
that writes a formula (``<f>``) or an error cell, so a report can never become one. Strings
that look like formulas get the quote-prefix style so re-editing in Excel keeps them text.
CR is written as ``&#13;`` (a raw CR would be read back as LF). Callers pass values Excel
accepts (control characters already replaced, cells within the length limit).
"""

from __future__ import annotations

import zipfile
from collections.abc import Iterable
from datetime import date, datetime
from typing import BinaryIO
from xml.sax.saxutils import escape, quoteattr

from openpyxl.utils import get_column_letter

__all__ = ["Writer"]

_NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
_NS_R = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_EPOCH = datetime(1899, 12, 30)
# Style ids in styles.xml: 0 normal, 1 bold header, 2 date, 3 quote-prefixed text.
_BOLD, _DATE, _QUOTED = 1, 2, 3
_ENTITIES = {"\r": "&#13;"}

_STYLES = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet {_NS}><numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy-mm-dd"/></numFmts>
<fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font>\
<font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>
<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>
<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>
<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>
<cellXfs count="4"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>\
<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>\
<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>\
<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" quotePrefix="1"/></cellXfs>
<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>
</styleSheet>"""


def _text(value: str) -> str:
    return escape(value, _ENTITIES)


def _serial(value: date) -> str:
    if isinstance(value, datetime):
        delta = value.replace(tzinfo=None) - _EPOCH
        return repr(delta.days + delta.seconds / 86400 + delta.microseconds / 86400e6)
    return str((value - _EPOCH.date()).days)


class Writer:
    """Write sheets one by one into a zip; ``order`` may list the sheet names for the tab order."""

    def __init__(self, out: BinaryIO) -> None:
        self._zip = zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=5)
        self._sheets: list[tuple[str, str, str]] = []  # (name, part, autofilter ref)
        self.order: list[str] | None = None

    def __enter__(self) -> "Writer":
        return self

    def __exit__(self, *exc: object) -> None:
        if exc[0] is None:
            self._finish()
        self._zip.close()

    def add_sheet(
        self,
        name: str,
        header: list[str],
        rows: Iterable[list],
        *,
        widths: list[float] | None = None,
    ) -> None:
        """Stream one sheet: bold header frozen in row 1, autofilter over the data, column widths."""
        part = f"xl/worksheets/sheet{len(self._sheets) + 1}.xml"
        letters = [get_column_letter(i + 1) for i in range(max(1, len(header)))]
        with self._zip.open(part, "w", force_zip64=True) as raw:
            buf: list[str] = [
                f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet {_NS} {_NS_R}>',
                '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft"'
                ' state="frozen"/><selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView></sheetViews>',
                '<sheetFormatPr defaultRowHeight="15"/>',
            ]
            if widths:
                buf.append("<cols>" + "".join(f'<col min="{i}" max="{i}" width="{w:.1f}" customWidth="1"/>'
                                              for i, w in enumerate(widths, 1)) + "</cols>")
            buf.append("<sheetData>")
            buf.append('<row r="1">' + "".join(
                f'<c r="{letters[i]}1" t="inlineStr" s="{_BOLD}"><is><t xml:space="preserve">{_text(h)}</t></is></c>'
                for i, h in enumerate(header)) + "</row>")
            n = 1
            size = 0
            for row in rows:
                n += 1
                cells = []
                for i, v in enumerate(row):
                    if v is None or v == "":
                        continue
                    ref = f"{letters[i]}{n}"
                    if isinstance(v, str):
                        style = f' s="{_QUOTED}"' if v.startswith(_FORMULA_START) else ""
                        cells.append(f'<c r="{ref}" t="inlineStr"{style}><is><t xml:space="preserve">'
                                     f"{_text(v)}</t></is></c>")
                    elif isinstance(v, bool):
                        cells.append(f'<c r="{ref}" t="b"><v>{int(v)}</v></c>')
                    elif isinstance(v, (int, float)):
                        if v != v or v in (float("inf"), float("-inf")):
                            continue
                        cells.append(f'<c r="{ref}"><v>{v!r}</v></c>')
                    elif isinstance(v, date):
                        cells.append(f'<c r="{ref}" s="{_DATE}"><v>{_serial(v)}</v></c>')
                    else:
                        text = str(v)
                        style = f' s="{_QUOTED}"' if text.startswith(_FORMULA_START) else ""
                        cells.append(f'<c r="{ref}" t="inlineStr"{style}><is><t xml:space="preserve">'
                                     f"{_text(text)}</t></is></c>")
                line = f'<row r="{n}">' + "".join(cells) + "</row>"
                buf.append(line)
                size += len(line)
                if size > 1 << 20:
                    raw.write("".join(buf).encode("utf-8"))
                    buf, size = [], 0
            ref = f"A1:{letters[len(header) - 1] if header else 'A'}{n}"
            buf.append(f'</sheetData><autoFilter ref="{ref}"/></worksheet>')
            raw.write("".join(buf).encode("utf-8"))
        self._sheets.append((name, part, ref))

    def _finish(self) -> None:
        names = [s[0] for s in self._sheets]
        order = [names.index(n) for n in (self.order or names)]
        order += [i for i in range(len(names)) if i not in order]
        sheets = [self._sheets[i] for i in order]
        z = self._zip
        overrides = "".join(
            f'<Override PartName="/{part}" '
            'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
            for _, part, _ in sheets)
        z.writestr("[Content_Types].xml", (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/xl/workbook.xml" '
            'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
            '<Override PartName="/xl/styles.xml" '
            'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
            f"{overrides}</Types>"))
        z.writestr("_rels/.rels", (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" '
            'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
            'Target="xl/workbook.xml"/></Relationships>'))
        rels = "".join(
            f'<Relationship Id="rId{i}" '
            'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" '
            f'Target="{part[3:]}"/>' for i, (_, part, _) in enumerate(sheets, 1))
        rels += (f'<Relationship Id="rId{len(sheets) + 1}" '
                 'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" '
                 'Target="styles.xml"/>')
        z.writestr("xl/_rels/workbook.xml.rels", (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            f'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">{rels}'
            "</Relationships>"))
        entries = "".join(f'<sheet name={quoteattr(name)} sheetId="{i}" r:id="rId{i}"/>'
                          for i, (name, _, _) in enumerate(sheets, 1))
        filters = "".join(
            f'<definedName name="_xlnm._FilterDatabase" localSheetId="{i}" hidden="1">'
            f"{escape(_quote_sheet(name))}!{_absolute(ref)}</definedName>"
            for i, (name, _, ref) in enumerate(sheets))
        z.writestr("xl/workbook.xml", (
            f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook {_NS} {_NS_R}>'
            '<bookViews><workbookView activeTab="0"/></bookViews>'
            f"<sheets>{entries}</sheets><definedNames>{filters}</definedNames></workbook>"))
        z.writestr("xl/styles.xml", _STYLES)


def _quote_sheet(name: str) -> str:
    return "'" + name.replace("'", "''") + "'"


def _absolute(ref: str) -> str:
    start, end = ref.split(":")

    def part(cell: str) -> str:
        letters = "".join(ch for ch in cell if ch.isalpha())
        return f"${letters}${cell[len(letters):]}"

    return f"{part(start)}:{part(end)}"
