"""Print what the voice is given for every spoken sentence of some statements, to diff by eye.

Usage: python scripts/speech_dump.py FILE... > speech.txt

For each file: every section announcement ("[ann]") and every sentence of the original
version as displayed, then, indented, its speech text (`speakable`). A `plain.md` from a
package is read as the plain version's paragraphs, in the language its manifest names. No
audio is made, so a whole corpus takes seconds: dump it before and after a change to
`pipeline/speech_text.py` and diff the two.
Files named `*.source.txt` are skipped.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Iterator
from pathlib import Path

# Run from a checkout: import this tree's pipeline, not another installed copy.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from pipeline.build import _original_job, _with_paragraph_languages
from pipeline.language import choose_language
from pipeline.stages import load, speak, split
from pipeline.text import split_sentences


def _plain_sentences(path: Path, lang: str) -> Iterator[str]:
    text = re.sub(r"<!--.*?-->", "", path.read_text(encoding="utf-8"), flags=re.S)
    for paragraph in text.split("\n\n"):
        paragraph = re.sub(r"^(?:#+ |- |\d+\. )", "", paragraph.strip())
        if paragraph:
            yield from split_sentences(paragraph, lang)


def _package_language(plain_md: Path) -> str:
    """The statement's language from the package's manifest, English without one."""
    try:
        manifest = json.loads((plain_md.parent / "manifest.json").read_text(encoding="utf-8"))
        return str(manifest["statement"]["language"])
    except (OSError, ValueError, KeyError, TypeError):
        return "en"


def dump(path: Path) -> Iterator[str]:
    """The lines for one file: a header, then each sentence and its speech text."""
    if path.name == "plain.md":
        # A Spanish package's plain.md was dumped with the English rules ("N Y ten thousand").
        lang = _package_language(path)
        yield f"### {path} [{lang}]"
        for sentence in _plain_sentences(path, lang):
            yield f"{sentence}\n  => {speak.speakable(sentence, lang)}"
        return
    source = load.load_source(path)
    # The language the build speaks in: a mixed statement's main one (`choose_language`), as
    # the whole text's guess may be the other (the bilingual sample was dumped as French).
    choice = choose_language("auto", source.text)
    lang = choice.code
    statement = split.split_statement(source, lang)
    if choice.others:
        statement = _with_paragraph_languages(statement, choice)
    yield f"### {path} [{lang}]"
    for section in statement.sections:
        announcement = speak.announcement_for(section, lang)
        if announcement:
            yield f"[ann] {announcement}\n  => {speak.speakable(announcement, lang)}"
        for paragraph in _original_job(section, lang).paragraphs:
            for sentence in paragraph:
                yield f"{sentence}\n  => {speak.speakable(sentence, lang)}"


def main(argv: list[str]) -> int:
    """Dump every file named, in order."""
    parser = argparse.ArgumentParser(
        description="Print what the voice is given for each sentence of some statements.",
        epilog="Dump before and after a change to pipeline/speech_text.py and diff the two.",
    )
    parser.add_argument("files", nargs="+", type=Path, help="statements, or a package's plain.md")
    args = parser.parse_args(argv)
    for path in args.files:
        if path.name.endswith(".source.txt"):
            continue
        if not path.is_file():
            print(f"speech_dump: {path}: no such file", file=sys.stderr)
            return 2
        for line in dump(path):
            print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
