"""The command line on a database that was never initialised says what to do."""

from typer.testing import CliRunner

from gyoryu import db as dbmod
from gyoryu.cli import app
from gyoryu.config import get_settings


def test_commands_refuse_an_uninitialised_database(tmp_path, monkeypatch):
    monkeypatch.setenv("GYORYU_DATABASE_URL", f"sqlite:///{tmp_path / 'empty.db'}")
    dbmod.get_engine.cache_clear()
    get_settings.cache_clear()
    try:
        article = tmp_path / "a.txt"
        article.write_text("텐센트가 판교를 방문했다.", encoding="utf-8")
        for args in (["search", "텐센트"], ["extract", str(article), "--json"], ["export"]):
            result = CliRunner().invoke(app, args)
            assert result.exit_code == 2, args
            assert "Run `gyoryu init` first" in result.output
        assert CliRunner().invoke(app, ["check-data"]).exit_code == 0
    finally:
        dbmod.get_engine.cache_clear()
        get_settings.cache_clear()
