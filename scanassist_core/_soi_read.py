"""Reading an SOI list: header -> role mapping and row -> ``SoiEntrySchema`` entry.

Why roles rather than fixed columns: every force's system exports its nominal list differently
(one "Nominal" column written ``SMITH, John``, or "Surname"/"Forename(s)", phones under "Mobile",
"Tel 2" ...). A header is mapped by, in order: the analyst's override, a known header name, then
the values themselves (phones, e-mails, postcodes, PNC IDs, registrations, dates, names).
Several columns may feed one multi-valued role (two phone columns); unmapped columns go to
``extras`` so nothing the team wrote is lost.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass, field

import pandas as pd

from ._soi_names import ParsedName, clean_cell, parse_name, split_multi

__all__ = ["ROLES", "MULTI_ROLES", "IDENTIFIER_KINDS", "map_columns", "parse_row", "RowOutcome"]

#: Roles a column can play. ``extra`` = kept in ``extras``.
ROLES: tuple[str, ...] = (
    "name", "surname", "forenames", "middle", "dob", "aliases", "pnc_id",
    "phone", "vrm", "email", "handle", "address", "postcode", "extra",
)  # fmt: skip
#: Roles that may come from several columns.
MULTI_ROLES = frozenset({"forenames", "middle", "aliases", "phone", "vrm", "email", "handle", "address", "postcode", "extra"})
#: Keys of the ``identifiers`` JSON object, always all present.
IDENTIFIER_KINDS: tuple[str, ...] = ("phone", "vrm", "email", "handle", "postcode", "address")

_EXACT: dict[str, tuple[str, ...]] = {
    "name": (
        "name", "full name", "fullname", "nominal", "nominal name", "nominal s name", "subject", "subject name",
        "person", "person name", "soi", "soi name", "individual", "offender", "offender name", "suspect",
        "suspect name", "nominal details", "names",
    ),
    "surname": ("surname", "last name", "lastname", "family name", "second name", "surname s"),
    "forenames": (
        "forename", "forenames", "forename s", "first name", "firstname", "first names", "given name",
        "given names", "christian name", "first", "first name s",
    ),
    "middle": ("middle name", "middle names", "middle name s", "other forenames", "middlename"),
    "dob": ("dob", "d o b", "date of birth", "birth date", "birthdate", "born", "birthday", "dob dd mm yyyy"),
    "aliases": (
        "alias", "aliases", "alias es", "aka", "a k a", "also known as", "nickname", "nicknames", "nick name",
        "other names", "street name", "street names", "known as", "alias names",
    ),
    "pnc_id": ("pnc", "pnc id", "pncid", "pnc no", "pnc number", "pnc ref", "pnc reference", "pnc id no"),
    "postcode": ("postcode", "post code", "postal code", "pcode", "postcodes"),
}  # fmt: skip
_TOKENS: dict[str, frozenset[str]] = {
    "email": frozenset({"email", "emails", "e-mail"}),
    "phone": frozenset({"phone", "phones", "mobile", "mobiles", "tel", "telephone", "mob", "handset", "cell", "landline"}),
    "vrm": frozenset({"vrm", "vrms", "vehicle", "vehicles", "reg", "registration", "numberplate", "plate", "car"}),
    "handle": frozenset(
        {"handle", "handles", "snapchat", "snap", "instagram", "insta", "tiktok", "facebook", "twitter",
         "social", "username", "usernames", "telegram", "ig"}
    ),
    "address": frozenset({"address", "addresses", "lka", "residence"}),
}  # fmt: skip
_PLATFORMS = {
    "snapchat": "snapchat", "snap": "snapchat", "sc": "snapchat", "instagram": "instagram", "insta": "instagram",
    "ig": "instagram", "tiktok": "tiktok", "facebook": "facebook", "fb": "facebook", "twitter": "twitter",
    "x": "twitter", "telegram": "telegram",
}  # fmt: skip
_NOT_IDENTIFIER = frozenset({"imei", "ip", "notes", "note", "comments"})
_BLANK_NAMES = frozenset({"", "unknown", "n k", "nk", "not known", "tbc", "n a", "na", "none", "unk"})

_EMAIL = re.compile(r"[^@\s;,/<>()]+@[^@\s;,/<>()]+\.[a-z]{2,}", re.I)
_HANDLE = re.compile(r"@?[a-z0-9_.\-]{2,30}", re.I)
_NAMEISH = re.compile(r"[A-Za-z][A-Za-z'\-]+(?:,?\s+[A-Za-z][A-Za-z'\-.]*){1,4}")
_POSTCODE_IN = re.compile(r"\b([A-Z]{1,2}[0-9][0-9A-Z]?\s*[0-9][A-Z]{2})\b", re.I)
_SAMPLE = 200


def norm_header(name: str) -> str:
    """'Forename(s)' -> 'forename s', 'E-mail' -> 'e mail' (same rule as report ingest)."""
    return " ".join(re.sub(r"[^0-9a-z]+", " ", str(name).lower().replace("&", " and ")).split())


def _validators():  # lazily: the extract package may pull in heavier modules
    from .extract import _validators as v

    return v


def role_from_header(header: str) -> str | None:
    """Role a header names, or None when the header says nothing we know."""
    h = norm_header(header)
    for role, names in _EXACT.items():
        if h in names:
            return role
    tokens = set(h.split()) | ({"email"} if "e mail" in h else set())
    if tokens & _NOT_IDENTIFIER:
        return None
    for role in ("email", "phone", "vrm", "handle", "address"):
        if tokens & _TOKENS[role]:
            return role
    if "postcode" in h.replace(" ", ""):
        return "postcode"
    if "pnc" in tokens:
        return "pnc_id"
    if {"dob", "birth"} & tokens:
        return "dob"
    if "alias" in h or "aka" in tokens or "nickname" in h:
        return "aliases"
    if "surname" in h:
        return "surname"
    if "forename" in h or "first name" in h or "given name" in h:
        return "forenames"
    return None


def _platform(header: str) -> str:
    for tok in norm_header(header).split():
        if tok in _PLATFORMS:
            return _PLATFORMS[tok]
    return ""


def _content_role(values: list[object]) -> str | None:
    """Guess a role from sample values (for headers we do not recognise)."""
    from ._ingest_dates import looks_like_date

    v = _validators()
    texts = [clean_cell(x) for x in values if not isinstance(x, (dt.datetime, dt.date))]
    n = len(values)
    if not n:
        return None

    def share(pred) -> float:
        return sum(1 for t in texts if t and pred(t)) / n

    if sum(1 for x in values if isinstance(x, (dt.datetime, dt.date)) or looks_like_date(x)) / n >= 0.6:
        return "dob"
    if share(lambda t: bool(_EMAIL.fullmatch(t.split(";")[0].strip()))) >= 0.6:
        return "email"
    if share(lambda t: v.normalise_phone(split_multi(t, ";,/")[0]) is not None) >= 0.6:
        return "phone"
    if share(lambda t: v.normalise_pnc_id(t) is not None) >= 0.6:
        return "pnc_id"
    if share(lambda t: v.normalise_postcode(t) is not None) >= 0.6:
        return "postcode"
    if share(lambda t: v.vrm_format(t) in ("current", "prefix", "suffix")) >= 0.6:
        return "vrm"
    if share(lambda t: t.startswith("@") and bool(_HANDLE.fullmatch(t))) >= 0.6:
        return "handle"
    if share(lambda t: bool(_NAMEISH.fullmatch(t)) and (", " in t or any(w.isupper() and len(w) > 1 for w in t.split()))) >= 0.6:
        return "name"
    return None


@dataclass
class ColumnRoles:
    """Header -> role for every header, and why (``synonym`` / ``content`` / ``override`` / ``unknown``)."""

    roles: dict[str, str] = field(default_factory=dict)
    how: dict[str, str] = field(default_factory=dict)

    def headers_for(self, role: str) -> list[str]:
        return [h for h, r in self.roles.items() if r == role]

    def describe(self) -> str:
        return "; ".join(f"{r} <- '{h}' ({self.how[h]})" for h, r in self.roles.items() if r != "extra") or "nothing mapped"


def map_columns(headers: list[str], rows: list[list[object]], override: dict[str, str] | None, filename: str) -> ColumnRoles:
    """Assign a role to every header; raise ``MappingError`` for a bad override or nothing usable."""
    from .ingest import MappingError

    out = ColumnRoles()
    by_norm: dict[str, str] = {}
    for h in headers:
        by_norm.setdefault(norm_header(h), h)

    def find(header: str) -> str | None:
        if header in headers:
            return header
        return by_norm.get(norm_header(header))

    for key, value in (override or {}).items():
        # accepted both ways round: {role: header} or {header: role}
        if key in ROLES and (value in (None, "") or find(str(value)) is not None):
            role, header = key, value
        elif value in ROLES or value in (None, "", "ignore"):
            role, header = (value if value in ROLES else "extra"), key
        else:
            raise MappingError(
                f"{filename}: column choice {key!r} -> {value!r} names no known role and column; "
                f"roles are {', '.join(ROLES)}; columns are {', '.join(headers)}"
            )
        if header in (None, ""):  # role left unmapped by the analyst
            for h, r in list(out.roles.items()):
                if r == role:
                    out.roles[h], out.how[h] = "extra", "override"
            out.how[f"__unmapped__{role}"] = "override"
            continue
        found = find(str(header))
        if found is None:
            raise MappingError(f"{filename} has no column {header!r} (chosen for {role}); its columns are: {', '.join(headers)}")
        if role not in MULTI_ROLES:
            for h, r in list(out.roles.items()):
                if r == role and out.how[h] == "override":
                    out.roles[h] = "extra"
        out.roles[found], out.how[found] = role, "override"

    unmapped_roles = {k.removeprefix("__unmapped__") for k in out.how if k.startswith("__unmapped__")}
    taken = {r for r in out.roles.values() if r not in MULTI_ROLES} | unmapped_roles
    pending: list[str] = []
    for h in headers:
        if h in out.roles:
            continue
        role = role_from_header(h)
        if role is not None and role not in taken and role not in unmapped_roles:
            out.roles[h], out.how[h] = role, "synonym"
            if role not in MULTI_ROLES:
                taken.add(role)
        elif role is None and norm_header(h) not in ("reference", "ref", "notes", "owner", "comments"):
            pending.append(h)
        else:
            out.roles[h], out.how[h] = "extra", "synonym" if role is None else "duplicate"
    for h in pending:
        idx = headers.index(h)
        values = [r[idx] for r in rows if idx < len(r) and clean_cell(r[idx])][:_SAMPLE]
        role = _content_role(values)
        if role is not None and role not in taken and role not in unmapped_roles:
            out.roles[h], out.how[h] = role, "content"
            if role not in MULTI_ROLES:
                taken.add(role)
        else:
            out.roles[h], out.how[h] = "extra", "unknown"
    for k in [k for k in out.how if k.startswith("__unmapped__")]:
        del out.how[k]
    out.roles = {h: out.roles[h] for h in headers}
    useful = {"name", "surname", "forenames", "pnc_id", "phone", "vrm", "email", "handle", "address", "postcode"}
    if rows and not useful & set(out.roles.values()):
        raise MappingError(
            f"{filename}: no column looks like a name or an identifier; choose one (columns: {', '.join(headers)})"
        )
    return out


# ---------------------------------------------------------------------------------- rows


@dataclass
class RowOutcome:
    """One source row: an entry dict (``SoiEntrySchema`` columns) or a rejection reason, plus warnings."""

    entry: dict[str, object] | None
    reason: str | None
    warnings: list[str]


def _dob(value: object, warnings: list[str], today: dt.date) -> str:
    from .ingest import parse_uk_date

    if value is None or (isinstance(value, str) and not clean_cell(value)):
        return ""
    ts, warning = parse_uk_date(value if not isinstance(value, str) else clean_cell(value))
    if ts is None:
        if warning and warning != "no date":
            warnings.append(f"DOB: {warning}")
        return ""
    d = ts.date()
    if d > today:
        warnings.append(f"DOB {d:%d/%m/%Y} is in the future; DOB left empty")
        return ""
    if d.year < 1900:
        warnings.append(f"DOB {d:%d/%m/%Y} is before 1900; DOB left empty")
        return ""
    return d.isoformat()


def _handle(raw: str, platform: str) -> str:
    text = raw.strip()
    m = re.match(r"([a-z]+)\s*[:\-]\s*(.+)$", text, re.I)
    if m and m.group(1).lower() in _PLATFORMS:
        platform, text = _PLATFORMS[m.group(1).lower()], m.group(2)
    text = text.strip().lstrip("@").lower()
    return f"{platform}:{text}" if platform else text


def parse_row(
    cells: dict[str, object], roles: ColumnRoles, today: dt.date | None = None
) -> RowOutcome:
    """Turn one row (header -> cell) into an entry; reject only when there is no name and no identifier."""
    v = _validators()
    today = today or dt.date.today()
    warnings: list[str] = []
    unparsed: dict[str, list[str]] = {}

    def text_of(role: str) -> list[tuple[str, str]]:
        return [(h, clean_cell(cells.get(h))) for h in roles.headers_for(role) if clean_cell(cells.get(h))]

    if all(not clean_cell(c) for c in cells.values()):
        return RowOutcome(None, "blank row", [])

    # --- name
    surname = " ".join(t for _, t in text_of("surname"))
    fore = " ".join(t for _, t in text_of("forenames") + text_of("middle"))
    name_cells = text_of("name")
    aliases: list[str] = []
    parsed: ParsedName
    if surname or fore:
        if surname and not fore and ("," in surname or len(surname.split()) > 1) and not name_cells:
            parsed = parse_name(surname)  # a full name typed into the surname column
        else:
            p = parse_name(f"{surname}, {fore}") if surname else ParsedName(fore, "")
            parsed = p
        name = name_cells[0][1] if name_cells else parsed.display
    elif name_cells:
        name = name_cells[0][1]
        parsed = parse_name(name)
    else:
        name, parsed = "", ParsedName("", "")
    if " ".join(f"{parsed.forenames} {parsed.surname}".lower().replace("/", " ").split()) in _BLANK_NAMES:
        name, parsed = "", ParsedName("", "", parsed.aliases)
    aliases.extend(parsed.aliases)
    for _, t in text_of("aliases"):
        aliases.extend(a for a in split_multi(t, ";,/|\n") if a.lower() not in _BLANK_NAMES)

    # --- dob
    dob_headers = roles.headers_for("dob")
    dob = _dob(cells.get(dob_headers[0]), warnings, today) if dob_headers else ""

    # --- PNC
    pnc = ""
    for _, t in text_of("pnc_id"):
        n = v.normalise_pnc_id(t)
        if n:
            pnc = n
        else:
            pnc = t.upper().replace(" ", "")
            warnings.append(f"PNC ID '{t}' is not a well-formed PNC ID (format or check letter); kept as written")
        break

    # --- identifiers
    ids: dict[str, list[str]] = {k: [] for k in IDENTIFIER_KINDS}

    def add(kind: str, value: str) -> None:
        if value and value not in ids[kind]:
            ids[kind].append(value)

    def bad(kind: str, raw: str, why: str) -> None:
        unparsed.setdefault(kind, []).append(raw)
        warnings.append(f"{kind} '{raw}' {why}; kept in extras, not matched")

    for _, t in text_of("phone"):
        for part in split_multi(t, ";,/|\n"):
            n = v.normalise_phone(part)
            add("phone", n) if n else bad("phone", part, "is not a recognisable phone number")
    for _, t in text_of("vrm"):
        for part in split_multi(t, ";,/|\n"):
            n = v.normalise_vrm(part)
            if n:
                add("vrm", n)
            elif re.fullmatch(r"[A-Z0-9 \-]{2,10}", part.upper()) and re.search(r"\d", part) and re.search(r"[A-Z]", part.upper()):
                add("vrm", re.sub(r"[\s\-]", "", part.upper()))
                warnings.append(f"vrm '{part}' is not a UK registration format; matched as written")
            else:
                bad("vrm", part, "is not a registration")
    for _, t in text_of("email"):
        for part in split_multi(t, ";,/|\n "):
            m = _EMAIL.fullmatch(part.strip("<>"))
            add("email", m.group(0).lower()) if m else bad("email", part, "is not an e-mail address")
    for h, t in text_of("handle"):
        for part in split_multi(t, ";,/|\n"):
            hd = _handle(part, _platform(h))
            add("handle", hd) if re.fullmatch(r"(?:[a-z]+:)?[a-z0-9_.\-]{2,30}", hd) else bad("handle", part, "is not a handle")
    for _, t in text_of("address"):
        for part in split_multi(t, ";|\n"):
            add("address", part)
            for pc in _POSTCODE_IN.findall(part):
                n = v.normalise_postcode(pc)
                if n:
                    add("postcode", n)
    for _, t in text_of("postcode"):
        for part in split_multi(t, ";,/|\n"):
            n = v.normalise_postcode(part)
            add("postcode", n) if n else bad("postcode", part, "is not a UK postcode")

    has_name = bool(parsed.surname or parsed.forenames)
    has_id = bool(pnc) or any(ids[k] for k in ("phone", "vrm", "email", "handle", "postcode", "address"))
    if not has_name and not has_id:
        why = "no name and no identifier"
        if aliases:
            why += f" (only an alias: {'; '.join(aliases)})"
        return RowOutcome(None, why, warnings)

    extras: dict[str, object] = {}
    for h, r in roles.roles.items():
        if r == "extra":
            t = clean_cell(cells.get(h))
            if t:
                extras[h] = t
    if unparsed:
        extras["unparsed"] = unparsed
    if warnings:
        extras["warnings"] = warnings
    entry = {
        "name": name,
        "forenames": parsed.forenames,
        "surname": parsed.surname,
        "dob": dob,
        "aliases": "; ".join(dict.fromkeys(aliases)),
        "pnc_id": pnc,
        "identifiers": json.dumps(ids, ensure_ascii=False),
        "extras": json.dumps(extras, ensure_ascii=False, default=str),
    }
    return RowOutcome(entry, None, warnings)


def entries_frame(rows: list[dict[str, object]]) -> pd.DataFrame:
    from .schemas import SoiEntrySchema

    if not rows:
        return SoiEntrySchema.empty()
    df = pd.DataFrame(rows)
    return SoiEntrySchema.validate(df.astype(SoiEntrySchema.columns))
