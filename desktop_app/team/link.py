"""This laptop's link to a team server: the DSN (never a password) and the rep code, in team.json in the
data folder. The password stays in the user's PGPASSFILE (libpq's convention), which psycopg reads."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

from desktop_app.atomic import write_atomically
from desktop_app.core import jsonio
from desktop_app.core.errors import Kind, Message, UserError
from desktop_app.history.numbering import TEAM_LINK_FILE

REP_CODE = re.compile(r"[A-ZА-ЯЁ0-9]{1,6}")


class TeamInputError(UserError):
    """Invalid input for a team command: (field, message) pairs, exit code 2."""

    def __init__(self, problems: list[tuple[str, str]]) -> None:
        super().__init__([Message(field, message, message) for field, message in problems], Kind.INVALID)
        self.problems = problems


class TeamError(UserError):
    """The server cannot be reached, refuses, or is not usable by this app: one clear line, exit code 1."""

    def __init__(self, message: str) -> None:
        super().__init__([Message(None, message, message)], Kind.FAILED)


@dataclass(frozen=True)
class TeamLink:
    dsn: str
    rep: str


def check_rep(code: str) -> str:
    if not REP_CODE.fullmatch(code):
        raise TeamInputError([("rep", f'must be 1-6 capital letters or digits (e.g. "ИВ"), got "{code}"')])
    return code


def check_dsn(dsn: str) -> str:
    """A PostgreSQL connection string with a user, host and database, and no password in it."""
    from psycopg.conninfo import conninfo_to_dict  # psycopg only for team commands

    try:
        info = conninfo_to_dict(dsn)
    except Exception as exc:  # psycopg.ProgrammingError: not a connection string
        raise TeamInputError([("dsn", f"not a PostgreSQL connection string: {exc}")]) from None
    if info.get("password"):
        raise TeamInputError(
            [("dsn", "must not contain a password; put it in your PGPASSFILE (HOST:PORT:DB:ROLE:PASSWORD)")]
        )
    missing = [key for key in ("user", "host", "dbname") if not info.get(key)]
    if missing:
        raise TeamInputError([("dsn", f"needs {', '.join(missing)}: postgresql://ROLE@HOST:PORT/DB")])
    return dsn


def load_link(data_dir: Path) -> TeamLink | None:
    path = Path(data_dir) / TEAM_LINK_FILE
    try:
        data = jsonio.load_file(path)
    except FileNotFoundError:
        return None
    except (OSError, ValueError) as exc:
        raise TeamError(f"{path}: cannot read the team link: {exc}") from None
    if not (isinstance(data, dict) and isinstance(data.get("dsn"), str) and isinstance(data.get("rep"), str)):
        raise TeamError(f'{path}: unexpected content; expected {{"dsn": …, "rep": …}}')
    return TeamLink(data["dsn"], data["rep"])


def save_link(data_dir: Path, link: TeamLink) -> None:
    text = json.dumps({"dsn": link.dsn, "rep": link.rep}, ensure_ascii=False, indent=2)
    write_text(Path(data_dir) / TEAM_LINK_FILE, text)


def write_text(path: Path, text: str) -> None:
    def write(temp: Path) -> None:
        temp.write_text(text, encoding="utf-8")

    write_atomically(path, write)


def require_link(data_dir: Path) -> TeamLink:
    link = load_link(data_dir)
    if link is None:
        raise TeamError("this laptop has not joined a team: run `team join --dsn DSN --rep CODE` first")
    return link
