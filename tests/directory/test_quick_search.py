"""`gyoryu search` answers from the index snapshot without SQLAlchemy, exactly as the services
answer, and falls back to them whenever the snapshot cannot answer."""

import json
import subprocess
import sys

import pytest
from sqlalchemy.orm import Session
from typer.testing import CliRunner

from gyoryu import db as dbmod
from gyoryu.cli import app
from gyoryu.config import Settings, get_settings
from gyoryu.directory import index_snapshot, quick, service
from gyoryu.directory.schemas import OrgIn

QUERIES = ["텐센트", "腾讯", "騰訊", "Tencent", "한글과 컴퓨터", "hancom", "유니트리", "宇树科技", "센스타임",
           "텐센드", "Tencnet", "삼성", "로봇", "科技", "ai", "x", "데이터", "云", "없는이름교류", "   "]
FILTERS = [[], ["--country", "cn"], ["--kind", "university"], ["--limit", "3"], ["--limit", "50"]]


@pytest.fixture
def cli_env(engine, database_url, tmp_path, monkeypatch):
    """The CLI pointed at the test database, run where no .env file is."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("GYORYU_DATABASE_URL", database_url)
    monkeypatch.setenv("GYORYU_VAR_DIR", str(tmp_path / "var"))
    dbmod.get_engine.cache_clear()
    get_settings.cache_clear()
    snapshot = index_snapshot.path_for(engine.url.render_as_string(hide_password=True))
    snapshot.unlink(missing_ok=True)
    yield snapshot
    dbmod.get_engine.cache_clear()
    get_settings.cache_clear()


def expected(engine, q: str, args: list[str]) -> dict:
    options = dict(zip(args[::2], args[1::2], strict=True))
    with Session(engine) as db:
        return service.search_page(db=db, q=q, country=options.get("--country"),
                                   kind=options.get("--kind"),
                                   limit=int(options.get("--limit", 10))).model_dump(mode="json")


def cli(*args: str) -> str:
    result = CliRunner().invoke(app, ["search", *args])
    assert result.exit_code == 0, result.output
    return result.output


def test_the_snapshot_and_the_services_answer_alike(engine, backend, cli_env):
    assert not cli_env.exists()
    cli("텐센트")  # the full path, which leaves the snapshot behind
    assert cli_env.exists()
    for q in QUERIES:
        for args in FILTERS:
            want = expected(engine, q, args)
            options = dict(zip(args[::2], args[1::2], strict=True))
            fast = quick.search(q=q, country=options.get("--country"), kind=options.get("--kind"),
                                limit=int(options.get("--limit", 10)))
            if backend == "sqlite" and q.strip():
                assert fast == want, (q, args)
            else:  # PostgreSQL, and the listing without a query, take the full path
                assert fast is None
            assert json.loads(cli(q, "--json", *args)) == want, (q, args)


def test_text_output_is_the_same_from_either_path(engine, cli_env):
    slow = [cli(q) for q in QUERIES[:6]]  # each call rewrites nothing: the first wrote the snapshot
    cli_env.unlink()
    assert [cli(q) for q in QUERIES[:6]] == slow
    assert "(5 found)" in slow[0] and "Tencent Korea" in slow[0]  # Tencent, its Shanghai office, AI Lab, cloud, Korea


def test_filters_the_snapshot_cannot_resolve_take_the_full_path(engine, cli_env):
    cli("텐센트")
    with Session(engine) as db:
        want = service.search_page(db=db, q="로봇", sector="robotics").model_dump(mode="json")
    assert json.loads(cli("로봇", "--sector", "robotics", "--limit", "20", "--json")) == want


def test_a_directory_change_sends_the_next_call_the_full_way_once(engine, backend, cli_env):
    if backend != "sqlite":
        pytest.skip("the snapshot answers by itself on SQLite only")
    cli("텐센트")
    assert quick.search(q="텐센트") is not None
    with dbmod.transaction(engine) as db:
        org = service.create_org(db=db, data=OrgIn(
            kind="company", country="KR", names={"ko": "교류빠른검색시험"}))
        org_id = org.id
    try:
        assert quick.search(q="교류빠른검색시험") is None  # the journal moved on
        assert json.loads(cli("교류빠른검색시험", "--json"))["items"][0]["id"] == org_id
        assert quick.search(q="교류빠른검색시험")["items"][0]["id"] == org_id
    finally:
        with dbmod.transaction(engine) as db:
            db.delete(service.get_org(db=db, org_id=org_id))


def test_search_from_the_snapshot_imports_no_sqlalchemy(engine, backend, cli_env):
    """What makes it fast: checked on the real command in a fresh interpreter."""
    if backend != "sqlite":
        pytest.skip("the snapshot answers by itself on SQLite only")
    cli("텐센트")
    run = subprocess.run([sys.executable, "-X", "importtime", "-c",
                          "from gyoryu.cli import app; app(['search', '腾讯', '--json'])"],
                         capture_output=True, text=True, check=False)
    assert run.returncode == 0, run.stderr
    assert json.loads(run.stdout) == expected(engine, "腾讯", [])
    imported = {line.rsplit("|", 1)[-1].strip() for line in run.stderr.splitlines()}
    assert "gyoryu.directory.index_snapshot" in imported
    assert not {m for m in imported if m.split(".")[0] in ("sqlalchemy", "pydantic_settings")}


def test_the_database_url_is_found_as_settings_find_it(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    for name in ("GYORYU_DATABASE_URL", "GYORYU_VAR_DIR"):
        monkeypatch.delenv(name, raising=False)
    cases = [{}, {"GYORYU_VAR_DIR": str(tmp_path / "elsewhere")}, {"GYORYU_VAR_DIR": "rel/var"},
             {"GYORYU_DATABASE_URL": "sqlite:///x.db"}, {"gyoryu_database_url": "sqlite:////t/y.db"},
             {"GYORYU_DATABASE_URL": "", "GYORYU_VAR_DIR": "v"}]
    for env in cases:
        with monkeypatch.context() as m:
            for name, value in env.items():
                m.setenv(name, value)
            assert quick.database_url() == Settings().resolved_database_url(), env
    (tmp_path / ".env").write_text("GYORYU_DATABASE_URL=sqlite:///from-dotenv.db\n")
    assert quick.database_url() is None


def test_the_command_line_itself_loads_no_database_layer():
    """`gyoryu --help` and every command's start: the database is imported by the commands."""
    run = subprocess.run([sys.executable, "-X", "importtime", "-c", "import gyoryu.cli"],
                         capture_output=True, text=True, check=True)
    imported = {line.rsplit("|", 1)[-1].strip() for line in run.stderr.splitlines()}
    assert not {m for m in imported if m.split(".")[0] in ("sqlalchemy", "pydantic_settings")}
