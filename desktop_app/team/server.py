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
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from desktop_app.team.link import TeamError, TeamInputError, check_rep

if TYPE_CHECKING:
    import psycopg

SCHEMA_VERSION = 2
# Advisory lock keys: migrations; and the pull's high-water mark (every writer holds the shared lock while
# it takes a change number, so once the exclusive lock is granted every lower number is committed).
MIGRATION_LOCK = 0x7062_7831
CHANGE_LOCK = 0x7062_7832

# Each entry takes the schema from the previous version to this one; never edit a released entry: add one.
# {managers} and {reps} are the team's group roles (named after the database, so a cluster holds many teams).
MIGRATIONS: dict[int, Sequence[str]] = {
    1: (
        "CREATE EXTENSION IF NOT EXISTS pg_trgm",
        # The team's group roles, and its time zone (months are counted in it, whatever a session's TimeZone).
        "CREATE TABLE pbx_team.team (managers name NOT NULL, reps name NOT NULL, time_zone text NOT NULL)",
        "INSERT INTO pbx_team.team VALUES ({managers_text}, {reps_text}, current_setting('TimeZone'))",
        """CREATE TABLE pbx_team.reps (
            code text PRIMARY KEY,
            name text NOT NULL,
            login name NOT NULL UNIQUE,
            created_at timestamptz NOT NULL DEFAULT now())""",
        "CREATE SEQUENCE pbx_team.change_seq",
        """CREATE TABLE pbx_team.quotes (
            uuid uuid PRIMARY KEY,
            rep text NOT NULL REFERENCES pbx_team.reps (code),
            number text NOT NULL,
            revision integer NOT NULL,
            created_at timestamptz NOT NULL,
            valid_until date NOT NULL,
            client_name text NOT NULL,
            client_inn text NOT NULL,
            client_contact text NOT NULL,
            plan_id text NOT NULL,
            catalog_id text NOT NULL,
            catalog_version text NOT NULL,
            monthly_total numeric(14, 2) NOT NULL,
            monthly_invoice numeric(14, 2) NOT NULL,
            search_text text NOT NULL,
            status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'sent', 'accepted', 'declined')),
            status_changed_at timestamptz NOT NULL DEFAULT '-infinity',
            status_change_id bigint NOT NULL DEFAULT 0,
            seq bigint NOT NULL,
            received_at timestamptz NOT NULL DEFAULT now(),
            UNIQUE (rep, number, revision))""",
        "CREATE INDEX quotes_seq ON pbx_team.quotes (seq)",
        "CREATE INDEX quotes_created ON pbx_team.quotes (created_at)",
        "CREATE INDEX quotes_search ON pbx_team.quotes USING gin (search_text gin_trgm_ops)",
        """CREATE TABLE pbx_team.quote_data (
            uuid uuid PRIMARY KEY REFERENCES pbx_team.quotes,
            rep text NOT NULL,
            requirements jsonb NOT NULL,
            snapshot jsonb NOT NULL)""",
        """CREATE TABLE pbx_team.status_changes (
            id bigserial PRIMARY KEY,
            uuid uuid NOT NULL UNIQUE,
            quote_uuid uuid NOT NULL REFERENCES pbx_team.quotes,
            rep text NOT NULL,
            status text NOT NULL CHECK (status IN ('draft', 'sent', 'accepted', 'declined')),
            changed_at timestamptz NOT NULL,
            received_at timestamptz NOT NULL DEFAULT clock_timestamp())""",
        "CREATE INDEX status_changes_quote ON pbx_team.status_changes (quote_uuid)",
        """CREATE TABLE pbx_team.catalogs (
            id bigserial PRIMARY KEY,
            catalog_id text NOT NULL,
            version text NOT NULL,
            effective_date date NOT NULL,
            content text NOT NULL,
            published_by name NOT NULL DEFAULT current_user,
            published_at timestamptz NOT NULL DEFAULT now(),
            UNIQUE (catalog_id, version))""",
        # Who is asking: the rep code of this login, and whether it is a manager (the server's word).
        """CREATE FUNCTION pbx_team.current_rep() RETURNS text LANGUAGE sql STABLE
           AS $$ SELECT code FROM pbx_team.reps WHERE login = current_user $$""",
        """CREATE FUNCTION pbx_team.is_manager() RETURNS boolean LANGUAGE sql STABLE
           AS $$ SELECT pg_has_role(current_user, managers, 'MEMBER') FROM pbx_team.team $$""",
        """CREATE FUNCTION pbx_team.stamp_change() RETURNS trigger LANGUAGE plpgsql AS $$
           BEGIN
               PERFORM pg_advisory_xact_lock_shared("""
        + str(CHANGE_LOCK)
        + """);
               NEW.seq := nextval('pbx_team.change_seq');
               RETURN NEW;
           END $$""",
        """CREATE TRIGGER quotes_stamp BEFORE INSERT OR UPDATE ON pbx_team.quotes
           FOR EACH ROW EXECUTE FUNCTION pbx_team.stamp_change()""",
        # A quote's status is its latest change by the laptop's time, ties by the server's order of receipt.
        # SECURITY DEFINER: reps may not UPDATE quotes; the change row itself passed their row policy.
        """CREATE FUNCTION pbx_team.apply_status() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
           SET search_path = pbx_team, pg_temp AS $$
           BEGIN
               UPDATE pbx_team.quotes
                  SET status = NEW.status, status_changed_at = NEW.changed_at, status_change_id = NEW.id
                WHERE uuid = NEW.quote_uuid AND rep = NEW.rep
                  AND (status_changed_at, status_change_id) < (NEW.changed_at, NEW.id);
               RETURN NULL;
           END $$""",
        """CREATE TRIGGER status_changes_apply AFTER INSERT ON pbx_team.status_changes
           FOR EACH ROW EXECUTE FUNCTION pbx_team.apply_status()""",
        # The managers' monthly figures, kept up to date as quotes arrive and change status, so that reading
        # them stays instant however many quotes the team has (a sum over a year of 1 000 000 quotes is not).
        """CREATE TABLE pbx_team.month_totals (
            rep text NOT NULL,
            month date NOT NULL,
            sent integer NOT NULL DEFAULT 0,
            accepted integer NOT NULL DEFAULT 0,
            monthly_invoice numeric(16, 2) NOT NULL DEFAULT 0,
            PRIMARY KEY (rep, month))""",
        """CREATE FUNCTION pbx_team.count_month() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
           SET search_path = pbx_team, pg_temp AS $$
           DECLARE zone text := (SELECT time_zone FROM pbx_team.team);
           BEGIN
               IF TG_OP = 'UPDATE' AND OLD.status IN ('sent', 'accepted') THEN
                   UPDATE pbx_team.month_totals
                      SET sent = sent - (OLD.status = 'sent')::int,
                          accepted = accepted - (OLD.status = 'accepted')::int,
                          monthly_invoice = monthly_invoice - OLD.monthly_invoice
                    WHERE rep = OLD.rep AND month = date_trunc('month', OLD.created_at AT TIME ZONE zone)::date;
               END IF;
               IF NEW.status IN ('sent', 'accepted') THEN
                   INSERT INTO pbx_team.month_totals AS t
                   VALUES (NEW.rep, date_trunc('month', NEW.created_at AT TIME ZONE zone)::date,
                           (NEW.status = 'sent')::int, (NEW.status = 'accepted')::int, NEW.monthly_invoice)
                   ON CONFLICT (rep, month) DO UPDATE SET sent = t.sent + excluded.sent,
                       accepted = t.accepted + excluded.accepted,
                       monthly_invoice = t.monthly_invoice + excluded.monthly_invoice;
               END IF;
               RETURN NULL;
           END $$""",
        """CREATE TRIGGER quotes_month AFTER INSERT OR UPDATE OF status ON pbx_team.quotes
           FOR EACH ROW EXECUTE FUNCTION pbx_team.count_month()""",
        # The team search. Row-level security would keep the planner off the trigram index (LIKE is not
        # leakproof), so the function applies the same rule itself: a manager finds everyone's, a rep their own.
        """CREATE FUNCTION pbx_team.search(p_pattern text, p_limit integer) RETURNS SETOF pbx_team.quotes
           LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pbx_team, public, pg_temp AS $$
           BEGIN
               IF (SELECT pg_has_role(session_user, managers, 'MEMBER') FROM pbx_team.team) THEN
                   RETURN QUERY EXECUTE 'SELECT * FROM pbx_team.quotes WHERE search_text LIKE $1
                                         ORDER BY created_at DESC LIMIT $2' USING p_pattern, p_limit;
               ELSE
                   RETURN QUERY EXECUTE 'SELECT * FROM pbx_team.quotes WHERE search_text LIKE $1
                                         AND rep = (SELECT code FROM pbx_team.reps WHERE login = session_user)
                                         ORDER BY created_at DESC LIMIT $2' USING p_pattern, p_limit;
               END IF;
           END $$""",
        # A manager adds a rep's login; the function's owner (the login that ran `team init`) holds CREATEROLE.
        # The password arrives as a SCRAM verifier, never in clear text.
        """CREATE FUNCTION pbx_team.add_rep(p_code text, p_name text, p_login text, p_verifier text,
                                            p_manager boolean) RETURNS void LANGUAGE plpgsql SECURITY DEFINER
           SET search_path = pbx_team, pg_temp AS $$
           DECLARE r pbx_team.team;
           BEGIN
               SELECT * INTO r FROM pbx_team.team;
               IF NOT pg_has_role(session_user, r.managers, 'MEMBER') THEN
                   RAISE insufficient_privilege USING MESSAGE = 'only a manager may add reps';
               END IF;
               EXECUTE format('CREATE ROLE %I LOGIN PASSWORD %L IN ROLE %I', p_login, p_verifier, r.reps);
               IF p_manager THEN
                   EXECUTE format('GRANT %I TO %I', r.managers, p_login);
               END IF;
               INSERT INTO pbx_team.reps (code, name, login) VALUES (p_code, p_name, p_login);
           END $$""",
        "REVOKE ALL ON FUNCTION pbx_team.add_rep FROM PUBLIC",
        "GRANT EXECUTE ON FUNCTION pbx_team.add_rep TO {managers}",
        "REVOKE ALL ON FUNCTION pbx_team.search FROM PUBLIC",
        "GRANT EXECUTE ON FUNCTION pbx_team.search TO {reps}",
        "GRANT USAGE ON SCHEMA pbx_team TO {reps}, {managers}",
        "GRANT SELECT ON pbx_team.schema_version, pbx_team.team, pbx_team.reps, pbx_team.catalogs TO {reps}",
        "GRANT SELECT ON pbx_team.month_totals TO {reps}",
        "GRANT SELECT, INSERT ON pbx_team.quotes, pbx_team.quote_data, pbx_team.status_changes TO {reps}",
        "GRANT USAGE, SELECT ON SEQUENCE pbx_team.change_seq, pbx_team.status_changes_id_seq TO {reps}",
        "GRANT SELECT ON pbx_team.quotes, pbx_team.quote_data, pbx_team.status_changes TO {managers}",
        "GRANT INSERT ON pbx_team.catalogs TO {managers}",
        "GRANT USAGE ON SEQUENCE pbx_team.catalogs_id_seq TO {managers}",
        "ALTER TABLE pbx_team.quotes ENABLE ROW LEVEL SECURITY",
        "ALTER TABLE pbx_team.quote_data ENABLE ROW LEVEL SECURITY",
        "ALTER TABLE pbx_team.status_changes ENABLE ROW LEVEL SECURITY",
        "ALTER TABLE pbx_team.month_totals ENABLE ROW LEVEL SECURITY",
        *(
            f"""CREATE POLICY read ON pbx_team.{table} FOR SELECT
                USING (rep = (SELECT pbx_team.current_rep()) OR (SELECT pbx_team.is_manager()))"""
            for table in ("quotes", "quote_data", "status_changes", "month_totals")
        ),
        "CREATE POLICY write ON pbx_team.quotes FOR INSERT WITH CHECK (rep = (SELECT pbx_team.current_rep()))",
        # A quote's data and status changes only for one's own quote (foreign keys alone would not check).
        *(
            f"""CREATE POLICY write ON pbx_team.{table} FOR INSERT WITH CHECK (rep = (SELECT pbx_team.current_rep())
                AND EXISTS (SELECT 1 FROM pbx_team.quotes q WHERE q.uuid = {column} AND q.rep = {table}.rep))"""
            for table, column in (("quote_data", "quote_data.uuid"), ("status_changes", "quote_uuid"))
        ),
    ),
    # 2: the statuses of pricing-rules §13 (issue 28): an export is `exported`; `sent` is the rep's word. The
    # managers' month figures count as «issued» (the `sent` column) every offer out with the client, exported
    # or sent, so that a month's figure means what it meant before exports stopped being `sent`.
    2: (
        "ALTER TABLE pbx_team.quotes DROP CONSTRAINT quotes_status_check",
        """ALTER TABLE pbx_team.quotes ADD CONSTRAINT quotes_status_check
           CHECK (status IN ('draft', 'exported', 'sent', 'accepted', 'declined'))""",
        "ALTER TABLE pbx_team.status_changes DROP CONSTRAINT status_changes_status_check",
        """ALTER TABLE pbx_team.status_changes ADD CONSTRAINT status_changes_status_check
           CHECK (status IN ('draft', 'exported', 'sent', 'accepted', 'declined'))""",
        """CREATE OR REPLACE FUNCTION pbx_team.count_month() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
           SET search_path = pbx_team, pg_temp AS $$
           DECLARE zone text := (SELECT time_zone FROM pbx_team.team);
           BEGIN
               IF TG_OP = 'UPDATE' AND OLD.status IN ('exported', 'sent', 'accepted') THEN
                   UPDATE pbx_team.month_totals
                      SET sent = sent - (OLD.status IN ('exported', 'sent'))::int,
                          accepted = accepted - (OLD.status = 'accepted')::int,
                          monthly_invoice = monthly_invoice - OLD.monthly_invoice
                    WHERE rep = OLD.rep AND month = date_trunc('month', OLD.created_at AT TIME ZONE zone)::date;
               END IF;
               IF NEW.status IN ('exported', 'sent', 'accepted') THEN
                   INSERT INTO pbx_team.month_totals AS t
                   VALUES (NEW.rep, date_trunc('month', NEW.created_at AT TIME ZONE zone)::date,
                           (NEW.status IN ('exported', 'sent'))::int, (NEW.status = 'accepted')::int,
                           NEW.monthly_invoice)
                   ON CONFLICT (rep, month) DO UPDATE SET sent = t.sent + excluded.sent,
                       accepted = t.accepted + excluded.accepted,
                       monthly_invoice = t.monthly_invoice + excluded.monthly_invoice;
               END IF;
               RETURN NULL;
           END $$""",
    ),
}


@dataclass(frozen=True)
class Who:
    login: str
    rep: str | None
    manager: bool


def connect(dsn: str, **options: Any) -> psycopg.Connection[Any]:
    """A connection (password from the PGPASSFILE); a server that cannot be reached is one clear TeamError."""
    import psycopg

    try:
        return psycopg.connect(dsn, connect_timeout=10, application_name="desktop_app", **options)
    except psycopg.OperationalError as exc:
        reason = _first_line(exc)
        if "authentication failed" in reason or "password" in reason or "does not exist" in reason:
            raise TeamError(f"the team server refused the login: {reason}") from None
        raise TeamError(f"cannot reach the team server: {reason}") from None


@contextmanager
def session(dsn: str, check_schema: bool = True) -> Iterator[psycopg.Connection[Any]]:
    """A connection whose errors become TeamError (the server refused, or went away), closed at the end."""
    import psycopg

    conn = connect(dsn)
    try:
        if check_schema:
            _check_schema(conn)
        yield conn
        conn.commit()
    except psycopg.errors.InsufficientPrivilege as exc:
        raise TeamError(f"the team server refused: {_first_line(exc)}") from None
    except psycopg.OperationalError as exc:
        raise TeamError(f"the connection to the team server was lost: {_first_line(exc)}") from None
    except psycopg.Error as exc:
        raise TeamError(f"the team server refused: {_first_line(exc)}") from None
    finally:
        conn.close()


def _first_line(exc: BaseException) -> str:
    return (str(exc).strip().splitlines() or [type(exc).__name__])[0]


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
        raise TeamError("the server has no team schema: a manager runs `team init` first")
    if version > SCHEMA_VERSION:
        raise TeamError(
            f"the team server's schema is version {version}, newer than this app knows ({SCHEMA_VERSION}); "
            "update the app"
        )
    if version < SCHEMA_VERSION:
        raise TeamError(
            f"the team server's schema is version {version}; a manager runs `team init` to migrate it "
            f"to {SCHEMA_VERSION}"
        )


def team_roles(dbname: str) -> tuple[str, str]:
    """The team's group roles, named after its database (role names are shared by the whole cluster)."""
    return f"{dbname}_managers", f"{dbname}_reps"


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


def init_schema(conn: psycopg.Connection[Any], rep: str, name: str) -> int:
    """Create or migrate the schema, make this login the first manager and rep `rep`. The new version."""
    import psycopg
    from psycopg import sql

    check_rep(rep)
    dbname = conn.info.dbname
    managers, reps = team_roles(dbname)
    with conn.transaction():
        conn.execute("SELECT pg_advisory_xact_lock(%s)", (MIGRATION_LOCK,))
        version = schema_version(conn)
        if version > SCHEMA_VERSION:
            raise TeamError(
                f"the team server's schema is version {version}, newer than this app knows ({SCHEMA_VERSION}); "
                "update the app"
            )
        if version == 0:
            conn.execute("CREATE SCHEMA IF NOT EXISTS pbx_team")
            conn.execute("CREATE TABLE pbx_team.schema_version (version integer NOT NULL)")
            conn.execute("INSERT INTO pbx_team.schema_version VALUES (0)")
            for role in (managers, reps):
                exists = conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (role,)).fetchone()
                if not exists:
                    conn.execute(sql.SQL("CREATE ROLE {} NOLOGIN").format(sql.Identifier(role)))
        names = {
            "managers": sql.Identifier(managers),
            "reps": sql.Identifier(reps),
            "managers_text": sql.Literal(managers),
            "reps_text": sql.Literal(reps),
        }
        for target in range(version + 1, SCHEMA_VERSION + 1):
            for statement in MIGRATIONS[target]:
                conn.execute(
                    sql.SQL(statement).format(**{k: v for k, v in names.items() if "{" + k + "}" in statement})
                )
            conn.execute("UPDATE pbx_team.schema_version SET version = %s", (target,))
        login = conn.info.user
        for role in (managers, reps):
            conn.execute(sql.SQL("GRANT {} TO {}").format(sql.Identifier(role), sql.Identifier(login)))
        row = conn.execute("SELECT login FROM pbx_team.reps WHERE code = %s", (rep,)).fetchone()
        if row is None:
            try:
                with conn.transaction():
                    conn.execute(
                        "INSERT INTO pbx_team.reps (code, name, login) VALUES (%s, %s, %s)", (rep, name, login)
                    )
            except psycopg.errors.UniqueViolation:
                raise TeamInputError([("rep", "this login is already another rep's on the server")]) from None
        elif row[0] != login:
            raise TeamInputError([("rep", f"{rep} is already the rep code of another login ({row[0]})")])
    return SCHEMA_VERSION


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
    login = base = login_for(conn.info.dbname, rep)
    for n in range(2, 100):  # ИВ and IV read alike in ASCII: the second gets team_iv_2
        if not conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (login,)).fetchone():
            break
        login = f"{base[:60]}_{n}"
    password = secrets.token_urlsafe(18)
    verifier = conn.pgconn.encrypt_password(password.encode(), login.encode(), b"scram-sha-256").decode()
    with conn.transaction():
        conn.execute("SELECT pbx_team.add_rep(%s, %s, %s, %s, %s)", (rep, name.strip(), login, verifier, manager))
    return login, password


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


def search(conn: psycopg.Connection[Any], text: str, limit: int = 200) -> list[tuple[Any, ...]]:
    """The team's quotes whose client, INN, contact or number contains `text`, newest first (trigram index);
    a manager searches everyone's, a rep their own."""
    pattern = "%" + text.casefold().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
    return conn.execute(
        """SELECT rep, number, revision, created_at, client_name, client_inn, plan_id, monthly_total, status
             FROM pbx_team.search(%s, %s)""",
        (pattern, limit),
    ).fetchall()
