"""An ASGI factory with the admin API's build pipeline: `uvicorn --factory styrgraf.asgi:create_app`.

`api.app.create_app` alone serves reads only (the api layer cannot import the pipeline); this one hands it
`styrgraf.pipeline.PipelineBuilder`, as `styrgraf serve` does.
"""

from __future__ import annotations

from fastapi import FastAPI

from api.app import create_app as create_api_app
from api.settings import get_settings
from styrgraf.pipeline import PipelineBuilder


def create_app() -> FastAPI:
    settings = get_settings()
    return create_api_app(settings, builder=PipelineBuilder(settings))
