"""The fine-tuned police-text ``ner`` shipped in the package: it loads from local files only, is
the default, reads police-style bodies the news-trained original misses, and can be switched off."""

from __future__ import annotations

import socket

import pytest

from scanassist_core.extract import Extractor, ModelNotInstalledError, load_nlp
from scanassist_core.extract._nlp import PACKAGED_NER, resolve_ner_path
from scanassist_core.settings import Settings

MODEL = Settings().spacy_model

#: Written for these tests: a shop and an estate the way intelligence logs name them, and a
#: line that opens with police jargon (CCTV is no body).
SHOP = "Male seen entering Sunrise Convenience Store on the Hollybank estate with a holdall."
JARGON = "CCTV requested from Parkway Discount Stores after Liam DOYLE was seen on the Ashgrove estate."


def _ner_bytes(nlp) -> bytes:
    return nlp.get_pipe("ner").to_bytes(exclude=["vocab"])


@pytest.fixture(scope="module")
def tuned():
    """The default model, loaded with every network connection refused."""
    real = socket.socket.connect

    def refuse(self, *args, **kwargs):  # noqa: ANN001
        raise OSError("network access during model loading")

    socket.socket.connect = refuse  # type: ignore[method-assign]
    try:
        return load_nlp(MODEL)
    finally:
        socket.socket.connect = real  # type: ignore[method-assign]


@pytest.fixture(scope="module")
def stock():
    return load_nlp(MODEL, ner_path="stock")


def test_packaged_ner_is_the_default(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SCANASSIST_NER_PATH", raising=False)
    assert (PACKAGED_NER / "model").is_file() and (PACKAGED_NER / "moves").is_file()
    assert resolve_ner_path() == PACKAGED_NER
    assert resolve_ner_path("") == PACKAGED_NER
    assert resolve_ner_path(None, "en_core_web_lg") is None  # trained for the default model only
    monkeypatch.setenv("SCANASSIST_NER_PATH", "stock")
    assert resolve_ner_path() is None
    assert Settings.from_env().ner_path == "stock"


def _ents(nlp, text: str) -> set[tuple[str, str]]:
    return {(e.text, e.label_) for e in nlp(text).ents}


def test_tuned_ner_reads_police_style_bodies_and_places(tuned, stock) -> None:
    ents = _ents(tuned, SHOP)
    assert ("Sunrise Convenience Store", "ORG") in ents  # a shop is a business, not a facility
    assert {("Hollybank", "GPE"), ("Hollybank", "LOC")} & ents  # an estate is a place
    ents = _ents(tuned, JARGON)
    assert ("Parkway Discount Stores", "ORG") in ents and ("Liam DOYLE", "PERSON") in ents
    assert not any(text == "CCTV" for text, _ in ents)
    # The news-trained original reads the same lines differently: the switch really swaps weights.
    assert ("Sunrise Convenience Store", "ORG") not in _ents(stock, SHOP)


def test_switching_off_gives_the_stock_ner(tuned, stock, monkeypatch: pytest.MonkeyPatch) -> None:
    import spacy

    original = spacy.load(MODEL, exclude=["tagger", "parser", "attribute_ruler", "lemmatizer", "senter"])
    assert _ner_bytes(stock) == _ner_bytes(original)
    assert _ner_bytes(tuned) != _ner_bytes(original)
    monkeypatch.setenv("SCANASSIST_NER_PATH", "stock")
    assert _ner_bytes(load_nlp(MODEL)) == _ner_bytes(original)


def test_a_missing_ner_directory_is_an_error_not_a_download(tmp_path) -> None:
    with pytest.raises(ModelNotInstalledError, match="no trained 'ner'"):
        load_nlp(MODEL, ner_path=tmp_path / "absent")


def test_the_extractor_follows_settings_ner_path(monkeypatch: pytest.MonkeyPatch) -> None:
    """``Settings.ner_path`` is what the run records, so it must be what the extractor loads
    (compared with fresh loads: a pipeline that has run keeps a little state in its bytes)."""
    import spacy

    monkeypatch.delenv("SCANASSIST_NER_PATH", raising=False)
    original = spacy.load(MODEL, exclude=["tagger", "parser", "attribute_ruler", "lemmatizer", "senter"])
    assert _ner_bytes(Extractor(Settings(ner_path="stock")).nlp) == _ner_bytes(original)
    assert _ner_bytes(Extractor(Settings()).nlp) == _ner_bytes(load_nlp(MODEL, ner_path=PACKAGED_NER))
    assert _ner_bytes(Extractor(Settings()).nlp) != _ner_bytes(original)
