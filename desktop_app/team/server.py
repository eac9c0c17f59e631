"""The team server: one PostgreSQL database, schema `pbx_team`, reached directly with psycopg 3.

Who may do what is the server's word: each rep logs in as their own role, a member of the team's reps
role; managers are also members of the managers' role. Row-level security lets a rep read and write only
their own quotes (whatever SQL they type), a manager read every rep's. Quotes are immutable (no UPDATE or
DELETE is granted); a status change is a new row, and the quote shows the latest by the laptop's time.

psycopg is imported inside these functions only: `quote` never loads it.
"""

from __future__ import annotations

import datetime
import re
import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from desktop_app.team.link import TeamError, TeamInputError, check_dsn, check_rep
from desktop_app.team.schema import MIGRATION_LOCK, MIGRATIONS, SCHEMA_VERSION, make_roles, roles, run, secure

if TYPE_CHECKING:
    import psycopg


@dataclass(frozen=True)
class Who:
    login: str
    rep: str | None
    manager: bool


def connect(dsn: str, password: str | None = None) -> psycopg.Connection[Any]:
    """A connection (the password given, else the PGPASSFILE's); a server that cannot be reached is one clear
    TeamError. A DSN that breaks interface.md's TLS rule (a link made before it) is refused before connecting."""
    import psycopg

    try:
        check_dsn(dsn)
    except TeamInputError as exc:
        raise TeamError(
            f"{exc.problems[0][1]}; join again: team join --dsn DSN --rep CODE --ca FILE",
            f"{exc.russian}. Подключитесь к команде заново («Подключиться к команде…») с сертификатом CA.",
        ) from None
    options: dict[str, Any] = {"connect_timeout": 10, "application_name": "desktop_app"}
    if password is not None:
        options["password"] = password
    try:
        return psycopg.connect(dsn, **options)
    except psycopg.OperationalError as exc:
        reason = _first_line(exc, password)
        if "authentication failed" in reason or "password" in reason or "does not exist" in reason:
            raise TeamError(
                f"the team server refused the login: {reason}", f"Сервер команды не принял логин или пароль: {reason}"
            ) from None
        raise TeamError(f"cannot reach the team server: {reason}", f"Сервер команды недоступен: {reason}") from None


@contextmanager
def session(dsn: str, check_schema: bool = True, password: str | None = None) -> Iterator[psycopg.Connection[Any]]:
    """A connection whose errors become TeamError (the server refused, or went away), closed at the end."""
    import psycopg

    conn = connect(dsn, password)
    try:
        if check_schema:
            _check_schema(conn)
        yield conn
        conn.commit()
    except psycopg.errors.InsufficientPrivilege as exc:
        reason = _first_line(exc, password)
        raise TeamError(f"the team server refused: {reason}", f"Сервер команды отказал: {reason}") from None
    except psycopg.OperationalError as exc:
        reason = _first_line(exc, password)
        raise TeamError(
            f"the connection to the team server was lost: {reason}", f"Связь с сервером команды прервалась: {reason}"
        ) from None
    except psycopg.Error as exc:
        reason = _first_line(exc, password)
        raise TeamError(f"the team server refused: {reason}", f"Сервер команды отказал: {reason}") from None
    finally:
        conn.close()


def _first_line(exc: BaseException, password: str | None = None) -> str:
    """The server's or libpq's message, first line, with any password in it blotted out."""
    line = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
    return line.replace(password, "***") if password else line


def schema_version(conn: psycopg.Connection[Any]) -> int:
    row = conn.execute("SELECT to_regclass('pbx_team.schema_version') IS NOT NULL").fetchone()
    if not row or not row[0]:
        return 0
    found = conn.execute("SELECT version FROM pbx_team.schema_version").fetchone()
    return int(found[0]) if found else 0


def _check_schema(conn: psycopg.Connection[Any]) -> None:
    version = schema_version(conn)
    conn.rollback()
    if version == 0:
        raise TeamError(
            "the server has no team schema: a manager runs `team init` first",
            "На сервере ещё нет команды: руководитель сначала выполняет `team init`.",
        )
    if version > SCHEMA_VERSION:
        raise TeamError(
            f"the team server's schema is version {version}, newer than this app knows ({SCHEMA_VERSION}); "
            "update the app",
            "Сервер команды новее этой версии программы: обновите программу.",
        )
    if version < SCHEMA_VERSION:
        raise TeamError(
            f"the team server's schema is version {version}; a manager runs `team init` to migrate it "
            f"to {SCHEMA_VERSION}",
            "Схема команды на сервере устарела: руководитель обновляет её командой `team init`.",
        )


def login_for(dbname: str, code: str) -> str:
    """A rep's login role: ASCII, so that it goes into a DSN unquoted (`team1_iv` for ИВ)."""
    return f"{dbname}_{_translit(code)}".lower()[:63]


_CYRILLIC = dict(
    zip(
        "АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ",
        "A B V G D E E ZH Z I Y K L M N O P R S T U F KH TS CH SH SHCH _ Y _ E YU YA".split(),
        strict=True,
    )
)


def _translit(code: str) -> str:
    return re.sub(r"[^a-z0-9_]", "_", "".join(_CYRILLIC.get(c, c) for c in code).lower())


def init_schema(conn: psycopg.Connection[Any], rep: str, name: str) -> tuple[int, str, str | None]:
    """Create or migrate the schema (a superuser's login), then make sure rep `rep` is a manager with a login of
    its own: (the new version, the manager's login, its new password or None when the login already existed)."""
    check_rep(rep)
    row = conn.execute("SELECT rolsuper FROM pg_roles WHERE rolname = current_user").fetchone()
    if not (row and row[0]):
        raise TeamError(
            f"team init needs the PostgreSQL superuser's login; {conn.info.user} is not a superuser "
            "(the team's tables are owned by a role no one can log in as, which only a superuser can set up)",
            "Для создания команды нужен логин суперпользователя PostgreSQL.",
        )
    names = roles(conn.info.dbname)
    with conn.transaction():
        conn.execute("SET LOCAL lock_timeout = '30s'")
        locked = conn.execute("SELECT pg_try_advisory_xact_lock(%s)", (MIGRATION_LOCK,)).fetchone()
        if not (locked and locked[0]):
            raise TeamError(
                "another `team init` is running on this database; try again when it has finished",
                "Схема команды сейчас обновляется; повторите позже.",
            )
        version = schema_version(conn)
        if version > SCHEMA_VERSION:
            raise TeamError(
                f"the team server's schema is version {version}, newer than this app knows ({SCHEMA_VERSION}); "
                "update the app",
                "Сервер команды новее этой версии программы: обновите программу.",
            )
        make_roles(conn, names)
        if version == 0:
            conn.execute("CREATE SCHEMA IF NOT EXISTS pbx_team")
            conn.execute("CREATE TABLE pbx_team.schema_version (version integer NOT NULL)")
            conn.execute("INSERT INTO pbx_team.schema_version VALUES (0)")
        for target in range(version + 1, SCHEMA_VERSION + 1):
            for statement in MIGRATIONS[target]:
                run(conn, statement, names)
            conn.execute("UPDATE pbx_team.schema_version SET version = %s", (target,))
        secure(conn, names)
        login, password = _first_manager(conn, rep, name.strip(), names)
    return SCHEMA_VERSION, login, password


def _first_manager(conn: psycopg.Connection[Any], rep: str, name: str, names: dict[str, str]) -> tuple[str, str | None]:
    """Rep `rep` as a manager with a login of its own. A team set up the old way may have the superuser itself
    as that rep's login: it gets a login of its own, as a new team's first manager does."""
    from psycopg import sql

    row = conn.execute("SELECT login FROM pbx_team.reps WHERE code = %s AND ended_at IS NULL", (rep,)).fetchone()
    if row is not None and row[0] != conn.info.user:
        conn.execute(sql.SQL("GRANT {} TO {}").format(sql.Identifier(names["managers"]), sql.Identifier(row[0])))
        return row[0], None
    login = _free_login(conn, rep)
    password = secrets.token_urlsafe(18)
    conn.execute("SELECT pbx_team.make_login(%s, %s, true)", (login, _verifier(conn, login, password)))
    if row is None:
        if conn.execute("SELECT 1 FROM pbx_team.reps WHERE code = %s", (rep,)).fetchone():
            raise TeamInputError([("rep", f"{rep} was a rep of this team whose login was ended; choose another code")])
        conn.execute("INSERT INTO pbx_team.reps (code, name, login) VALUES (%s, %s, %s)", (rep, name, login))
        conn.execute("INSERT INTO pbx_team.series (rep) VALUES (%s) ON CONFLICT DO NOTHING", (rep,))
    else:
        conn.execute("UPDATE pbx_team.reps SET login = %s WHERE code = %s", (login, rep))
    return login, password


def _free_login(conn: psycopg.Connection[Any], rep: str) -> str:
    login = base = login_for(conn.info.dbname, rep)
    for n in range(2, 100):  # ИВ and IV read alike in ASCII: the second gets team_iv_2
        if not conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (login,)).fetchone():
            break
        login = f"{base[:60]}_{n}"
    return login


def _verifier(conn: psycopg.Connection[Any], login: str, password: str) -> str:
    """The password as a SCRAM verifier: the server never sees it in clear text, nor does any log."""
    return conn.pgconn.encrypt_password(password.encode(), login.encode(), b"scram-sha-256").decode()


def whoami(conn: psycopg.Connection[Any]) -> Who:
    row = conn.execute("SELECT current_user, pbx_team.current_rep(), pbx_team.is_manager()").fetchone()
    assert row is not None
    return Who(row[0], row[1], bool(row[2]))


def add_rep(conn: psycopg.Connection[Any], rep: str, name: str, manager: bool) -> tuple[str, str]:
    """Create the rep's login with a new password: (login, password). Only a manager may (the server checks)."""
    check_rep(rep)
    if not name.strip():
        raise TeamInputError([("name", "must not be empty")])
    if conn.execute("SELECT 1 FROM pbx_team.reps WHERE code = %s", (rep,)).fetchone():
        raise TeamInputError([("rep", f"{rep} is already a rep of this team")])
    login = _free_login(conn, rep)
    password = secrets.token_urlsafe(18)
    with conn.transaction():
        conn.execute(
            "SELECT pbx_team.add_rep(%s, %s, %s, %s, %s)",
            (rep, name.strip(), login, _verifier(conn, login, password), manager),
        )
    return login, password


def remove_rep(conn: psycopg.Connection[Any], rep: str) -> None:
    """End the rep's login (it can no longer log in; its quotes stay). A manager's, checked by the server."""
    check_rep(rep)
    with conn.transaction():
        conn.execute("SELECT pbx_team.remove_rep(%s)", (rep,))


def reset_password(conn: psycopg.Connection[Any], rep: str) -> tuple[str, str]:
    """A new password for the rep's login: (login, password). A manager's, checked by the server."""
    check_rep(rep)
    row = conn.execute("SELECT login FROM pbx_team.reps WHERE code = %s AND ended_at IS NULL", (rep,)).fetchone()
    if row is None:
        raise TeamInputError([("rep", f"{rep} is not a rep of this team")])
    password = secrets.token_urlsafe(18)
    with conn.transaction():
        conn.execute("SELECT pbx_team.reset_password(%s, %s)", (rep, _verifier(conn, row[0], password)))
    return row[0], password


def publish_catalog(
    conn: psycopg.Connection[Any], catalog_id: str, version: str, effective: datetime.date, content: str
) -> bool:
    """Store a validated price list; False when this very list was published before. Managers only."""
    with conn.transaction():
        row = conn.execute(
            "SELECT content FROM pbx_team.catalogs WHERE catalog_id = %s AND version = %s", (catalog_id, version)
        ).fetchone()
        if row is not None:
            if row[0] != content:
                raise TeamInputError(
                    [
                        (
                            "catalog",
                            f"{catalog_id} {version} was already published with other content; "
                            "give the new list a new version",
                        )
                    ]
                )
            return False
        conn.execute(
            "INSERT INTO pbx_team.catalogs (catalog_id, version, effective_date, content) VALUES (%s, %s, %s, %s)",
            (catalog_id, version, effective, content),
        )
    return True


@dataclass(frozen=True)
class MonthTotals:
    rep: str
    month: datetime.date
    sent: int
    accepted: int
    monthly_invoice: Decimal  # the sum over the sent and accepted quotes


def monthly_totals(conn: psycopg.Connection[Any], since: datetime.date, until: datetime.date) -> list[MonthTotals]:
    """Per rep and month of creation (in the team's time zone; the months from since's to until's): offers now
    out with the client (exported or sent: `sent`, «issued») and accepted, the sum of their monthly invoices. A
    manager sees every rep, a rep their own (RLS)."""
    rows = conn.execute(
        """SELECT rep, month, sent, accepted, monthly_invoice FROM pbx_team.month_totals
            WHERE month >= date_trunc('month', %s::date) AND month < %s AND (sent > 0 OR accepted > 0)
            ORDER BY rep, month""",
        (since, until),
    ).fetchall()
    return [MonthTotals(r[0], r[1], r[2], r[3], Decimal(r[4]).quantize(Decimal("0.01"))) for r in rows]


PAGE = 50  # rows a page, for the command line and the team window


@dataclass(frozen=True)
class Page:
    rows: list[tuple[Any, ...]]  # FOUND_COLUMNS
    after: tuple[datetime.datetime, str, str, int] | None  # the next page starts past this; None: it was the last


# A quote's plan and figures as a list shows them: the option that stands for the offer (pricing-rules §12, the
# accepted one's once accepted, else the first's: schema 5), then its options in order, the accepted plan, the
# approval state and the VAT rate.
STANDING_COLUMNS = (
    "coalesce(accepted_plan, plan_id)", "coalesce(accepted_total, monthly_total)",
    "coalesce(accepted_invoice, monthly_invoice)",
)  # fmt: skip
OFFER_COLUMNS = ("coalesce(options, ARRAY[plan_id])", "accepted_plan", "approval", "vat_rate")
FOUND_COLUMNS = (
    "uuid::text", "rep", "number", "revision", "created_at", "valid_until", "client_name", "client_inn",
    *STANDING_COLUMNS, "status", "catalog_version", "quote_date", *OFFER_COLUMNS,
)  # fmt: skip


def find_quotes(
    conn: psycopg.Connection[Any],
    text: str = "",
    rep: str | None = None,
    status: str | None = None,
    plan: str | None = None,
    since: datetime.datetime | None = None,
    until: datetime.datetime | None = None,
    after: tuple[datetime.datetime, str, str, int] | None = None,
    limit: int = PAGE,
) -> Page:
    """One page of the team's quotes, newest first, asked of the server (schema.find_quotes): client, INN,
    contact or number contains `text` (any case); a rep finds their own, a manager everyone's (or `rep`'s)."""
    pattern = None
    if text.strip():
        pattern = "%" + text.strip().casefold().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
    rows = conn.execute(
        f"""SELECT {", ".join(FOUND_COLUMNS)}
              FROM pbx_team.find_quotes(%s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s)""",
        (pattern, rep, status, plan, since, until, *(after or (None, None, None, None)), limit),
    ).fetchall()
    conn.rollback()
    last = (rows[-1][4], rows[-1][1], rows[-1][2], rows[-1][3]) if len(rows) == limit else None
    return Page(rows, last)
