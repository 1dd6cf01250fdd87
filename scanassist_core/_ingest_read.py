"""Bytes -> ``RawTable``: decoding, delimiter sniffing, CSV records and XLSX sheets.

Decisions (documented here because analysts will ask):

* Encodings tried: a BOM decides (UTF-8-sig, UTF-16, UTF-32); otherwise BOM-less UTF-16 when the
  bytes are mostly NULs, then strict UTF-8, then strict Windows-1252 (``cp1252``, which police
  exports often are). Nothing is ever decoded with ``errors="replace"``: a file no codec reads
  cleanly, or one that mixes UTF-8 and Windows-1252, is refused rather than mis-read.
* Delimiter: the csv module parses a sample with each of ``, ; TAB |``; the one giving a
  multi-column header with the most consistent field counts wins (ties: that order).
* The header is the first non-blank record, except that up to 10 one-cell title lines above a
  multi-column header are skipped (with a notice), as is Excel's ``sep=;`` hint line. Data rows are numbered 1.. after it (records, not
  physical lines, so a quoted field with newlines is one row). Blank records inside the data are
  kept (ingest rejects them as "blank row"); blank records after the last data row are dropped with
  a notice, as are blank lines before the header.
* Unterminated quote: the csv module would swallow the rest of the file into one field. We detect
  it (a sentinel line appended after the data ends up inside a field), keep only the first physical
  line of that record, mark it rejected ("unterminated quote ..."), and resume parsing at the next
  line, so the rows after it are still read and every row is accounted for. More than
  ``MAX_QUOTE_RECOVERIES`` such quotes and the file is refused as unreadable.
* CSV rows keep their field count (ingest rejects rows with extra non-blank fields); trailing blank
  extra fields (``a,b,c,,``) are harmless and trimmed. XLSX cells are positioned by column, so a
  value under an empty header cell gets a header ``Column N`` instead.
* XLSX: openpyxl read-only with ``data_only`` (cached formula values), parsed through defusedxml
  (checked: we refuse XLSX if openpyxl did not pick it up). Default sheet: the first with data.
"""

from __future__ import annotations

import csv
import io
import re
import unicodedata
import zipfile
from collections.abc import Iterator, Sequence

from ._ingest_types import EmptyFileError, FileTooLargeError, IngestError, RawTable, UnreadableFileError

__all__ = ["read_table", "DEFAULT_MAX_BYTES", "DEFAULT_MAX_CELLS", "MAX_QUOTE_RECOVERIES", "is_blank"]

DEFAULT_MAX_BYTES = 100 * 1024 * 1024
DEFAULT_MAX_CELLS = 10_000_000
MAX_QUOTE_RECOVERIES = 20
#: An XLSX may unpack to at most this many times ``max_bytes`` (defeats zip bombs).
UNZIP_FACTOR = 10

_OLE_MAGIC = b"\xd0\xcf\x11\xe0"
_ZIP_MAGIC = b"PK\x03\x04"
_CSV_EXT = {"", "csv", "txt", "tsv", "tab", "psv", "dat"}
_XLSX_EXT = {"xlsx", "xlsm"}
_DELIMITERS = (",", ";", "\t", "|")
_SEP_HINT = re.compile(r"\ufeff?sep=([,;\t|])[ \t]*(?:\r\n|\n|\r|$)")
_SENTINEL = "\ue000\ue001scanassist-eof\ue001\ue000"
_UTF8_MULTIBYTE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")


def is_blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _ext(filename: str) -> str:
    base = filename.rsplit("/", 1)[-1].rsplit("\\", 1)[-1]
    return base.rsplit(".", 1)[-1].lower() if "." in base else ""


def read_table(
    data: bytes,
    filename: str,
    sheet: str | None = None,
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    max_cells: int = DEFAULT_MAX_CELLS,
) -> RawTable:
    """Read a CSV or XLSX upload into a header and data rows, refusing what cannot be read honestly."""
    data = bytes(data)
    if not data:
        raise EmptyFileError(f"{filename} is empty (0 bytes)")
    if len(data) > max_bytes:
        raise FileTooLargeError(
            f"{filename} is {len(data) / 1e6:.1f} MB, over the {max_bytes / 1e6:.1f} MB limit; split it or raise the limit"
        )
    ext = _ext(filename)
    if data.startswith(_OLE_MAGIC):
        raise UnreadableFileError(
            f"{filename} is a password-protected (encrypted) Excel file or an old Excel 97-2003 workbook: "
            "remove the password and save it as .xlsx or CSV, then upload again"
        )
    if ext in _XLSX_EXT or ext == "xls" or data.startswith(_ZIP_MAGIC):
        if not data.startswith(_ZIP_MAGIC):
            raise UnreadableFileError(f"{filename} is not a valid Excel .xlsx workbook (damaged, or not really .xlsx)")
        return _read_xlsx(data, filename, sheet, max_bytes, max_cells)
    if ext not in _CSV_EXT:
        raise UnreadableFileError(f"{filename}: unsupported file type '.{ext}'; upload CSV or Excel .xlsx")
    return _read_csv(data, filename, sheet, max_cells)


# ----------------------------------------------------------------------------------------- CSV


def _decode(data: bytes, filename: str) -> tuple[str, str]:
    if data.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")):
        candidates = ["utf-32"]
    elif data.startswith(b"\xef\xbb\xbf"):
        candidates = ["utf-8-sig"]
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        candidates = ["utf-16"]
    else:
        candidates = []
        head = data[:4096]
        odd, even, half = head[1::2].count(0), head[0::2].count(0), len(head) // 2
        # BOM-less UTF-16 (mostly ASCII): NULs in nearly every byte of one parity and almost none in the other
        if half >= 4 and max(odd, even) >= 0.9 * half and min(odd, even) <= 0.05 * half:
            candidates.append("utf-16-le" if odd > even else "utf-16-be")
        candidates += ["utf-8", "cp1252"]
    first_error: UnicodeDecodeError | None = None
    for enc in candidates:
        if enc == "cp1252" and _UTF8_MULTIBYTE.search(data):
            raise UnreadableFileError(
                f"{filename} mixes UTF-8 and Windows-1252 text (invalid UTF-8 at byte {first_error.start if first_error else '?'}); "
                "re-save it as UTF-8 CSV so no character is mis-read"
            )
        try:
            return data.decode(enc), enc
        except UnicodeDecodeError as exc:
            first_error = first_error or exc
    where = f" (byte {first_error.start})" if first_error else ""
    raise UnreadableFileError(
        f"{filename}: the text is not valid {' or '.join(candidates)}{where}; re-save it as UTF-8 CSV "
        "(characters are never guessed)"
    )


def _sniff_delimiter(text: str) -> str:
    sample = text[:65536]
    truncated = len(text) > len(sample)
    if truncated and "\n" in sample:
        sample = sample[: sample.rfind("\n") + 1]
    best: tuple[float, int, int] | None = None
    choice = ","
    for rank, delim in enumerate(_DELIMITERS):
        try:
            records = [r for r in csv.reader(io.StringIO(sample, newline=""), delimiter=delim) if not all(map(is_blank, r))]
        except csv.Error:
            continue
        if not records or len(records[0]) < 2:
            continue
        width = len(records[0])
        body = records[1:-1] if truncated else records[1:]
        consistency = sum(len(r) == width for r in body) / len(body) if body else 1.0
        score = (consistency, width, -rank)
        if best is None or score > best:
            best, choice = score, delim
    return choice


class _Lines:
    """Iterator over physical lines that the csv reader consumes; ``lines`` is shared."""

    def __init__(self, lines: Sequence[str], start: int) -> None:
        self._lines, self._i = lines, start

    def __iter__(self) -> Iterator[str]:
        return self

    def __next__(self) -> str:
        if self._i >= len(self._lines):
            raise StopIteration
        self._i += 1
        return self._lines[self._i - 1]


def _parse_csv(text: str, delimiter: str, filename: str, max_cells: int) -> tuple[list[list[str]], dict[int, str]]:
    """All records (blank ones included) and {record index: reason} for unterminated quotes."""
    lines = io.StringIO(text, newline="").readlines()
    if lines and not lines[-1].endswith(("\n", "\r")):
        lines[-1] += "\n"
    lines.append(_SENTINEL + "\n")
    records: list[list[str]] = []
    errors: dict[int, str] = {}
    pos, recoveries, cells = 0, 0, 0
    while pos < len(lines):
        reader = csv.reader(_Lines(lines, pos), delimiter=delimiter)
        start = pos
        swallowed: int | None = None
        try:
            for rec in reader:
                end = pos + reader.line_num
                if rec and _SENTINEL in rec[-1]:
                    if rec == [_SENTINEL]:
                        break
                    swallowed = start
                    break
                records.append(rec)
                cells += len(rec)
                if cells > max_cells:
                    raise FileTooLargeError(f"{filename} has more than {max_cells:,} cells; split it or raise the limit")
                start = end
        except csv.Error as exc:  # e.g. a field over the size limit
            raise UnreadableFileError(f"{filename}: CSV cannot be read near line {start + 1} ({exc})") from exc
        if swallowed is None:
            break
        recoveries += 1
        if recoveries > MAX_QUOTE_RECOVERIES:
            raise UnreadableFileError(
                f"{filename} has more than {MAX_QUOTE_RECOVERIES} unterminated quotes; fix the quoting and upload again"
            )
        first_line = next(csv.reader([lines[swallowed]], delimiter=delimiter), [])
        errors[len(records)] = (
            f"unterminated quote: a quoted field opened on line {swallowed + 1} never closes "
            "(it would swallow the rest of the file); fix the quote in the source"
        )
        records.append([f.rstrip("\r\n") for f in first_line])
        pos = swallowed + 1
    return records, errors


def _read_csv(data: bytes, filename: str, sheet: str | None, max_cells: int) -> RawTable:
    text, encoding = _decode(data, filename)
    if not text.strip(" \t\r\n\ufeff"):
        raise EmptyFileError(f"{filename} has no header or data (only blank lines)")
    if csv.field_size_limit() < len(text) + 1:
        csv.field_size_limit(len(text) + 1)  # one report may legitimately be the whole file
    notices: list[str] = []
    hint = _SEP_HINT.match(text)
    if hint:  # Excel's "sep=;" first line names the delimiter and is not data
        delimiter = hint.group(1)
        text = text[hint.end() :]
        notices.append(f"used the delimiter named by the first line '{hint.group(0).strip()}'")
    else:
        delimiter = _sniff_delimiter(text)
    records, errors = _parse_csv(text, delimiter, filename, max_cells)
    if sheet:
        notices.append(f"sheet '{sheet}' ignored: {filename} is a CSV file")
    names = {",": "comma", ";": "semicolon", "\t": "tab", "|": "pipe"}
    notices.append(f"read as {encoding}, {names[delimiter]}-separated")
    return _finish(filename, records, errors, encoding, None, [], notices, extend_header=False)


# ---------------------------------------------------------------------------------------- XLSX


def _read_xlsx(data: bytes, filename: str, sheet: str | None, max_bytes: int, max_cells: int) -> RawTable:
    import openpyxl

    if not openpyxl.DEFUSEDXML:
        raise UnreadableFileError("Excel files are refused: defusedxml is not installed, so XML could not be parsed safely")
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            unpacked = sum(info.file_size for info in zf.infolist())
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise UnreadableFileError(f"{filename} is not a valid Excel .xlsx workbook (damaged zip: {exc})") from exc
    if unpacked > max_bytes * UNZIP_FACTOR:
        raise FileTooLargeError(f"{filename} unpacks to {unpacked / 1e6:.0f} MB, over the limit; split it")
    try:
        wb = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as exc:  # hostile input: openpyxl raises many types (KeyError, XML errors, ...)
        raise _unreadable(filename, exc) from exc
    try:
        sheets = [ws.title for ws in wb.worksheets if hasattr(ws, "iter_rows")]
        default = next((t for t in sheets if _has_data(wb[t])), None)
        if sheet is not None:
            chosen = next((t for t in sheets if t == sheet), None) or next(
                (t for t in sheets if t.strip().lower() == sheet.strip().lower()), None
            )
            if chosen is None:
                raise IngestError(f"sheet '{sheet}' not found in {filename}; its sheets are: {', '.join(sheets)}")
        elif default is None:
            raise EmptyFileError(f"{filename} has no data on any sheet")
        else:
            chosen = default
        records: list[list[object]] = []
        cells = 0
        for row in wb[chosen].iter_rows(values_only=True):
            rec = list(row)
            while rec and is_blank(rec[-1]):
                rec.pop()
            cells += len(rec)
            if cells > max_cells:
                raise FileTooLargeError(f"{filename} has more than {max_cells:,} cells; split it or raise the limit")
            records.append(rec)
    except IngestError:
        raise
    except Exception as exc:  # corrupt sheet XML, forbidden DTD entities (defusedxml), ...
        raise _unreadable(filename, exc) from exc
    finally:
        wb.close()
    notices = []
    others = [t for t in sheets if t != chosen]
    if others:
        how = "named" if sheet is not None else "the first sheet with data"
        notices.append(f"read sheet '{chosen}' ({how}); other sheets: {', '.join(others)}")
    if not any(not all(map(is_blank, r)) for r in records):
        raise EmptyFileError(f"sheet '{chosen}' of {filename} is empty")
    table = _finish(filename, records, {}, None, chosen, sheets, notices, extend_header=True)
    table.non_default_sheet = chosen != default
    return table


def _unreadable(filename: str, exc: BaseException) -> UnreadableFileError:
    from defusedxml.common import DefusedXmlException

    seen: BaseException | None = exc
    while seen is not None:
        if isinstance(seen, DefusedXmlException):
            return UnreadableFileError(
                f"{filename} was refused: it contains forbidden XML (entity/DTD declarations, as in an XML bomb)"
            )
        seen = seen.__cause__ or seen.__context__
    return UnreadableFileError(f"{filename} is not a readable Excel workbook ({type(exc).__name__})")


def _has_data(ws: object) -> bool:
    for row in ws.iter_rows(values_only=True):  # type: ignore[attr-defined]
        if not all(map(is_blank, row)):
            return True
    return False


# ------------------------------------------------------------------------------------- shared


def _clean_header(value: object) -> str:
    text = "" if value is None else str(value)
    text = "".join(ch for ch in text if unicodedata.category(ch) != "Cc" or ch in "\t\n\r")
    return " ".join(text.replace("\ufeff", "").split())


def _finish(
    filename: str,
    records: list[list[object]],
    errors: dict[int, str],
    encoding: str | None,
    sheet: str | None,
    sheets: list[str],
    notices: list[str],
    *,
    extend_header: bool,
) -> RawTable:
    """Pick the header, drop surrounding blank records, name/deduplicate headers."""
    first = next((i for i, r in enumerate(records) if not all(map(is_blank, r))), None)
    if first is None:
        raise EmptyFileError(f"{filename} has no header or data (only blank rows)")
    if first:
        notices.append(f"skipped {first} blank line(s) before the header")
    if _extent(records[first]) == 1 or sum(not is_blank(v) for v in records[first]) == 1:
        # a title line ("Intelligence export 01/04/2025") above the real header: skip up to 10 such lines
        for j in range(first + 1, min(len(records), first + 11)):
            if sum(not is_blank(v) for v in records[j]) >= 2:
                skipped = [str(v).strip() for r in records[first:j] for v in r if not is_blank(v)]
                notices.append(f"skipped title line(s) above the header: {'; '.join(skipped)[:200]}")
                first = j
                break
    last = max(i for i, r in enumerate(records) if not all(map(is_blank, r)) or i in errors)
    trailing = len(records) - 1 - last
    if trailing:
        notices.append(f"ignored {trailing} blank row(s) after the last data row")
    header_raw = list(records[first])
    body = records[first + 1 : last + 1]
    body_errors = {i - first - 1: reason for i, reason in errors.items() if first < i <= last}
    data_extent = max((_extent(r) for r in body), default=0)
    while header_raw and is_blank(header_raw[-1]) and len(header_raw) > data_extent:
        header_raw.pop()
    if extend_header and data_extent > len(header_raw):
        header_raw += [None] * (data_extent - len(header_raw))
    headers = _name_headers(header_raw, notices)
    width = len(headers)
    rows: list[list[object]] = []
    for rec in body:
        rec = list(rec)
        while len(rec) > width and is_blank(rec[-1]):
            rec.pop()
        if extend_header:
            rec += [None] * (width - len(rec))
        rows.append(rec)
    if not rows:
        notices.append(f"{filename} has a header but no data rows")
    row_errors = {i + 1: reason for i, reason in body_errors.items()}
    return RawTable(
        filename=filename,
        headers=headers,
        rows=rows,
        encoding=encoding,
        sheet=sheet,
        sheets=sheets,
        notices=notices,
        row_numbers=list(range(1, len(rows) + 1)),
        row_errors=row_errors,
    )


def _extent(rec: Sequence[object]) -> int:
    n = len(rec)
    while n and is_blank(rec[n - 1]):
        n -= 1
    return n


def _name_headers(raw: list[object], notices: list[str]) -> list[str]:
    names = [_clean_header(h) for h in raw]
    for i, name in enumerate(names):
        if not name:
            names[i] = f"Column {i + 1}"
            notices.append(f"column {i + 1} has no header; called it 'Column {i + 1}'")
    taken = {n.lower() for n in names}
    seen: set[str] = set()
    out: list[str] = []
    for name in names:
        key = name.lower()
        if key in seen:
            k = 2
            while f"{name} ({k})".lower() in taken:
                k += 1
            new = f"{name} ({k})"
            taken.add(new.lower())
            notices.append(f"duplicate header '{name}' renamed '{new}'")
            name, key = new, new.lower()
        seen.add(key)
        out.append(name)
    return out
