"""Styrgraf's RDF data files: the OWL ontology, the SHACL shapes and the SKOS thesaurus (see README.md)."""

from __future__ import annotations

from pathlib import Path

ONTOLOGY_DIR = Path(__file__).resolve().parent
ONTOLOGY_PATH = ONTOLOGY_DIR / "styrgraf.ttl"     # OWL ontology, graph/ontology
SHAPES_PATH = ONTOLOGY_DIR / "shapes.ttl"         # SHACL shapes (graph/shacl.py)
THESAURUS_PATH = ONTOLOGY_DIR / "thesaurus.ttl"   # SKOS thesaurus, graph/thesaurus

__all__ = ["ONTOLOGY_DIR", "ONTOLOGY_PATH", "SHAPES_PATH", "THESAURUS_PATH"]
