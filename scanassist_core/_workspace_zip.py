"""Reading a workspace zip defensively: bounded, flat, exactly the members expected.

Why so strict: a workspace is a file an analyst was sent or kept, so it is untrusted. Every
limit is checked from the central directory *and* again while reading (a lying header cannot
inflate past the cap), names must be plain ``[a-z0-9_]+.(json|parquet)`` (no folders, no ``..``,
no absolute paths), duplicates are refused, and nothing is ever extracted to disk.
"""

from __future__ import annotations

import io
import re
import zipfile
import zlib

__all__ = ["MAX_MEMBERS", "MAX_TOTAL_BYTES", "MAX_RATIO", "ZipProblem", "read_members"]

MAX_MEMBERS = 64
#: Uncompressed bytes in one workspace (10,000 reports are a few tens of MB).
MAX_TOTAL_BYTES = 1024**3
#: A member compressing better than this is treated as a zip bomb.
MAX_RATIO = 200
_NAME = re.compile(r"^[a-z0-9_]{1,64}\.(json|parquet)$")
_CHUNK = 1 << 20


class ZipProblem(ValueError):
    """The archive is unusable; the message is written for the analyst."""


def read_members(data: bytes, *, max_total: int = MAX_TOTAL_BYTES, max_members: int = MAX_MEMBERS) -> dict[str, bytes]:
    """Every member's bytes, after checking names, count, sizes and compression ratio."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, OSError, EOFError):
        raise ZipProblem("it is not a zip file, or it is truncated or damaged") from None
    with archive:
        infos = archive.infolist()
        if len(infos) > max_members:
            raise ZipProblem(f"it has {len(infos)} members; a workspace has at most {max_members}")
        names = [i.filename for i in infos]
        for name in names:
            if not _NAME.match(name):
                raise ZipProblem(f"it contains a member with a disallowed name ({name[:80]!r})")
        if len(set(names)) != len(names):
            raise ZipProblem("it contains the same member twice")
        declared = sum(i.file_size for i in infos)
        if declared > max_total:
            raise ZipProblem(f"it would expand to {declared:,} bytes, over the {max_total:,}-byte limit")
        for info in infos:
            if info.flag_bits & 0x1:
                raise ZipProblem("it contains an encrypted member")
            if info.file_size > 1_000_000 and info.file_size > MAX_RATIO * max(1, info.compress_size):
                raise ZipProblem(f"member {info.filename} compresses suspiciously well (a zip bomb?)")
        out: dict[str, bytes] = {}
        total = 0
        for info in infos:
            buf = bytearray()
            try:
                with archive.open(info) as handle:
                    while True:
                        chunk = handle.read(_CHUNK)
                        if not chunk:
                            break
                        buf += chunk
                        total += len(chunk)
                        if len(buf) > info.file_size or total > max_total:
                            raise ZipProblem("a member expands beyond its declared size")
            except ZipProblem:
                raise
            except (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError, NotImplementedError, RuntimeError) as error:
                raise ZipProblem(f"member {info.filename} is damaged or truncated ({type(error).__name__})") from None
            out[info.filename] = bytes(buf)
        return out
