"""DataFrame <-> Parquet bytes for workspaces, with dtypes recorded in the manifest.

Why not pandas' own Parquet metadata: it is a blob from the file that tells the reader which
(extension) types to construct. A workspace is untrusted input, so the Parquet files are written
*without* pandas metadata and read back as plain Arrow columns; the manifest names each column's
pandas dtype and only dtypes on :data:`DTYPES` are ever constructed. A non-default index is
stored as a column and put back, so a reopened frame equals the saved one.
"""

from __future__ import annotations

import io
import re
from typing import Any

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

__all__ = ["DTYPES", "TableFormatError", "encode_frame", "decode_frame"]

#: Pandas dtypes a workspace may ask for; anything else is refused on read and stringified on write.
DTYPES: frozenset[str] = frozenset(
    {"int64", "int32", "Int64", "float64", "Float64", "bool", "boolean", "string", "str", "object",
     "datetime64[ns]", "datetime64[us]", "datetime64[ms]", "datetime64[s]"}
)
_INDEX = "__index__"
_PLAIN = re.compile(r"^(int(8|16|32|64)|uint(8|16|32|64)|double|float|bool|string|large_string|null|"
                    r"timestamp\[(s|ms|us|ns)\])$")


class TableFormatError(ValueError):
    """A member that is not the Parquet table the manifest describes (the caller words the message)."""


def _dtype_name(series: pd.Series) -> str:
    name = str(series.dtype)
    return name if name in DTYPES else "string"


def encode_frame(frame: pd.DataFrame) -> tuple[bytes, dict[str, Any]]:
    """Parquet bytes (no pandas metadata) and the column/index description for the manifest."""
    if frame.columns.duplicated().any():
        raise ValueError("duplicate column names")
    columns = [[str(c), _dtype_name(frame[c])] for c in frame.columns]
    data = {name: frame[c] for (name, _), c in zip(columns, frame.columns)}
    default_index = isinstance(frame.index, pd.RangeIndex) and frame.index.start == 0 and frame.index.step == 1
    index: list[str] | None = None
    if not default_index:
        idx = frame.index.to_series(index=range(len(frame)))
        index = [_INDEX, _dtype_name(idx)]
        data[_INDEX] = idx
    arrays = {}
    for name, dtype in columns + ([index] if index else []):
        series = data[name].reset_index(drop=True)
        if dtype == "string" and str(series.dtype) not in ("string",):
            series = series.astype("string")
        if dtype == "object":
            series = series.map(lambda v: None if v is None or (isinstance(v, float) and v != v) else str(v))
            series = series.astype("string")
        arrays[name] = pa.Array.from_pandas(series)
    table = pa.table(arrays) if arrays else pa.table({})
    table = table.replace_schema_metadata(None)
    sink = io.BytesIO()
    pq.write_table(table, sink, compression="zstd")
    return sink.getvalue(), {"columns": columns, "index": index, "rows": int(len(frame))}


def _series(column: pa.ChunkedArray, dtype: str, n: int) -> pd.Series:
    if dtype not in DTYPES:
        raise TableFormatError(f"unsupported column type {dtype!r}")
    if dtype in ("string", "Int64", "Float64", "boolean"):
        mapper = {pa.string(): pd.StringDtype(), pa.large_string(): pd.StringDtype(), pa.int64(): pd.Int64Dtype(),
                  pa.float64(): pd.Float64Dtype(), pa.bool_(): pd.BooleanDtype()}.get
        series = column.to_pandas(types_mapper=mapper)
    else:
        series = column.to_pandas()
    if dtype == "object":
        series = series.astype(object).where(series.notna(), None)
    elif str(series.dtype) != dtype:
        series = series.astype(dtype)
    if len(series) != n:
        raise TableFormatError("row count differs from the manifest")
    return series.reset_index(drop=True)


def decode_frame(data: bytes, description: dict[str, Any]) -> pd.DataFrame:
    """The frame :func:`encode_frame` described; :class:`TableFormatError` on any disagreement."""
    try:
        table = pq.read_table(pa.BufferReader(data))
        table.validate(full=True)  # e.g. invalid UTF-8 would otherwise surface later, outside this guard
    except (pa.ArrowException, OSError, ValueError) as error:
        raise TableFormatError(f"not a readable Parquet table ({type(error).__name__})") from None
    columns = description.get("columns")
    index = description.get("index")
    rows = description.get("rows")
    if not isinstance(columns, list) or not isinstance(rows, int) or not all(
        isinstance(c, list) and len(c) == 2 and all(isinstance(x, str) for x in c) for c in columns
    ):
        raise TableFormatError("the manifest's column list is malformed")
    if index is not None and not (isinstance(index, list) and len(index) == 2 and index[0] == _INDEX):
        raise TableFormatError("the manifest's index entry is malformed")
    expected = [c[0] for c in columns] + ([_INDEX] if index else [])
    if table.column_names != expected:
        raise TableFormatError("its columns differ from the manifest")
    if table.num_rows != rows:
        raise TableFormatError(f"it has {table.num_rows} rows, the manifest says {rows}")
    for field in table.schema:
        if not _PLAIN.match(str(field.type)):
            raise TableFormatError(f"column {field.name!r} has a disallowed type {field.type}")
    out = {}
    for name, dtype in columns:
        out[name] = _series(table.column(name), dtype, rows)
    frame = pd.DataFrame(out, columns=[c[0] for c in columns]) if columns else pd.DataFrame(index=range(rows))
    if index:
        frame.index = pd.Index(_series(table.column(_INDEX), index[1], rows))
    return frame
