"""The tenth blind set's plan whose goals are small Word tables of label cells ("Nr | 1", "Mål | …", "Indikator |
…", "Målvärde 2026 | …", "Aktivitet | …") under "Målområde:" headings (heldout_docs/general,
gold-blind10b.jsonl), with an invented document of the same layout, written by python-docx."""

from __future__ import annotations

from pathlib import Path

from corpus.ingest import read_document
from graph.thesaurus import Thesaurus
from tests.extract_helpers import gold_facts


def _kv_plan(out: Path) -> Path:
    import docx

    d = docx.Document()
    d.add_paragraph("Verksamhetsplan 2027", style="Title")
    d.add_paragraph("Tekniska nämnden")
    for area, goals in [("Hållbar kommun", [("1", "Utsläppen från fordonen minskar",
                                             ["Andel fossilfria drivmedel"], ["Byta tio bilar till elbilar"])]),
                        ("Attraktiv arbetsgivare", [("2", "Medarbetarna stannar",
                                                     ["Personalomsättning", "Sjukfrånvaro"],
                                                     ["Inga nya aktiviteter planeras 2027."])])]:
        d.add_paragraph(f"Målområde: {area}", style="Heading 2")
        for n, title, inds, acts in goals:
            rows = [("Nr", n), ("Mål", title)]
            rows += [r for i in inds for r in (("Indikator", i), ("Målvärde 2027", "Minst 80 procent"))]
            rows += [("Aktivitet", a) for a in acts] + [("Ansvarig", "Teknisk chef")]
            t = d.add_table(rows=0, cols=2)
            for k, v in rows:
                cells = t.add_row().cells
                cells[0].text, cells[1].text = k, v
            d.add_paragraph("")
    d.save(str(out))
    return out


def test_goals_as_small_label_tables(tmp_path: Path) -> None:
    got = gold_facts(read_document(_kv_plan(tmp_path / "p.docx"), {"id": "p"}), Thesaurus.load())
    titles = {s.removeprefix("id:"): o for s, p, o in got if p == "dcterms:title" and "effect-goal/" in s}
    assert titles == {"effect-goal/2027/1": "Utsläppen från fordonen minskar",
                      "effect-goal/2027/2": "Medarbetarna stannar"}
    part = {s.removeprefix("id:"): o for s, p, o in got if p == "sg:partOf"}
    assert part["effect-goal/2027/2"] == "id:perspective/attraktiv-arbetsgivare"   # the Målområde line above
    assert sorted(k for k in part if k.startswith("indicator/")) == [
        "indicator/2027/1/1", "indicator/2027/2/1", "indicator/2027/2/2"]
    acts = {o for s, p, o in got if p == "skos:prefLabel" and "activity/" in s}
    assert acts == {"Byta tio bilar till elbilar"}   # "Inga nya aktiviteter planeras" lists none
