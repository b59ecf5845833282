"""The metadata reader's vocabulary, `metadata.toml`, compiled into the patterns `corpus/metadata.py` uses.

Staff edit the TOML file (organ names, case-number shapes, date labels); `load_vocabulary(path)`
reads another copy, so a test or a deployment for another region can bring its own.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

METADATA_VOCABULARY = Path(__file__).resolve().parent / "metadata.toml"


@dataclass(frozen=True)
class MetadataVocabulary:
    date_labels: tuple[re.Pattern[str], ...]   # "^<label> : (value)", strongest first
    case_number: re.Pattern[str]               # a labelled case number; group 1 is the number
    case_formats: tuple[re.Pattern[str], ...]  # case-number shapes, found also without a label
    organ_label: re.Pattern[str]               # "Sammanträde med: (value)" or the label alone on its line
    group_organ: re.Pattern[str]               # group 1 "<Head> för <name>", group 2 an area
    board: re.Pattern[str]                     # group 1 a board's name
    organ_word: re.Pattern[str]                # a noun that makes a line an organ's name
    definite_head: re.Pattern[str]             # "Beredningen" at the start of a name; group 1 the base form
    organ_suffix: re.Pattern[str] = re.compile(r"$^")   # a word ending in an organ noun ("…styrelsen")
    type_cues: tuple[tuple[str, re.Pattern[str]], ...] = ()   # (doc type, cue in a heading line)
    # an e-mail's header lines ("Från: …", "Skickat: …") say nothing of the document; its subject titles it
    mail_header: re.Pattern[str] = re.compile(r"$^")
    mail_subject: re.Pattern[str] = re.compile(r"$^")
    organisation: re.Pattern[str] = re.compile(r"$^")   # a region's or municipality's name ("Ekby kommun")
    default_organisation: str = ""                      # the organisation of a document that names none
    convened: re.Pattern[str] = re.compile(r"$^")       # "<subject> kallas till sammanträde"; group `o`
    name_break: re.Pattern[str] = re.compile(r"$^")     # a word no organ's name holds ("Uppdrag från …")
    adopted_by: re.Pattern[str] = re.compile(r"$^")     # "Fastställd av (organ) 2025-11-20, § 88"; group `o`

    def without_authority(self, name: str) -> str:
        """An organ's name without the authority written after it: "Kommunstyrelsens arbetsutskott, Storbergs
        kommun", "Samverkansgruppen för psykisk hälsa – Region X och länets kommuner" (the authorities a shared
        group belongs to). The authority is the document's organisation (read on its own), not the name."""
        for m in re.finditer(r"(?:,| [–-]) (?=\S)", name):
            if m.start() > 0 and self.organisation.match(name, m.end()):
                return name[:m.start()].strip()
        return name


def _alternatives(words: list[str], *, escape: bool = True) -> str:
    return "(?:" + "|".join(re.escape(w) if escape else w for w in words) + ")"


def compile_vocabulary(data: Mapping[str, Any]) -> MetadataVocabulary:
    """The patterns of one parsed `metadata.toml` (TOML tables: untyped until checked here)."""
    dates, cases, organs = data["dates"], data["case_numbers"], data["organs"]
    colon_required = set(dates.get("colon_required", []))
    # Short everyday words ("när", "tid", "datum") count as labels only with a colon.
    date_labels = tuple(
        # an everyday word is a label with a colon, alone on its line over its value ("Datum" of an HTML <dt>),
        # or followed by nothing but a date ("Datum           2025-09-18" of a header block set in columns)
        re.compile(rf"^{re.escape(label)}\s*(?:[:|]\s*(.*)|$|\s(\d{{4}}-\d{{2}}-\d{{2}}|\d{{1,2}} \w+ \d{{4}})\s*$)"
                   if label in colon_required
                   else rf"^{re.escape(label)}\s*:?\s*(.*)$", re.I)
        for label in dates["labels"])
    formats: list[dict[str, str]] = cases.get("format", [])
    endings = organs.get("group_head_endings", [])
    compound = rf"[A-ZÅÄÖ][a-zåäö]*(?:{'|'.join(re.escape(e) for e in endings)})" if endings else ""
    heads = _alternatives(organs["group_heads"])
    heads = f"(?:{heads}|{compound})" if compound else heads
    definite = "|".join([re.escape(h) for h in organs["group_heads"]] + ([compound] if compound else []))
    group_organ = re.compile(
        rf"\b({heads}(?:en)? för [^.,:;()\n]{{3,90}}?)"
        rf"(?=\s+{_alternatives(organs['name_stops'])}\b|[.,:;()\n]|\s*$)"
        rf"|\b({_alternatives(organs['areas'], escape=False)})\b")
    nouns = [h.lower() for h in organs["group_heads"]] + organs.get("other_nouns", [])
    orgs = data.get("organisations", {})   # the publishing authority (optional table)
    mail = data.get("mail", {})   # minutes sent as an e-mail (optional table)
    convened = _alternatives(organs["convened"], escape=False) if organs.get("convened") else ""
    return MetadataVocabulary(
        date_labels=date_labels,
        case_number=re.compile(rf"\b{_alternatives(cases['labels'])}\.?\s*:?\s*"
                               r"((?:(?-i:[A-ZÅÄÖ]{1,5}) )?[A-ZÅÄÖ0-9][A-ZÅÄÖ0-9/.:-]*\d[A-ZÅÄÖ0-9/.:-]*)", re.I),
        case_formats=tuple(re.compile(rf"\b(?:{f['pattern']})\b") for f in formats),
        # a phrase label ("Sammanträde med bildningsnämnden") may run on into its value without a colon
        # (also as a table row's first cell: "Nämnd | Servicenämnden")
        organ_label=re.compile(rf"^(?:{_alternatives(organs['labels'])}\s*(?::\s*(.*)|\|\s*(.+)|$)"
                               rf"|{_alternatives([w for w in organs['labels'] if ' ' in w])}\s+(?!\W)(.+))", re.I),
        group_organ=group_organ,
        board=re.compile(rf"\b({'|'.join(organs['boards'])})\b"),
        organ_word=re.compile(rf"\b{_alternatives(nouns)}\w*", re.I),
        definite_head=re.compile(rf"^({definite})(?:en|et)\b"),
        organ_suffix=re.compile(rf"{_alternatives(nouns)}(?:en|et|n|na|t|erna)?$", re.I),
        type_cues=tuple((str(t), re.compile(str(c), re.I)) for t, c in data.get("types", {}).get("cues", [])),
        mail_header=re.compile(rf"^{_alternatives(mail['headers'])}\s*(?::|\|)", re.I) if mail.get("headers")
        else re.compile(r"$^"),
        # (the header may be a table row, "Ämne: | Minnesanteckningar …", as a mail exported to HTML lays it out)
        mail_subject=re.compile(rf"^{_alternatives(mail['subject'])}\s*(?::\s*(?:\|\s*)?|\|\s*)", re.I)
        if mail.get("subject") else re.compile(r"$^"),
        organisation=re.compile(_alternatives(orgs["names"], escape=False)) if orgs.get("names") else re.compile(r"$^"),
        default_organisation=str(orgs.get("default", "")),
        adopted_by=re.compile(rf"^(?:{_alternatives(organs['adopted_by'])})\s*:?\s+(?P<o>[^\d,;.|()§]{{3,80}}?)"
                              r"\s*(?:[,;.|(§]|\d|\s(?:den|i|vid|på)\s|$)", re.I)
        if organs.get("adopted_by") else re.compile(r"$^"),
        name_break=re.compile(rf"\s{_alternatives(organs['name_breaks'])}\s", re.I) if organs.get("name_breaks")
        else re.compile(r"$^"),
        convened=re.compile(rf"^(?P<o>[A-ZÅÄÖ][^\n.:;]{{2,100}}?)\s+(?i:{convened})\b" if convened else r"$^"),
    )


@lru_cache(maxsize=8)
def load_vocabulary(path: Path = METADATA_VOCABULARY) -> MetadataVocabulary:
    with path.open("rb") as f:
        return compile_vocabulary(tomllib.load(f))


__all__ = ["METADATA_VOCABULARY", "MetadataVocabulary", "compile_vocabulary", "load_vocabulary"]
