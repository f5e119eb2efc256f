"""Settings read from the environment, so one build runs embedded (SQLite) or in production."""

from __future__ import annotations

import secrets
from functools import lru_cache
from pathlib import Path

from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="GYORYU_", env_file=".env", extra="ignore")

    var_dir: Path = Path("var")
    database_url: str = ""
    secret_key: str = ""
    default_locale: str = "ko"
    # None: Secure cookies when the request came over HTTPS; true: always; false: never
    secure_cookies: bool | None = None
    smtp_host: str = "localhost"
    smtp_port: int = 25
    mail_from: str = "gyoryu@localhost"
    base_url: str = "http://127.0.0.1:8000"  # where links in e-mails point (the public address)
    fetch_private_networks: bool = False  # feeds may be read from private addresses (an intranet)
    # proxies whose X-Forwarded-For is believed (comma-separated addresses or networks, e.g.
    # "127.0.0.1, 10.0.0.0/8"); empty: the peer's own address is the client's, always
    trusted_proxies: str = ""

    def resolved_database_url(self) -> str:
        if self.database_url:
            return self.database_url
        self.var_dir.mkdir(parents=True, exist_ok=True)
        return f"sqlite:///{(self.var_dir / 'gyoryu.db').resolve()}"

    def resolved_secret_key(self) -> str:
        """A key from the environment, else one generated once and kept under var/."""
        if self.secret_key:
            return self.secret_key
        path = self.var_dir / "secret_key"
        if not path.exists():
            self.var_dir.mkdir(parents=True, exist_ok=True)
            path.write_text(secrets.token_urlsafe(48))
            path.chmod(0o600)
        return path.read_text().strip()


@lru_cache
def get_settings() -> Settings:
    return Settings()
