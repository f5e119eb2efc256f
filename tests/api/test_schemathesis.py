"""Every `/api/v1` operation of the OpenAPI schema, exercised by Schemathesis in-process on both
databases as five callers — nobody, a read-scope token, a member's, an organiser's and an admin's
write token — with examples, boundary cases and fuzzed input: never a 5xx, and every answer has a
documented status code, content type and the documented shape.

Bounded and reproducible: few examples per operation, derandomised, no deadline; most generated
requests name rows of the seeded world (`conftest.World.ids`), the rest keep the generated ids
(out-of-range and missing rows included). The operations that reached a 2xx, per caller, are
written in the terminal summary of the run.
"""

from __future__ import annotations

import zlib

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error
from schemathesis.config import SchemathesisConfig
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from gyoryu.config import Settings
from gyoryu.web.app import create_app
from tests.api.conftest import CALLERS, REACHED, SEEN

CHECKS = [not_a_server_error, status_code_conformance, content_type_conformance,
          response_schema_conformance]
SPEC = create_app(Settings(secret_key="openapi"), database_url="sqlite://").openapi()


def _schema(max_examples: int, phases: dict):
    config = SchemathesisConfig.from_dict({
        "seed": 20261205,
        "generation": {"max-examples": max_examples, "deterministic": True, "database": "none"},
        "phases": {"stateful": {"enabled": False}, **phases},
    })
    return schemathesis.openapi.from_dict(SPEC, config=config).include(path_regex="^/api/v1/")


# The admin, who reaches deepest, gets every phase: the schema's examples, the coverage phase's
# boundary and negative cases (sampled: one in COVERAGE_EVERY) and fuzzing. The other callers,
# mostly answered before the handler's work (401, 403), get the examples and a few fuzzed cases.
DEEP_EXAMPLES, LIGHT_EXAMPLES, COVERAGE_EVERY = 4, 3, 3
deep = _schema(DEEP_EXAMPLES, {})
light = _schema(LIGHT_EXAMPLES, {"coverage": {"enabled": False}})
SETTINGS = dict(deadline=None, derandomize=True, database=None,
                suppress_health_check=list(HealthCheck), print_blob=False)



def _pick(case, salt: str) -> int:
    return zlib.crc32(repr((salt, case.path_parameters, case.query, case.body)).encode())


# a body's `token` is a password-reset link's secret; `current_password` every caller's
BODY_IDS = {"token": "reset_token", "current_password": "password"}


def _real(case, ids: dict[str, list]) -> None:
    """Three generated requests in four name seeded rows (chosen by the case itself, so a rerun
    sends the same); the fourth keeps whatever was generated."""
    pick = _pick(case, "ids")
    if pick % 4 == 0:
        return
    for name in list(case.path_parameters or {}):
        if name in ids:
            case.path_parameters[name] = ids[name][pick % len(ids[name])]
    if isinstance(case.body, dict):
        for name in list(case.body):
            if name in BODY_IDS:
                case.body[name] = ids[BODY_IDS[name]][pick % len(ids[BODY_IDS[name]])]
            elif name in ids and name.endswith(("_id", "_ids", "ids")):
                case.body[name] = ids[name][pick % len(ids[name])]


def _sampled_out(case) -> bool:
    if case.meta is None or case.meta.phase.name.value != "coverage":
        return False
    return _pick(case, "coverage") % COVERAGE_EVERY != 0


@pytest.fixture
def savepoint(world):
    """Each operation's run in a savepoint of the world's transaction, rolled back after it."""
    connection = world.app.state.sessions.kw["bind"]
    nested = connection.begin_nested()
    yield
    if nested.is_active:
        nested.rollback()


def _run(case, caller: str, world) -> None:
    _real(case, world.ids)
    headers = dict(world.headers[caller], **{"Accept-Language": "en"})
    response = case.call(session=world.client, headers=headers)
    label = f"{case.operation.method.upper()} {case.operation.path}"  # the documented operation
    SEEN[world.backend, caller].add(label)
    if 200 <= response.status_code < 300:
        REACHED[world.backend, caller].add(label)
    case.validate_response(response, checks=CHECKS, headers=headers)


@deep.parametrize()
@settings(max_examples=DEEP_EXAMPLES, **SETTINGS)
def test_api_as_admin(case, world, savepoint):
    if not _sampled_out(case):
        _run(case, "admin", world)


@pytest.mark.parametrize("caller", [c for c in CALLERS if c != "admin"])
@light.parametrize()
@settings(max_examples=LIGHT_EXAMPLES, **SETTINGS)
def test_api(case, caller, world, savepoint):
    _run(case, caller, world)
