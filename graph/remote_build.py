"""Writing a built corpus graph into a remote SPARQL 1.1 server: each named graph of the dataset that
`graph.build.build_dataset` made (one per document, `graph/ontology`, `graph/thesaurus`) goes up as one
Graph Store Protocol PUT, which replaces that graph on the server in one step, so a reader sees a document's
old graph or its new one, never half of it, and a rebuild never duplicates triples.

What is not atomic: the corpus as a whole. During a build the served generation reads graphs as they are
replaced; its passages index is swapped only at the end (`styrgraf/pipeline.py`). Documents that left the
corpus keep their graphs until `drop_stale_documents` runs after the swap; graphs that are not document
graphs (e.g. what `styrgraf load` wrote) are never touched here.
"""

from __future__ import annotations

from collections.abc import Callable

import rdflib
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID

from graph.namespaces import document_graph
from graph.remote import RemoteStore

NTRIPLES = "application/n-triples"

#: (graphs written so far, graphs in all, the graph just written)
GraphProgress = Callable[[int, int, str], None]


def publish_dataset(store: RemoteStore, dataset: rdflib.Dataset, progress: GraphProgress | None = None) -> int:
    """PUT every named graph of `dataset` to `store` (an empty graph is deleted); returns how many graphs."""
    graphs = [g for g in dataset.graphs() if g.identifier != DATASET_DEFAULT_GRAPH_ID]
    for i, g in enumerate(graphs, 1):
        iri = str(g.identifier)
        if len(g):
            store.put_graph(iri, g.serialize(format="nt", encoding="utf-8"), NTRIPLES)
        else:
            store.delete_graph(iri)
        if progress:
            progress(i, len(graphs), iri)
    return len(graphs)


def drop_stale_documents(store: RemoteStore, doc_ids: set[str]) -> list[str]:
    """Delete the document graphs on the server whose document is not in `doc_ids`; returns their IRIs."""
    prefix = document_graph("")
    keep = {document_graph(d) for d in doc_ids}
    stale = sorted(g.value for g in store.named_graphs() if g.value.startswith(prefix) and g.value not in keep)
    for iri in stale:
        store.delete_graph(iri)
    return stale


def remote_meta(store: RemoteStore) -> dict[str, str]:
    """What meta.json records of the store a generation was built into (never credentials)."""
    c = store.config
    meta = {"kind": "remote", "query_url": c.query_url, "union_default_graph": c.union_default_graph}
    meta.update({k: v for k, v in (("update_url", c.update_url), ("gsp_url", c.gsp_url)) if v})
    return meta


__all__ = ["GraphProgress", "drop_stale_documents", "publish_dataset", "remote_meta"]
