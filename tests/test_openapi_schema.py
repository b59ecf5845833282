"""schemathesis against the service's own OpenAPI schema, in-process over ASGI on a real build: no operation
answers 5xx, and every status code and content type it answers is documented. Bounded: few examples per
operation, no deadline per example, the admin API (off without a token) left out."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
import schemathesis
from fastapi import FastAPI
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, Phase, given, settings
from schemathesis import checks

from api.app import create_app
from api.settings import Settings

CHECKS = [checks.not_a_server_error, checks.status_code_conformance, checks.content_type_conformance]


@schemathesis.serializer("application/sparql-query")
def _sparql_query(ctx: Any, value: Any) -> bytes:
    return value.encode("utf-8") if isinstance(value, str) else str(value).encode("utf-8")


@pytest.fixture(scope="module")
def app(built_settings: Settings) -> Iterator[FastAPI]:
    application = create_app(built_settings, reload_check_s=0)
    with TestClient(application):  # runs the lifespan: store, search engine, SPARQL workers
        yield application


def test_schema_is_valid_openapi(app: FastAPI) -> None:
    spec = app.openapi()
    query = next(p for p in spec["paths"]["/sparql"]["get"]["parameters"] if p["name"] == "query")
    assert "examples" in query and isinstance(query["examples"], dict)  # OpenAPI's map, not a JSON-Schema list
    for path, ops in spec["paths"].items():
        for op in ops.values():
            for code in ("400", "404", "413", "414", "415", "503"):
                assert code in op["responses"], (path, code)


def test_no_server_errors_and_every_answer_documented(app: FastAPI) -> None:
    schema = schemathesis.openapi.from_asgi("/openapi.json", app).exclude(path_regex="^/api/admin/")
    failures: list[str] = []
    for result in schema.get_all_operations():
        operation = result.ok()

        @settings(max_examples=12, deadline=None, database=None, derandomize=True,
                  phases=[Phase.explicit, Phase.generate], suppress_health_check=list(HealthCheck))
        @given(case=operation.as_strategy())
        def run(case: Any) -> None:
            response = case.call()
            try:
                case.validate_response(response, checks=CHECKS)
            except Exception as e:  # collect all operations' failures, then fail once
                failures.append(f"{case.operation.label}: {str(e)[:400]}")

        run()
    assert not failures, "\n".join(failures)
