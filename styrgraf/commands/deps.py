"""`styrgraf deps`: the dependency map Målbild → mål → uppdrag → organ, its gaps and central goals."""

from __future__ import annotations

import argparse
import json
import sys
from typing import TYPE_CHECKING

from api.settings import Settings
from styrgraf.commands import Subparsers, current_generation

if TYPE_CHECKING:
    from graph.dependencies import DependencyReport, NodeRef


def register(sub: Subparsers) -> None:
    p = sub.add_parser("deps", help="beroendekarta: mål utan uppdrag, uppdrag utan mål eller status",
                       description="Analysera kedjan Målbild → perspektiv/målsättning → effektmål → "
                       "uppdrag/aktivitet → organ/projekt: mål som inget uppdrag tjänar, uppdrag utan mål, "
                       "uppdrag utan statusrapport för sitt år och de mest centrala målen (PageRank).")
    p.add_argument("--year", type=int, help="endast uppdrag/aktiviteter och effektmål för detta år")
    p.add_argument("--organ", help="endast uppdrag/aktiviteter till detta organ (namn, förkortning eller id)")
    p.add_argument("--format", "-f", choices=["text", "json", "graphml", "gexf"], default="text")
    p.set_defaults(func=run)


def run(args: argparse.Namespace, settings: Settings) -> int:
    # Imported here: the dependency analysis (networkx) at module top adds 0.20 s to `styrgraf --help`.
    from graph.dependencies import analyse, dependency_graph, to_gexf, to_graphml, to_json

    store = current_generation(settings).open_graph(settings.remote_store)
    g = dependency_graph(store, year=args.year, organ=args.organ)
    if args.format == "graphml":
        sys.stdout.write(to_graphml(g))
        return 0
    if args.format == "gexf":
        sys.stdout.write(to_gexf(g))
        return 0
    report = analyse(g)
    if args.format == "json":
        print(json.dumps(to_json(g, report), ensure_ascii=False, indent=2))
        return 0
    print(render_report(report))
    return 0


def _ref(r: NodeRef) -> str:
    year = f" ({r.year})" if r.year else ""
    return f"  - {r.label}{year}  [{r.iri.rsplit('/id/', 1)[-1]}]"


def render_report(report: DependencyReport) -> str:
    lines: list[str] = []
    scope = ", ".join(x for x in (f"år {report.year}" if report.year else "", report.organ or "") if x)
    lines.append("Beroendekarta" + (f" ({scope})" if scope else ""))
    lines.append("  " + ", ".join(f"{t}: {n}" for t, n in sorted(report.counts.items())))
    sections = (
        ("Mål som inget uppdrag eller aktivitet tjänar", report.unserved_goals),
        ("Uppdrag som inte är kopplade till något mål", report.unlinked_assignments),
        ("Aktiviteter som inte är kopplade till något mål", report.unlinked_activities),
        ("Uppdrag utan statusrapport för sitt år", report.unreported_assignments),
    )
    for title, refs in sections:
        lines.append(f"\n{title}: {len(refs)}")
        lines.extend(_ref(r) for r in refs)
    lines.append("\nCentrala mål (PageRank på stödgrafen; stöd = direkta bidrag, räckvidd = alla bidrag)")
    for c in report.centrality[:15]:
        lines.append(f"  {c.pagerank:.4f}  stöd {c.support:>2}  räckvidd {c.reach:>3}  {c.label}")
    if report.organ_load:
        lines.append("\nUppdrag per organ")
        for o in report.organ_load:
            lines.append(f"  {o.assignments:>3} uppdrag  {o.activities:>3} aktiviteter  "
                         f"{o.unreported:>3} utan status  {o.label}")
    return "\n".join(lines)
