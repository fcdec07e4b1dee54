"""lemminflect's lemmas and inflections, with its tables read one word at a time.

lemminflect parses the whole of its lemma and inflection tables (121,000 lines) the first
time it is asked about any word: 0.35 CPU-s of every English run, where the sample's run
finds 240 words in the one and 61 in the other. Importing lemminflect's functions from here
instead hands its lookups tables that keep the files' lines, sorted by word as lemminflect
ships them, and parse a word's lines with lemminflect's own codecs the first time that word
is asked for (0.05 CPU-s in all). The answers are lemminflect's: a test compares every word of
both tables with lemminflect's own loading. Should a later lemminflect keep its tables
elsewhere, it loads them itself, as before.

Import this module inside the functions that need it, as lemminflect was: it imports
lemminflect (numpy included), which a warm re-run and the speech workers never need.
"""

from __future__ import annotations

import gzip
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterator, Mapping
from functools import cached_property

from lemminflect import getAllInflections, getAllLemmas, getInflection, getLemma
from lemminflect.codecs.InflectionLUCodec import InflectionLUCodec
from lemminflect.codecs.LemmaLUCodec import LemmaLUCodec
from lemminflect.core.Inflections import Inflections
from lemminflect.core.Lemmatizer import Lemmatizer
from lemminflect.core.LexicalUtils import categoryToUPos

__all__ = ["WordTable", "getAllInflections", "getAllLemmas", "getInflection", "getLemma"]

Forms = dict[str, tuple[str, ...]]
"""One word's entry: part of speech (lemmas) or Penn tag (inflections) → spellings."""


class WordTable(Mapping[str, Forms]):
    """One of lemminflect's lookup tables, parsed a word at a time when first asked for.

    The file (gzip, one `word,category,forms` line each) is read at the first lookup; its
    lines are kept in the order of their words, and a word's lines are found by bisection.
    """

    def __init__(
        self, path: str, entry: Callable[[list[str]], Forms], fixed: Mapping[str, Forms]
    ) -> None:
        self._path = path
        self._entry = entry
        self._fixed = fixed
        self._parsed: dict[str, Forms] = {}

    @cached_property
    def _lines(self) -> tuple[list[str], list[str]]:
        """The table's words and lines, in the order of the words (each word's lines in turn)."""
        with gzip.open(self._path, "rb") as table:
            lines = [line for line in table.read().decode().split("\n") if line]
        words = [line.partition(",")[0] for line in lines]
        if words != sorted(words):
            # Not the order lemminflect ships; a stable sort keeps a word's lines in turn.
            order = sorted(range(len(words)), key=words.__getitem__)
            words, lines = [words[i] for i in order], [lines[i] for i in order]
        return words, lines

    def __getitem__(self, word: str) -> Forms:
        if word in self._fixed:
            return self._fixed[word]
        if word not in self._parsed:
            words, lines = self._lines
            start, end = bisect_left(words, word), bisect_right(words, word)
            if start == end:
                raise KeyError(word)
            self._parsed[word] = self._entry(lines[start:end])
        return self._parsed[word]

    def __iter__(self) -> Iterator[str]:
        words = self._lines[0]
        yield from (word for i, word in enumerate(words) if i == 0 or words[i - 1] != word)
        yield from (word for word in self._fixed if not self._in_file(word))

    def __contains__(self, word: object) -> bool:
        return isinstance(word, str) and (word in self._fixed or self._in_file(word))

    def _in_file(self, word: str) -> bool:
        words = self._lines[0]
        at = bisect_left(words, word)
        return at < len(words) and words[at] == word

    def __len__(self) -> int:
        return sum(1 for _ in self)


def _lemmas(lines: list[str]) -> Forms:
    """A word's lemmas by part of speech, as `LemmaLUCodec.load` reads its lines."""
    entry: Forms = {}
    for line in lines:
        _, category, forms = LemmaLUCodec.fromString(line)
        entry[categoryToUPos(category)] = forms
    return entry


def _inflections(lines: list[str]) -> Forms:
    """A lemma's inflections by Penn tag, as `InflectionLUCodec.load` reads its lines."""
    entry: Forms = {}
    for line in lines:
        entry.update(InflectionLUCodec.fromString(line)[2])
    return entry


def _read_on_demand() -> None:
    """Give lemminflect's two lookups tables read on demand, unless they have loaded theirs."""
    lemmatizer = Lemmatizer()
    if hasattr(lemmatizer, "lemma_lu_fn") and not hasattr(lemmatizer, "lemma_dict"):
        lemmatizer.lemma_dict = WordTable(lemmatizer.lemma_lu_fn, _lemmas, {})
    inflections = Inflections()
    if hasattr(inflections, "infl_lu_fn") and not hasattr(inflections, "infl_dict"):
        # The auxiliaries and modals lemminflect writes over its table once it is loaded.
        fixed = InflectionLUCodec.updateForAuxMod({})
        inflections.infl_dict = WordTable(inflections.infl_lu_fn, _inflections, fixed)


_read_on_demand()
