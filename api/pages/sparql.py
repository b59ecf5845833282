"""SPARQL page `/sparql-editor` (alias `/fraga`): YASGUI (vendored) on the `/sparql` endpoint, with the
example queries of `web/queries/*.rq` (header lines `# title:` and `# description:`) to load into the editor."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from pathlib import Path

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, RedirectResponse

from api.pages._common import QUERIES_DIR, render
from graph.namespaces import FN, PREFIXES, SG

router = APIRouter()

@dataclass(frozen=True)
class ExampleQuery:
    id: str
    title: str
    description: str
    query: str


def load_examples(directory: Path = QUERIES_DIR) -> list[ExampleQuery]:
    out = []
    for f in sorted(directory.glob("*.rq")):
        text = f.read_text("utf-8")
        meta: dict[str, str] = {}
        body: list[str] = []
        for line in text.splitlines():
            if not body and line.startswith("#") and ":" in line:
                key, _, value = line[1:].partition(":")
                meta[key.strip().lower()] = value.strip()
            else:
                body.append(line)
        out.append(ExampleQuery(id=f.stem, title=meta.get("title", f.stem), description=meta.get("description", ""),
                                query="\n".join(body).strip() + "\n"))
    return out


DEFAULT_QUERY = f"""PREFIX sg: <{SG}>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>

# Alla projekt i tesaurusen. Välj en exempelfråga till vänster, eller skriv en egen.
SELECT ?projekt ?namn WHERE {{
  ?projekt a sg:Project ;
           skos:prefLabel ?namn .
}}
ORDER BY ?namn
"""


@router.get("/sparql-editor", response_class=HTMLResponse, include_in_schema=False)
def sparql_page(request: Request, query: str | None = None) -> HTMLResponse:
    """`?query=` opens the editor with that query and runs it (links from /ontologi and /begrepp)."""
    examples = load_examples()
    given = (query or "").strip()[:20_000]
    prefixes = {**PREFIXES, "sgf": str(FN)}
    return render(request, "sparql.html", {
        "nav": "sparql",
        "examples": examples,
        "config": {
            "endpoint": "/sparql",
            "prefixes": prefixes,
            "defaultQuery": given + "\n" if given else DEFAULT_QUERY,
            "runOnLoad": bool(given),
            "examples": [asdict(e) for e in examples],
        },
    })


@router.get("/fraga", include_in_schema=False)
def sparql_alias() -> RedirectResponse:
    return RedirectResponse("/sparql-editor", status_code=308)
