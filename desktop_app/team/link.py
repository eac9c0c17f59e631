"""This laptop's link to a team server: the DSN (never a password) and the rep code, in team.json in the
data folder. The password stays in the user's PGPASSFILE (libpq's convention), which psycopg reads."""

from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop_app.atomic import write_atomically
from desktop_app.core import jsonio
from desktop_app.core.errors import Kind, Message, UserError
from desktop_app.history.numbering import TEAM_LINK_FILE

REP_CODE = re.compile(r"[A-ZА-ЯЁ0-9]{1,6}")
_HOST = re.compile(r"/[^\0]*|[A-Za-z0-9._-]+|[0-9A-Fa-f:.]+(%[A-Za-z0-9]+)?")
CA_FILE = "team-ca.pem"  # the team server's CA certificate, copied in at join (the DSN's sslrootcert)


class TeamInputError(UserError):
    """Invalid input for a team command, exit code 2: (field, English, Russian) for each problem; the English alone
    stands in for the Russian where no translation is given ((field, English) pairs: the CLI's own options)."""

    def __init__(self, problems: list[tuple[str, str]] | list[tuple[str, str, str]]) -> None:
        messages = [Message(p[0], p[1], p[2] if len(p) > 2 else p[1]) for p in problems]
        super().__init__(messages, Kind.INVALID)
        self.problems = [(m.field or "", m.english) for m in messages]


class TeamError(UserError):
    """The server cannot be reached, refuses, or is not usable by this app: one clear line, exit code 1;
    in English for the command line, in Russian for the app."""

    def __init__(self, english: str, russian: str) -> None:
        super().__init__([Message(None, english, russian)], Kind.FAILED)


@dataclass(frozen=True)
class TeamLink:
    dsn: str
    rep: str


def check_rep(code: str) -> str:
    if not REP_CODE.fullmatch(code):
        raise TeamInputError(
            [
                (
                    "rep",
                    f'must be 1-6 capital letters or digits (e.g. "ИВ"), got "{code}"',
                    "код — от 1 до 6 заглавных букв или цифр, например ИВ",
                )
            ]
        )
    return code


def conninfo(dsn: str) -> dict[str, Any]:
    """The DSN's parameters. A string that does not parse is refused with a message that quotes none of it:
    libpq's own message would echo the text, password included."""
    from psycopg.conninfo import conninfo_to_dict  # psycopg only for team commands

    try:
        return dict(conninfo_to_dict(dsn))
    except Exception:  # psycopg.ProgrammingError, with the offending text in it
        raise TeamInputError(
            [
                (
                    "dsn",
                    "not a PostgreSQL connection string: postgresql://ROLE@HOST:PORT/DB or host=… dbname=… user=…",
                    "это не строка подключения PostgreSQL: postgresql://ЛОГИН@СЕРВЕР:ПОРТ/БАЗА",
                )
            ]
        ) from None


def is_local(host: str) -> bool:
    """A Unix socket, `localhost` or a loopback address: the only servers reached without TLS."""
    import ipaddress

    if not host or host.startswith(("/", "@")) or host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def check_dsn(dsn: str, ca: str | None = None) -> str:
    """A PostgreSQL connection string with a user, host and database and no password; a server that is not local
    (decided by `host`, whatever `hostaddr` says) only with sslmode=verify-full and a CA certificate: `ca` (a
    file) becomes the DSN's sslrootcert. Refused before any connection, in messages that never repeat it."""
    from psycopg.conninfo import make_conninfo

    info = conninfo(dsn)
    if info.get("password") or info.get("sslpassword"):
        raise TeamInputError(
            [
                (
                    "dsn",
                    "must not contain a password; the app asks for it and keeps it in your PGPASSFILE",
                    "пароль не пишут в строке подключения: введите его в поле «Пароль»",
                )
            ]
        )
    missing = [key for key in ("user", "host", "dbname") if not info.get(key)]
    if missing:
        raise TeamInputError(
            [
                (
                    "dsn",
                    f"needs {', '.join(missing)}: postgresql://ROLE@HOST:PORT/DB",
                    "нужны логин, сервер и база: postgresql://ЛОГИН@СЕРВЕР:ПОРТ/БАЗА",
                )
            ]
        )
    # libpq would quote a malformed value back in its error: these are checked here, and not quoted.
    if not all(_HOST.fullmatch(host) for host in str(info["host"]).split(",")):
        raise TeamInputError(
            [("dsn", "host: must be a server name, an IP address or a socket folder", "неверное имя сервера")]
        )
    if info.get("port") and not all(p.strip().isdigit() for p in str(info["port"]).split(",")):
        raise TeamInputError([("dsn", "port: must be a number, e.g. 5432", "порт — число, например 5432")])
    if any(any(c.isspace() for c in str(info[key])) for key in ("user", "dbname")):
        raise TeamInputError(
            [("dsn", "user and dbname must not contain spaces", "в логине и имени базы не бывает пробелов")]
        )
    remote = [host for host in str(info["host"]).split(",") if not is_local(host)]
    if not remote:
        return dsn
    mode = info.get("sslmode")
    if mode not in (None, "verify-full"):
        raise TeamInputError(
            [
                (
                    "dsn",
                    f"the server {remote[0]} is not on this computer: it is reached only with sslmode=verify-full "
                    f"(the server's certificate checked against your CA), not sslmode={mode}",
                    f"сервер {remote[0]} находится не на этом компьютере: подключение только с проверкой его "
                    "сертификата (sslmode=verify-full)",
                )
            ]
        )
    if not (ca or info.get("sslrootcert")):
        raise TeamInputError(
            [
                (
                    "ca",
                    f"the server {remote[0]} is not on this computer: give its CA certificate with --ca FILE "
                    "(the connection is then encrypted and the server's name verified)",
                    f"сервер {remote[0]} находится не на этом компьютере: укажите файл сертификата "
                    "удостоверяющего центра (CA)",
                )
            ]
        )
    if ca:
        info["sslrootcert"] = ca
    info["sslmode"] = "verify-full"
    return make_conninfo(**info)


def login_dsn(dsn: str, login: str) -> str:
    """The DSN another login uses to reach the same server: `postgresql://ROLE@HOST:PORT/DB?…` with the host,
    hostaddr and sslmode of `dsn` (not its sslrootcert: a file on this laptop; `team join --ca` gives it)."""
    from urllib.parse import quote, urlencode

    info = conninfo(dsn)
    query = {key: str(info[key]) for key in ("hostaddr", "sslmode") if info.get(key)}
    host = str(info.get("host") or "localhost")
    if host.startswith("/") or "," in host:
        query = {"host": host, **query}
        host = ""
    elif ":" in host:
        host = f"[{host}]"
    port = f":{info['port']}" if info.get("port") else ""
    tail = f"?{urlencode(query)}" if query else ""
    return f"postgresql://{quote(login)}@{host}{port}/{quote(str(info.get('dbname') or ''))}{tail}"


def read_password(prompt: str) -> str | None:
    """A password typed at the terminal (not shown), or one line of standard input when it is not a terminal;
    None when nothing was given (libpq then looks in the PGPASSFILE)."""
    import getpass
    import sys

    if sys.stdin is not None and sys.stdin.isatty():
        text = getpass.getpass(prompt, stream=sys.stderr)
    else:
        text = sys.stdin.readline() if sys.stdin is not None else ""
    text = text.rstrip("\r\n")
    return text or None


def passfile() -> Path:
    """libpq's PGPASSFILE: the environment's, else ~/.pgpass (%APPDATA%\\postgresql\\pgpass.conf on Windows)."""
    import os
    import sys

    chosen = os.environ.get("PGPASSFILE")
    if chosen:
        return Path(chosen).expanduser()
    if sys.platform == "win32":
        return Path(os.environ.get("APPDATA", "~")).expanduser() / "postgresql" / "pgpass.conf"
    return Path("~/.pgpass").expanduser()


def remember_password(dsn: str, password: str) -> Path:
    """Write (or replace) the PGPASSFILE line libpq will use for this DSN; the file stays 0600."""
    info = conninfo(dsn)
    host = str(info.get("host") or "localhost").split(",")[0]
    if host.startswith("/"):
        host = "localhost"  # libpq matches a Unix socket's entry as localhost
    fields = [host, str(info.get("port") or "5432"), str(info.get("dbname")), str(info.get("user")), password]
    line = ":".join(field.replace("\\", "\\\\").replace(":", "\\:") for field in fields)
    prefix = ":".join(field.replace("\\", "\\\\").replace(":", "\\:") for field in fields[:4]) + ":"
    path = passfile()
    try:
        kept = [old for old in path.read_text(encoding="utf-8").splitlines() if not old.startswith(prefix)]
    except FileNotFoundError:
        kept = []
    except (OSError, UnicodeDecodeError) as exc:
        reason = getattr(exc, "strerror", None) or exc
        raise TeamError(
            f"{path}: cannot read the password file: {reason}", f"Не удалось прочитать файл паролей {path}: {reason}"
        ) from None
    path.parent.mkdir(parents=True, exist_ok=True)
    write_text(path, "\n".join([*kept, line]) + "\n")
    return path


def load_link(data_dir: Path) -> TeamLink | None:
    path = Path(data_dir) / TEAM_LINK_FILE
    try:
        data = jsonio.load_file(path)
    except FileNotFoundError:
        return None
    except (OSError, ValueError) as exc:
        raise TeamError(
            f"{path}: cannot read the team link: {exc}", f"Не удалось прочитать настройки команды {path}: {exc}"
        ) from None
    if not (isinstance(data, dict) and isinstance(data.get("dsn"), str) and isinstance(data.get("rep"), str)):
        raise TeamError(
            f'{path}: unexpected content; expected {{"dsn": …, "rep": …}}',
            f"Файл настроек команды {path} повреждён: подключитесь к команде заново",
        )
    return TeamLink(data["dsn"], data["rep"])


def save_link(data_dir: Path, link: TeamLink) -> None:
    text = json.dumps({"dsn": link.dsn, "rep": link.rep}, ensure_ascii=False, indent=2)
    write_text(Path(data_dir) / TEAM_LINK_FILE, text)


def write_text(path: Path, text: str) -> None:
    """Written all at once, readable by this user only (0600): team files hold clients and logins."""

    def write(temp: Path) -> None:
        temp.write_text(text, encoding="utf-8")
        if os.name == "posix":
            temp.chmod(0o600)

    write_atomically(path, write)
    if os.name == "posix":
        path.chmod(0o600)


def require_link(data_dir: Path) -> TeamLink:
    link = load_link(data_dir)
    if link is None:
        raise TeamError(
            "this laptop has not joined a team: run `team join --dsn DSN --rep CODE` first",
            "Этот компьютер не подключён к команде.",
        )
    return link
