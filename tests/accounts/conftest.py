"""Web fixtures for the accounts' pages and API."""

from tests.web.conftest import app, client, live_server, make_user  # noqa: F401  (web fixtures)
