"""lemminflect through `pipeline.wordforms`: the same answers, from tables read on demand."""

from __future__ import annotations

import gzip
from pathlib import Path

from lemminflect.codecs.InflectionLUCodec import InflectionLUCodec  # noqa: TID251
from lemminflect.codecs.LemmaLUCodec import LemmaLUCodec  # noqa: TID251
from lemminflect.core.Inflections import Inflections  # noqa: TID251
from lemminflect.core.Lemmatizer import Lemmatizer  # noqa: TID251

from pipeline import wordforms  # noqa: TID253
from pipeline.wordforms import WordTable  # noqa: TID253


def _in_order(table: object) -> dict[str, list[tuple[str, tuple[str, ...]]]]:
    """Each word's forms in the order lemminflect would list them."""
    assert isinstance(table, dict | WordTable)
    return {word: list(table[word].items()) for word in table}


def test_lemminflect_is_handed_the_tables_read_on_demand() -> None:
    assert isinstance(Lemmatizer().lemma_dict, WordTable)
    assert isinstance(Inflections().infl_dict, WordTable)


def test_every_word_has_the_lemmas_lemminflect_loads_itself() -> None:
    table = WordTable(Lemmatizer().lemma_lu_fn, wordforms._lemmas, {})
    assert _in_order(table) == _in_order(LemmaLUCodec.load(Lemmatizer().lemma_lu_fn))


def test_every_lemma_has_the_inflections_lemminflect_loads_itself() -> None:
    path = Inflections().infl_lu_fn
    table = WordTable(path, wordforms._inflections, InflectionLUCodec.updateForAuxMod({}))
    loaded = InflectionLUCodec.load(path)
    assert _in_order(table) == _in_order(loaded)
    assert table["be"]["VBD"] == ("was", "were")  # lemminflect's own entry, not the file's


def test_answers_through_the_library_functions() -> None:
    assert wordforms.getAllLemmas("took") == {"VERB": ("take",)}
    assert wordforms.getAllLemmas("Governments") == {"NOUN": ("Government",)}
    assert wordforms.getInflection("give", "VBD") == ("gave",)
    assert wordforms.getAllInflections("adhere", upos="VERB")["VBZ"] == ("adheres",)
    assert wordforms.getAllLemmas("qwxzv") == {}
    assert "qwxzv" not in Lemmatizer().lemma_dict


def test_a_table_out_of_order_is_put_in_order_first(tmp_path: Path) -> None:
    path = tmp_path / "table.csv.gz"
    lines = "zebra,noun,zebra\nant,noun,ant\nant,verb,ant\nmoth,noun,moth\n"
    path.write_bytes(gzip.compress(lines.encode()))
    table = WordTable(str(path), wordforms._lemmas, {})
    assert table["ant"] == {"NOUN": ("ant",), "VERB": ("ant",)}
    assert table["zebra"] == {"NOUN": ("zebra",)}
    assert sorted(table) == ["ant", "moth", "zebra"]
    assert len(table) == 3
