"""The ``scanassist`` command: the app's pipeline, headless.

    scanassist analyse FILE [FILE ...] [--soi SOI_FILE ...] [--map FIELD=HEADER ...]
                       --out OUT.xlsx [--anx OUT.anx] [--html OUT.html] [--workspace OUT.zip]
    scanassist demo --out DIR

Exit codes: 0 success, 2 bad arguments or unreadable input (one-line reason on stderr).
Progress goes to stderr so stdout stays clean for scripts.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

__all__ = ["main"]

FIELDS = ("reference", "date", "text", "grading", "system", "officer")


class UsageError(Exception):
    """Bad arguments or unreadable input: exit code 2 with the message."""


def _parse_map(items: list[str]) -> dict[str, str]:
    mapping: dict[str, str] = {}
    for item in items:
        field, sep, header = item.partition("=")
        field = field.strip().lower()
        if not sep or not header.strip():
            raise UsageError(f"--map expects FIELD=HEADER, got {item!r}")
        if field not in FIELDS:
            raise UsageError(f"--map field must be one of {', '.join(FIELDS)}, got {field!r}")
        mapping[field] = header.strip()
    return mapping


class _ProgressLine:
    """One rewritten progress line on stderr (a plain line per stage when not a terminal)."""

    def __init__(self, stream=None) -> None:
        self.stream = stream or sys.stderr
        self.tty = self.stream.isatty()
        self.last_stage = ""
        self.last_time = 0.0

    def __call__(self, stage: str, done: int, total: int) -> None:
        now = time.monotonic()
        final = done >= total
        if stage == self.last_stage and not final and now - self.last_time < (0.2 if self.tty else 5.0):
            return
        self.last_time = now
        self.last_stage = stage
        text = f"{stage}: {done:,}/{total:,}" + (f" ({100 * done // total}%)" if total else "")
        if self.tty:
            self.stream.write("\r" + text.ljust(60) + ("\n" if final else ""))
        else:
            self.stream.write(text + "\n")
        self.stream.flush()


def _read(path: str) -> bytes:
    try:
        return Path(path).read_bytes()
    except OSError as error:
        raise UsageError(f"cannot read {path}: {error.strerror or error}") from error


def _analyse(args: argparse.Namespace) -> int:
    from . import ingest
    from .pipeline import analyse
    from .settings import Settings

    override = _parse_map(args.map or [])
    results = []
    for path in args.files:
        try:
            results.append(ingest.ingest_file(_read(path), Path(path).name, override=override or None))
        except ingest.IngestError as error:
            raise UsageError(f"{path}: {error}") from error
    combined = ingest.combine(results)
    for row in combined.files.itertuples():
        print(
            f"{row.source}: {row.rows_in:,} rows in, {row.kept:,} kept, {row.rejected:,} rejected, "
            f"{row.duplicates:,} duplicates",
            file=sys.stderr,
        )

    soi_entries = None
    if args.soi:
        from . import soi

        lists = []
        for path in args.soi:
            try:
                lists.append(soi.read_soi_list(_read(path), Path(path).name))
            except ingest.IngestError as error:
                raise UsageError(f"{path}: {error}") from error
        soi_entries = soi.combine_soi_lists(lists)

    settings = Settings.from_env(n_process=args.processes or min(os.cpu_count() or 1, 4))
    analysis = analyse(combined, settings=settings, soi_entries=soi_entries, progress=_ProgressLine())

    from . import export

    export.write_workbook(analysis, args.out)
    print(f"wrote {args.out}", file=sys.stderr)
    if args.anx:
        export.write_anx(analysis, args.anx)
        print(f"wrote {args.anx}", file=sys.stderr)
    if args.html:
        from .network_html import network_html

        Path(args.html).write_text(_html_document(network_html, analysis), encoding="utf-8")
        print(f"wrote {args.html}", file=sys.stderr)
    if args.workspace:
        from . import workspace

        workspace.save_workspace(analysis, args.workspace)
        print(f"wrote {args.workspace}", file=sys.stderr)
    return 0


def _html_document(network_html, analysis) -> str:
    view = network_html(analysis.graph, title="Scan Assist network")
    return view if isinstance(view, str) else view.html


def _demo(args: argparse.Namespace) -> int:
    from .demo import write_demo

    for path in write_demo(args.out, seed=args.seed, n_reports=args.reports):
        print(path)
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="scanassist", description="Scan Assist batch analysis of intelligence reports.")
    sub = parser.add_subparsers(dest="command", required=True)

    run = sub.add_parser("analyse", aliases=["analyze"], help="analyse report files and write the workbook")
    run.add_argument("files", nargs="+", metavar="FILE", help="CSV or XLSX report exports")
    run.add_argument("--soi", action="append", metavar="SOI_FILE", help="subject-of-interest list (repeatable)")
    run.add_argument("--map", action="append", metavar="FIELD=HEADER",
                     help='column override, e.g. --map text="Report Narrative" (repeatable)')
    run.add_argument("--out", required=True, metavar="OUT.xlsx", help="Excel workbook to write")
    run.add_argument("--anx", metavar="OUT.anx", help="also write an i2 Analyst's Notebook chart")
    run.add_argument("--html", metavar="OUT.html", help="also write the network as a standalone offline HTML page")
    run.add_argument("--workspace", metavar="OUT.zip", help="also write a workspace the app can open")
    run.add_argument("--processes", type=int, default=0, help="worker processes for extraction (default: one per core, up to 4)")
    run.set_defaults(handler=_analyse)

    demo = sub.add_parser("demo", help="write the synthetic demo dataset")
    demo.add_argument("--out", required=True, metavar="DIR")
    demo.add_argument("--seed", type=int, default=7)
    demo.add_argument("--reports", type=int, default=3000)
    demo.set_defaults(handler=_demo)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exit_:  # argparse already printed its one-line reason
        return 2 if exit_.code else 0
    try:
        return args.handler(args)
    except UsageError as error:
        print(f"scanassist: error: {error}", file=sys.stderr)
        return 2


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
