"""The words plainvoice adds to a statement, in the statement's own language.

Section titles it gives (the title block, the greeting, the closing words) are shown in the
HTML and spoken before each part, so a French statement read by a French voice must not hear
"Part 2: Greeting" in English.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final


@dataclass(frozen=True)
class SectionLabels:
    """Titles and announcements for one language."""

    about: str
    """Title of the title block (who spoke, where, when)."""
    greeting: str
    """Title of the opening salutations."""
    closing: str
    """Title of the closing words ("Thank you.")."""
    part: str
    """What is said before a section: `{number}` and `{title}` are filled in."""
    continued: str
    """A title met again further on: `{title}` is filled in."""
    in_short: str
    """Heads the summary, pasted into e-mails and web pages: `{title}` is filled in."""
    by: str = "{title} by {speaker}"
    """A title with its speaker, for files in the statement's language (the summary)."""
    untitled: str = "Statement"
    """Title of a part whose words give none: said before it, so in the statement's language."""

    def announcement(self, number: int, title: str) -> str:
        """The announcement, such as "Part 3: Citizens online"."""
        return self.part.format(number=number, title=title)

    def continuation(self, title: str) -> str:
        """A repeated title, such as "Citizens online (continued)"."""
        return self.continued.format(title=title)

    def title_by(self, title: str, speaker: str) -> str:
        """A title with its speaker, such as "Discurso, por Pedro Sánchez"."""
        return self.by.format(title=title, speaker=speaker)

    def summary_heading(self, title: str) -> str:
        """The summary's heading, such as "In short: Video Statement"."""
        return self.in_short.format(title=title)


LABELS: Final = {
    "en": SectionLabels(
        "About this statement", "Greeting", "Closing words", "Part {number}: {title}",
        "{title} (continued)", "In short: {title}",
    ),
    "fr": SectionLabels(
        "À propos de cette déclaration", "Salutations", "Mots de conclusion",
        "Partie {number} : {title}", "{title} (suite)", "En bref : {title}",
        "{title}, par {speaker}",
        untitled="Déclaration",
    ),
    "es": SectionLabels(
        "Acerca de esta declaración", "Saludo", "Palabras finales", "Parte {number}: {title}",
        "{title} (continuación)", "En resumen: {title}", "{title}, por {speaker}",
        untitled="Declaración",
    ),
    "de": SectionLabels(
        "Über diese Erklärung", "Begrüßung", "Schlussworte", "Teil {number}: {title}",
        "{title} (Fortsetzung)", "Kurz gesagt: {title}", "{title} von {speaker}",
        untitled="Erklärung",
    ),
    "it": SectionLabels(
        "Informazioni su questa dichiarazione", "Saluto", "Parole conclusive",
        "Parte {number}: {title}", "{title} (continua)", "In breve: {title}",
        "{title}, di {speaker}",
        untitled="Dichiarazione",
    ),
    "nl": SectionLabels(
        "Over deze verklaring", "Begroeting", "Slotwoorden", "Deel {number}: {title}",
        "{title} (vervolg)", "Kort gezegd: {title}", "{title} door {speaker}",
        untitled="Verklaring",
    ),
}  # fmt: skip
"""Every language plainvoice reads (settings.SUPPORTED_LANGUAGES) has its labels."""


def section_labels(lang: str) -> SectionLabels:
    """The labels for `lang` (a code such as "fr" or "fr-CA"); English when it has none."""
    return LABELS.get(lang.split("-")[0].lower(), LABELS["en"])
