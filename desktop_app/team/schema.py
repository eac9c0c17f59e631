"""The team schema on the server: its migrations, and the ownership and row-level security that every
`team init` puts back in place (`secure`).

Roles (named after the database, so that a cluster holds many teams):
- `<db>_owner` owns the schema, every table and every function but the logins' ones. It cannot log in and no
  role is a member of it, so no login acts as the owner. Every table has FORCE ROW LEVEL SECURITY, which
  filters the owner too: it has a policy of its own on each table, for its SECURITY DEFINER functions.
- `<db>_admin` (cannot log in, CREATEROLE, no members) owns the functions that make, end and renew the team's
  logins. A role that can create roles can grant itself pg_execute_server_program (a shell on the server's
  machine, tried on PostgreSQL 15), so no one may be it: only those functions act as it, each with a pinned
  search_path and checks on the role it touches.
- `<db>_managers` and `<db>_reps` group the logins. A login owns nothing and has no CREATEROLE. Reps write only
  through the owner's SECURITY DEFINER functions (register_laptop, take_block, push_quotes,
  push_status_changes), which check each row. A function added later (approvals, limits) follows the same
  pattern: owned by the owner, SECURITY DEFINER, `SET search_path = pbx_team, pg_temp`, the caller found with
  `pbx_team.caller_rep()` (session_user), EXECUTE revoked from PUBLIC and granted to the group that may call it.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import psycopg

SCHEMA_VERSION = 5
MIGRATION_LOCK = 0x7062_7831  # `team init` (a superuser's) only
CHANGE_LOCK = 0x7062_7832  # schema 1 only: schema 2 takes no lock a login could take or hold
BLOCK_SIZE = 100  # quote numbers a laptop receives at a time
MAX_NUMBER = 9_999_999
# The most a monthly figure can reach: pricing-rules §2's limits on the priciest plan come to 175 001 490.00
# (a test prices them with the core), with room for the price lists to come.
MAX_AMOUNT = "500000000.00"
SEARCH_WINDOW = 2_000  # the newest rows a search reads in order before it asks the trigram index (find_quotes)
CLOCK_TOLERANCE = "5 minutes"  # a laptop's time further ahead of the server's is replaced by the server's
# How long the pull looks again for a change number that no row holds yet: longer than an honest writer's
# transaction lasts under LOGIN_SETTINGS' timeouts.
GAP_WINDOW = "15 minutes"
# On every team login: an honest laptop that stalls mid-sync frees what it holds. A login can SET them off in its
# own session, so they are no defence against a hostile one: nothing a login can hold blocks another login.
LOGIN_SETTINGS = (("lock_timeout", "10s"), ("statement_timeout", "60s"), ("idle_in_transaction_session_timeout", "60s"))
LOGIN_SETTINGS_SQL = "\n".join(
    f"EXECUTE format('ALTER ROLE %I SET {name} = %L', p_login, '{value}');" for name, value in LOGIN_SETTINGS
)
ADMIN_FUNCTIONS = ("make_login", "add_rep", "team_login", "remove_rep", "reset_password")
MANAGER_FUNCTIONS = ("add_rep", "remove_rep", "reset_password")
REP_FUNCTIONS = ("register_laptop", "take_block", "push_quotes", "push_status_changes", "find_quotes", "recent_gaps")
ROLE_NAMES = ("managers", "reps", "owner", "admin")


def _add_rep_head(row: str) -> str:
    """The start of add_rep in migrations 1 and 2 (which name the team's row `row`): only a manager may add reps."""
    return f"""CREATE FUNCTION pbx_team.add_rep(p_code text, p_name text, p_login text, p_verifier text,
                                            p_manager boolean) RETURNS void LANGUAGE plpgsql SECURITY DEFINER
           SET search_path = pbx_team, pg_temp AS $$
           DECLARE {row} pbx_team.team;
           BEGIN
               SELECT * INTO {row} FROM pbx_team.team;
               IF NOT pg_has_role(session_user, {row}.managers, 'MEMBER') THEN
                   RAISE insufficient_privilege USING MESSAGE = 'only a manager may add reps';
               END IF;
"""


# Each entry takes the schema from the previous version to this one; never edit a released entry: add one.
# {managers}, {reps}, {owner} and {admin} stand for the team's roles ({managers_text}, {reps_text}: as strings).
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
        _add_rep_head("r")
        + """               EXECUTE format('CREATE ROLE %I LOGIN PASSWORD %L IN ROLE %I', p_login, p_verifier, r.reps);
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
    # 2: a team server you can trust (issue 26). Ownership, FORCE ROW LEVEL SECURITY and the logins' settings are
    # put in place by `secure`, after every migration.
    2: (
        "DROP FUNCTION pbx_team.add_rep(text, text, text, text, boolean)",
        "DROP POLICY write ON pbx_team.quotes",
        "DROP POLICY write ON pbx_team.quote_data",
        "DROP POLICY write ON pbx_team.status_changes",
        "REVOKE INSERT ON pbx_team.quotes, pbx_team.quote_data, pbx_team.status_changes FROM {reps}",
        "REVOKE ALL ON SEQUENCE pbx_team.change_seq, pbx_team.status_changes_id_seq FROM {reps}",
        # The pull's order: a number taken as a row is written, under no lock, and when (the pull tracks the
        # numbers taken lately that no row holds yet: recent_gaps, sync.py).
        "ALTER TABLE pbx_team.quotes ADD COLUMN stamped_at timestamptz",
        """CREATE OR REPLACE FUNCTION pbx_team.stamp_change() RETURNS trigger LANGUAGE plpgsql AS $$
           BEGIN
               NEW.seq := nextval('pbx_team.change_seq');
               NEW.stamped_at := clock_timestamp();
               RETURN NEW;
           END $$""",
        # The change numbers taken within GAP_WINDOW that no row holds: a writer's transaction still open (or one
        # rolled back, or a row that took a newer number since). Numbers are taken in time order, so every number
        # above the newest one stamped before the window was taken within it. The pull reads these again next
        # time; older ones it gives up (a transaction open that long is a hostile login's; see docs/team-trust.md).
        f"""CREATE FUNCTION pbx_team.recent_gaps() RETURNS SETOF bigint LANGUAGE sql STABLE SECURITY DEFINER
            SET search_path = pbx_team, pg_temp AS $$
            SELECT g FROM generate_series(
                       coalesce((SELECT q.seq FROM pbx_team.quotes q
                                  WHERE coalesce(q.stamped_at, '-infinity') < now() - interval '{GAP_WINDOW}'
                                  ORDER BY q.seq DESC LIMIT 1), 0) + 1,
                       (SELECT coalesce(max(q.seq), 0) FROM pbx_team.quotes q)) AS g
             WHERE NOT EXISTS (SELECT 1 FROM pbx_team.quotes q WHERE q.seq = g)
            $$""",
        # The change the server received last wins; the laptop's time is kept, for display only.
        """CREATE OR REPLACE FUNCTION pbx_team.apply_status() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
           SET search_path = pbx_team, pg_temp AS $$
           BEGIN
               UPDATE pbx_team.quotes
                  SET status = NEW.status, status_changed_at = NEW.changed_at, status_change_id = NEW.id
                WHERE uuid = NEW.quote_uuid AND rep = NEW.rep AND status_change_id < NEW.id;
               RETURN NULL;
           END $$""",
        """ALTER TABLE pbx_team.quotes ADD COLUMN laptop uuid, ADD COLUMN quote_date date,
           ADD COLUMN monthly_net numeric(14, 2), ADD COLUMN monthly_vat numeric(14, 2),
           ADD COLUMN laptop_created_at timestamptz""",
        "ALTER TABLE pbx_team.status_changes ADD COLUMN laptop_changed_at timestamptz",
        "ALTER TABLE pbx_team.reps ADD COLUMN ended_at timestamptz",
        # Lists newest first, a page at a time (keyset on created_at, uuid), for everyone or one rep; and the
        # search within one rep's quotes: the rep and the trigrams in one GIN index (btree_gin), so a term common in
        # the team but absent from the rep's own quotes finds nothing at once (issue 26, P2).
        "CREATE EXTENSION IF NOT EXISTS btree_gin",
        "DROP INDEX pbx_team.quotes_created",
        "CREATE INDEX quotes_newest ON pbx_team.quotes (created_at, rep, number, revision)",
        "CREATE INDEX quotes_rep_newest ON pbx_team.quotes (rep, created_at, number, revision)",
        "CREATE INDEX quotes_rep_search ON pbx_team.quotes USING gin (rep, search_text gin_trgm_ops)",
        """CREATE TABLE pbx_team.laptops (
            id uuid PRIMARY KEY,
            rep text NOT NULL REFERENCES pbx_team.reps (code),
            registered_at timestamptz NOT NULL DEFAULT now())""",
        # Each rep's series: the next number the server hands out, and the blocks it handed to each laptop.
        """CREATE TABLE pbx_team.series (
            rep text PRIMARY KEY REFERENCES pbx_team.reps (code),
            next_number integer NOT NULL DEFAULT 1)""",
        """INSERT INTO pbx_team.series (rep, next_number)
           SELECT r.code, 1 + coalesce(max((regexp_match(q.number, '-([0-9]+)$'))[1]::integer), 0)
             FROM pbx_team.reps r LEFT JOIN pbx_team.quotes q
               ON q.rep = r.code AND q.number LIKE '%-' || r.code || '-%'
            GROUP BY r.code""",
        """CREATE TABLE pbx_team.number_blocks (
            rep text NOT NULL REFERENCES pbx_team.reps (code),
            first integer NOT NULL,
            last integer NOT NULL CHECK (last >= first),
            laptop uuid NOT NULL REFERENCES pbx_team.laptops,
            issued_at timestamptz NOT NULL DEFAULT now(),
            PRIMARY KEY (rep, first))""",
        *(
            f"""CREATE POLICY read ON pbx_team.{table} FOR SELECT
                USING (rep = (SELECT pbx_team.current_rep()) OR (SELECT pbx_team.is_manager()))"""
            for table in ("laptops", "series", "number_blocks")
        ),
        *(
            f"CREATE POLICY read ON pbx_team.{table} FOR SELECT USING (true)"
            for table in ("schema_version", "team", "reps", "catalogs")
        ),
        "CREATE POLICY publish ON pbx_team.catalogs FOR INSERT TO {managers} WITH CHECK (true)",
        "GRANT SELECT ON pbx_team.laptops, pbx_team.series, pbx_team.number_blocks TO {reps}",
        # Who calls a definer function: the login that connected (SET ROLE does not change it).
        """CREATE FUNCTION pbx_team.caller_rep() RETURNS text LANGUAGE plpgsql STABLE
           SET search_path = pbx_team, pg_temp AS $$
           DECLARE found text;
           BEGIN
               SELECT code INTO found FROM pbx_team.reps WHERE login = session_user AND ended_at IS NULL;
               IF found IS NULL THEN
                   RAISE insufficient_privilege USING MESSAGE = 'this login is not a rep of the team';
               END IF;
               RETURN found;
           END $$""",
        """CREATE FUNCTION pbx_team.register_laptop(p_laptop uuid) RETURNS void LANGUAGE plpgsql SECURITY DEFINER
           SET search_path = pbx_team, pg_temp AS $$
           DECLARE me text := pbx_team.caller_rep(); holder text;
           BEGIN
               INSERT INTO pbx_team.laptops (id, rep) VALUES (p_laptop, me) ON CONFLICT (id) DO NOTHING;
               SELECT rep INTO holder FROM pbx_team.laptops WHERE id = p_laptop;
               IF holder <> me THEN
                   RAISE insufficient_privilege USING MESSAGE = 'this laptop is registered to another rep';
               END IF;
           END $$""",
        # A new block of the caller's series for one of the caller's laptops, above what that laptop issued and
        # above every number another laptop claimed past its blocks.
        f"""CREATE FUNCTION pbx_team.take_block(p_laptop uuid, p_issued integer)
            RETURNS TABLE (block_first integer, block_last integer) LANGUAGE plpgsql SECURITY DEFINER
            SET search_path = pbx_team, pg_temp AS $$
            DECLARE me text := pbx_team.caller_rep(); start integer;
            BEGIN
                IF NOT EXISTS (SELECT 1 FROM pbx_team.laptops l WHERE l.id = p_laptop AND l.rep = me) THEN
                    RAISE insufficient_privilege USING MESSAGE = 'this laptop is not registered';
                END IF;
                INSERT INTO pbx_team.series AS s (rep) VALUES (me) ON CONFLICT (rep) DO NOTHING;
                SELECT greatest(s.next_number, least(greatest(p_issued, 0), {MAX_NUMBER - BLOCK_SIZE}) + 1)
                  INTO start FROM pbx_team.series s WHERE s.rep = me FOR UPDATE;
                SELECT greatest(start, coalesce(max(b.last) + 1, start)) INTO start
                  FROM pbx_team.number_blocks b WHERE b.rep = me;
                IF start + {BLOCK_SIZE} - 1 > {MAX_NUMBER} THEN
                    RAISE program_limit_exceeded USING MESSAGE = 'the series has no numbers left';
                END IF;
                UPDATE pbx_team.series s SET next_number = start + {BLOCK_SIZE} WHERE s.rep = me;
                INSERT INTO pbx_team.number_blocks (rep, first, last, laptop)
                VALUES (me, start, start + {BLOCK_SIZE} - 1, p_laptop);
                RETURN QUERY SELECT start, start + {BLOCK_SIZE} - 1;
            END $$""",
        # A rep's quotes, each row checked; the refused ones come back with the reason (the laptop reports them).
        f"""CREATE FUNCTION pbx_team.push_quotes(p_laptop uuid, p_rows jsonb)
            RETURNS TABLE (refused_number text, refused_revision integer, reason text)
            LANGUAGE plpgsql SECURITY DEFINER SET search_path = pbx_team, pg_temp AS $$
            DECLARE
                me text := pbx_team.caller_rep();
                zone text := (SELECT time_zone FROM pbx_team.team);
                received timestamptz := now();
                r jsonb; problem text; parts text[]; num integer; holder uuid; holder_last integer; owner_rep text;
                q_uuid uuid; q_number text; q_revision integer; q_created timestamptz; q_valid date; q_date date;
                q_total numeric; q_net numeric; q_vat numeric; q_invoice numeric; q_rate numeric;
            BEGIN
                IF NOT EXISTS (SELECT 1 FROM pbx_team.laptops l WHERE l.id = p_laptop AND l.rep = me) THEN
                    RAISE insufficient_privilege USING MESSAGE = 'this laptop is not registered';
                END IF;
                FOR r IN SELECT * FROM jsonb_array_elements(p_rows) LOOP
                    problem := NULL;
                    q_number := r->>'number';
                    q_revision := NULL;
                    BEGIN
                        q_revision := (r->>'revision')::integer;
                        q_uuid := (r->>'uuid')::uuid;
                        q_created := (r->>'created_at')::timestamptz;
                        q_valid := (r->>'valid_until')::date;
                        q_date := (r->>'quote_date')::date;
                        q_total := (r->>'monthly_total')::numeric;
                        q_net := (r->>'monthly_net')::numeric;
                        q_vat := (r->>'monthly_vat')::numeric;
                        q_invoice := (r->>'monthly_invoice')::numeric;
                        q_rate := (r->>'vat_rate')::numeric;
                    EXCEPTION WHEN others THEN
                        problem := 'a field is not in the form the app writes';
                    END;
                    IF problem IS NULL AND (q_uuid IS NULL OR q_number IS NULL OR q_revision IS NULL
                            OR q_created IS NULL OR q_valid IS NULL OR q_date IS NULL OR q_total IS NULL
                            OR q_net IS NULL OR q_vat IS NULL OR q_invoice IS NULL OR q_rate IS NULL
                            OR r->>'client_name' IS NULL OR r->>'client_inn' IS NULL OR r->>'client_contact' IS NULL
                            OR r->>'plan_id' IS NULL OR r->>'catalog_id' IS NULL OR r->>'catalog_version' IS NULL
                            OR r->>'search_text' IS NULL OR jsonb_typeof(r->'requirements') IS DISTINCT FROM 'object'
                            OR jsonb_typeof(r->'snapshot') IS DISTINCT FROM 'object') THEN
                        problem := 'a field is missing';
                    END IF;
                    IF problem IS NULL THEN
                        SELECT q.rep INTO owner_rep FROM pbx_team.quotes q WHERE q.uuid = q_uuid;
                        IF owner_rep = me THEN
                            CONTINUE;  -- sent before: nothing to do
                        ELSIF owner_rep IS NOT NULL THEN
                            problem := 'its identifier belongs to another quote';
                        END IF;
                    END IF;
                    IF problem IS NULL AND (q_revision < 1 OR length(q_number) > 40) THEN
                        problem := 'the number or revision is not one the app gives';
                    END IF;
                    -- The number: in the caller's own series and issued to this laptop (or a number from before
                    -- the laptop joined, which names no rep).
                    IF problem IS NULL THEN
                        parts := regexp_match(q_number, '^.+-([0-9]{{4}})-' || me || '-([0-9]{{4,7}})$');
                        IF parts IS NULL THEN
                            IF q_number !~ '^[^-]+(-[^-]+)*-[0-9]{{4}}-[0-9]{{4,7}}$'
                               OR q_number ~ '-[0-9]{{4}}-[^-]+-[0-9]{{4,7}}$' THEN
                                problem := 'the number is not in your series';
                            END IF;
                        ELSE
                            num := parts[2]::integer;
                            SELECT b.laptop, b.last INTO holder, holder_last FROM pbx_team.number_blocks b
                             WHERE b.rep = me AND b.first <= num ORDER BY b.first DESC LIMIT 1;
                            IF holder IS NOT NULL AND holder_last >= num THEN
                                IF holder <> p_laptop AND NOT (q_revision > 1 AND EXISTS (
                                        SELECT 1 FROM pbx_team.quotes q WHERE q.rep = me AND q.number = q_number)) THEN
                                    problem := 'the number was issued to another laptop';
                                END IF;
                            ELSE  -- issued offline past the laptop's blocks: the laptop claims it
                                UPDATE pbx_team.number_blocks b SET last = num
                                 WHERE b.rep = me AND b.laptop = p_laptop AND b.last = num - 1;
                                IF NOT FOUND THEN
                                    INSERT INTO pbx_team.number_blocks (rep, first, last, laptop)
                                    VALUES (me, num, num, p_laptop);
                                END IF;
                                UPDATE pbx_team.series s SET next_number = greatest(s.next_number, num + 1)
                                 WHERE s.rep = me;
                            END IF;
                        END IF;
                    END IF;
                    -- The offer's date within the range `--date` takes.
                    IF problem IS NULL AND (q_date < DATE '2004-01-01'
                            OR q_date > (received AT TIME ZONE zone)::date + interval '1 year') THEN
                        problem := 'the offer''s date is before 2004 or more than a year ahead';
                    ELSIF problem IS NULL AND q_valid < q_date THEN
                        problem := 'valid until is before the offer''s date';
                    END IF;
                    -- Amounts that add up, within what the price list can reach.
                    IF problem IS NULL AND (least(q_total, q_net, q_vat, q_invoice) < 0
                            OR greatest(q_total, q_net, q_vat, q_invoice) > {MAX_AMOUNT}) THEN
                        problem := 'an amount is negative or past what any price list reaches';
                    ELSIF problem IS NULL AND (q_rate < 0 OR q_rate > 0.5
                            OR abs(q_vat - round(q_net * q_rate, 2)) > 0.01) THEN
                        problem := 'the VAT is not the net amount times the rate';
                    ELSIF problem IS NULL AND q_net + q_vat <> q_invoice THEN
                        problem := 'net + VAT is not the invoice amount';
                    END IF;
                    IF problem IS NOT NULL THEN
                        refused_number := q_number; refused_revision := q_revision; reason := problem;
                        RETURN NEXT;
                        CONTINUE;
                    END IF;
                    INSERT INTO pbx_team.quotes AS q (uuid, rep, number, revision, created_at, laptop_created_at,
                        valid_until, quote_date, client_name, client_inn, client_contact, plan_id, catalog_id,
                        catalog_version, monthly_total, monthly_net, monthly_vat, monthly_invoice, search_text, laptop)
                    VALUES (q_uuid, me, q_number, q_revision,
                        -- issue times in the past are kept; ahead of the server's clock they are replaced
                        CASE WHEN q_created > received + interval '{CLOCK_TOLERANCE}'
                                  OR q_created = '-infinity' THEN received ELSE q_created END,
                        q_created, q_valid, q_date, left(r->>'client_name', 500), left(r->>'client_inn', 20),
                        left(r->>'client_contact', 500), left(r->>'plan_id', 100), left(r->>'catalog_id', 100),
                        left(r->>'catalog_version', 100), q_total, q_net, q_vat, q_invoice,
                        left(r->>'search_text', 2000), p_laptop)
                    ON CONFLICT (rep, number, revision) DO NOTHING;
                    IF NOT FOUND THEN
                        refused_number := q_number; refused_revision := q_revision;
                        reason := 'another quote with this number and revision is already on the server';
                        RETURN NEXT;
                        CONTINUE;
                    END IF;
                    INSERT INTO pbx_team.quote_data (uuid, rep, requirements, snapshot)
                    VALUES (q_uuid, me, r->'requirements', r->'snapshot');
                END LOOP;
            END $$""",
        # Status changes of the caller's quotes: the latest received wins (apply_status); the laptop's time
        # is kept for display, never ahead of the server's.
        f"""CREATE FUNCTION pbx_team.push_status_changes(p_laptop uuid, p_rows jsonb)
            RETURNS TABLE (refused_quote uuid, reason text)
            LANGUAGE plpgsql SECURITY DEFINER SET search_path = pbx_team, pg_temp AS $$
            DECLARE
                me text := pbx_team.caller_rep();
                received timestamptz := now();
                r jsonb; problem text; c_uuid uuid; c_quote uuid; c_status text; c_at timestamptz;
            BEGIN
                IF NOT EXISTS (SELECT 1 FROM pbx_team.laptops l WHERE l.id = p_laptop AND l.rep = me) THEN
                    RAISE insufficient_privilege USING MESSAGE = 'this laptop is not registered';
                END IF;
                FOR r IN SELECT * FROM jsonb_array_elements(p_rows) LOOP
                    problem := NULL; c_quote := NULL;
                    BEGIN
                        c_quote := (r->>'quote_uuid')::uuid;
                        c_uuid := (r->>'uuid')::uuid;
                        c_status := r->>'status';
                        c_at := (r->>'changed_at')::timestamptz;
                    EXCEPTION WHEN others THEN
                        problem := 'a field is not in the form the app writes';
                    END;
                    IF problem IS NULL AND (c_uuid IS NULL OR c_quote IS NULL OR c_at IS NULL) THEN
                        problem := 'a field is missing';
                    ELSIF problem IS NULL AND c_status NOT IN ('draft', 'sent', 'accepted', 'declined') THEN
                        problem := 'not a status the server knows';
                    ELSIF problem IS NULL AND NOT EXISTS (SELECT 1 FROM pbx_team.quotes q
                                                           WHERE q.uuid = c_quote AND q.rep = me) THEN
                        problem := 'its quote is not on the server';
                    END IF;
                    IF problem IS NOT NULL THEN
                        refused_quote := c_quote; reason := problem;
                        RETURN NEXT;
                        CONTINUE;
                    END IF;
                    INSERT INTO pbx_team.status_changes (uuid, quote_uuid, rep, status, changed_at, laptop_changed_at)
                    VALUES (c_uuid, c_quote, me, c_status,
                            CASE WHEN c_at > received + interval '{CLOCK_TOLERANCE}' OR c_at = '-infinity'
                                 THEN received ELSE c_at END, c_at)
                    ON CONFLICT (uuid) DO NOTHING;
                END LOOP;
            END $$""",
        # The logins: made, ended and renewed only by these functions, owned by the admin role (see above).
        f"""CREATE FUNCTION pbx_team.make_login(p_login text, p_verifier text, p_manager boolean) RETURNS void
            LANGUAGE plpgsql SECURITY DEFINER SET search_path = pbx_team, pg_temp AS $$
            DECLARE t pbx_team.team;
            BEGIN
                SELECT * INTO t FROM pbx_team.team;
                IF p_login !~ '^[a-z][a-z0-9_]{{0,62}}$' OR p_verifier !~ '^SCRAM-SHA-256[$]' THEN
                    RAISE invalid_parameter_value USING MESSAGE = 'not a login name and password verifier';
                END IF;
                EXECUTE format('CREATE ROLE %I LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS '
                               'PASSWORD %L IN ROLE %I', p_login, p_verifier, t.reps);
                IF p_manager THEN
                    EXECUTE format('GRANT %I TO %I', t.managers, p_login);
                END IF;
                {LOGIN_SETTINGS_SQL}
            END $$""",
        "REVOKE ALL ON FUNCTION pbx_team.make_login FROM PUBLIC",
        _add_rep_head("t")
        + """               IF p_code !~ '^[A-ZА-ЯЁ0-9]{1,6}$' THEN
                   RAISE invalid_parameter_value USING MESSAGE = 'not a rep code';
               END IF;
               PERFORM pbx_team.make_login(p_login, p_verifier, p_manager);
               INSERT INTO pbx_team.reps (code, name, login) VALUES (p_code, left(p_name, 200), p_login);
               INSERT INTO pbx_team.series (rep) VALUES (p_code);
           END $$""",
        """CREATE FUNCTION pbx_team.team_login(p_code text) RETURNS text LANGUAGE plpgsql
           SET search_path = pbx_team, pg_temp AS $$
           DECLARE t pbx_team.team; found text;
           BEGIN
               SELECT * INTO t FROM pbx_team.team;
               IF NOT pg_has_role(session_user, t.managers, 'MEMBER') THEN
                   RAISE insufficient_privilege USING MESSAGE = 'only a manager may end or renew a login';
               END IF;
               SELECT login INTO found FROM pbx_team.reps WHERE code = p_code AND ended_at IS NULL;
               IF found IS NULL THEN
                   RAISE no_data_found USING MESSAGE = 'no such rep in the team';
               END IF;
               IF found = session_user THEN
                   RAISE insufficient_privilege USING MESSAGE = 'a manager cannot end or renew their own login';
               END IF;
               IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = found AND rolcanlogin AND NOT rolsuper
                              AND NOT rolcreaterole AND NOT rolbypassrls)
                  OR NOT pg_has_role(found, t.reps, 'MEMBER') THEN
                   RAISE insufficient_privilege USING MESSAGE = 'that login is not one the team may change';
               END IF;
               RETURN found;
           END $$""",
        "REVOKE ALL ON FUNCTION pbx_team.team_login FROM PUBLIC",
        """CREATE FUNCTION pbx_team.remove_rep(p_code text) RETURNS void LANGUAGE plpgsql SECURITY DEFINER
           SET search_path = pbx_team, pg_temp AS $$
           DECLARE found text := pbx_team.team_login(p_code);
           BEGIN
               EXECUTE format('ALTER ROLE %I NOLOGIN PASSWORD NULL', found);
               UPDATE pbx_team.reps SET ended_at = now() WHERE code = p_code;
           END $$""",
        """CREATE FUNCTION pbx_team.reset_password(p_code text, p_verifier text) RETURNS void LANGUAGE plpgsql
           SECURITY DEFINER SET search_path = pbx_team, pg_temp AS $$
           DECLARE found text := pbx_team.team_login(p_code);
           BEGIN
               IF p_verifier !~ '^SCRAM-SHA-256[$]' THEN
                   RAISE invalid_parameter_value USING MESSAGE = 'not a password verifier';
               END IF;
               EXECUTE format('ALTER ROLE %I PASSWORD %L', found, p_verifier);
           END $$""",
        # The team's quotes for a list or a search, newest first, a page at a time (keyset: the last row's
        # created_at, rep, number and revision; quotes saved in the same second come in the order of their
        # numbers). A rep finds their own, a manager everyone's or one rep's. A search reads the newest
        # SEARCH_WINDOW rows that pass the other filters, in index order, and stops at a page of matches (a common
        # term); when they are all there is, that is the answer too. Otherwise it asks the trigram index, for one
        # rep the (rep, trigrams) one (a rare term, or one absent from the rep's quotes: few rows to sort). The
        # OFFSET 0 keeps the planner from walking created_at backwards through a million rows instead.
        f"""CREATE FUNCTION pbx_team.find_quotes(p_pattern text, p_rep text, p_status text, p_plan text,
                p_from timestamptz, p_to timestamptz, p_before timestamptz, p_before_rep text, p_before_number text,
                p_before_revision integer, p_limit integer)
            RETURNS SETOF pbx_team.quotes LANGUAGE plpgsql STABLE SECURITY DEFINER
            SET search_path = pbx_team, public, pg_temp AS $$
            DECLARE
                me text := pbx_team.caller_rep();
                rep_filter text := p_rep;
                filters text := '';
                newest_first text := ' ORDER BY created_at DESC, rep DESC, number DESC, revision DESC';
                newest text;
                page pbx_team.quotes[];
                window_rows integer;
            BEGIN
                IF NOT (SELECT pg_has_role(session_user, managers, 'MEMBER') FROM pbx_team.team) THEN
                    rep_filter := me;  -- a rep sees their own, whatever was asked
                END IF;
                p_limit := least(greatest(coalesce(p_limit, 50), 1), 500);
                IF rep_filter IS NOT NULL THEN filters := filters || ' AND rep = $2'; END IF;
                IF p_status IS NOT NULL THEN filters := filters || ' AND status = $3'; END IF;
                IF p_plan IS NOT NULL THEN filters := filters || ' AND plan_id = $4'; END IF;
                IF p_from IS NOT NULL THEN filters := filters || ' AND created_at >= $5'; END IF;
                IF p_to IS NOT NULL THEN filters := filters || ' AND created_at < $6'; END IF;
                IF p_before IS NOT NULL THEN
                    filters := filters || ' AND (created_at, rep, number, revision) < ($7, $8, $9, $10)';
                END IF;
                IF p_pattern IS NULL THEN
                    RETURN QUERY EXECUTE 'SELECT * FROM pbx_team.quotes WHERE true' || filters || newest_first
                        || ' LIMIT $11'
                        USING p_pattern, rep_filter, p_status, p_plan, p_from, p_to, p_before, p_before_rep,
                              p_before_number, p_before_revision, p_limit;
                    RETURN;
                END IF;
                newest := '(SELECT * FROM pbx_team.quotes WHERE true' || filters || newest_first
                    || ' LIMIT {SEARCH_WINDOW}) newest';
                EXECUTE 'SELECT array_agg(q ORDER BY q.created_at DESC, q.rep DESC, q.number DESC, q.revision DESC)'
                    || ' FROM (SELECT * FROM ' || newest || ' WHERE search_text LIKE $1 LIMIT $11) q'
                    INTO page
                    USING p_pattern, rep_filter, p_status, p_plan, p_from, p_to, p_before, p_before_rep,
                          p_before_number, p_before_revision, p_limit;
                IF coalesce(cardinality(page), 0) < p_limit THEN
                    EXECUTE 'SELECT count(*) FROM (SELECT 1 FROM pbx_team.quotes WHERE true' || filters
                        || newest_first || ' LIMIT {SEARCH_WINDOW}) w'
                        INTO window_rows
                        USING p_pattern, rep_filter, p_status, p_plan, p_from, p_to, p_before, p_before_rep,
                              p_before_number, p_before_revision, p_limit;
                    IF window_rows >= {SEARCH_WINDOW} THEN  -- more rows than the window: the index finds the rest
                        RETURN QUERY EXECUTE 'SELECT * FROM (SELECT * FROM pbx_team.quotes WHERE search_text LIKE $1'
                            || filters || ' OFFSET 0) found' || newest_first || ' LIMIT $11'
                            USING p_pattern, rep_filter, p_status, p_plan, p_from, p_to, p_before, p_before_rep,
                                  p_before_number, p_before_revision, p_limit;
                        RETURN;
                    END IF;
                END IF;
                RETURN QUERY SELECT * FROM unnest(page);
            END $$""",
        *(f"REVOKE ALL ON FUNCTION pbx_team.{name} FROM PUBLIC" for name in (*MANAGER_FUNCTIONS, *REP_FUNCTIONS)),
        *(f"GRANT EXECUTE ON FUNCTION pbx_team.{name} TO {{managers}}" for name in MANAGER_FUNCTIONS),
        *(f"GRANT EXECUTE ON FUNCTION pbx_team.{name} TO {{reps}}" for name in REP_FUNCTIONS),
    ),
    # 3: discounts a manager approves (pricing-rules §11): each rep's limit in percent (0 for a new rep), and one
    # approval per quote revision whose discount is above it. Reps ask through request_approval for their own
    # pushed quotes; only managers set limits and decide, through set_limit and decide (session_user checked:
    # a rep can neither call them nor write either table).
    3: (
        """ALTER TABLE pbx_team.reps ADD COLUMN discount_limit numeric(5, 2) NOT NULL DEFAULT 0
           CHECK (discount_limit >= 0 AND discount_limit <= 100)""",
        """CREATE TABLE pbx_team.approvals (
            number text NOT NULL,
            revision integer NOT NULL,
            rep text NOT NULL REFERENCES pbx_team.reps (code),
            discount numeric(5, 2) NOT NULL CHECK (discount > 0 AND discount <= 100),
            state text NOT NULL CHECK (state IN ('pending', 'approved', 'declined')),
            requested_at timestamptz NOT NULL DEFAULT now(),
            decided_by text,
            decided_at timestamptz,
            PRIMARY KEY (number, revision))""",
        """CREATE POLICY read ON pbx_team.approvals FOR SELECT
           USING (rep = (SELECT pbx_team.current_rep()) OR (SELECT pbx_team.is_manager()))""",
        "GRANT SELECT ON pbx_team.approvals TO {reps}, {managers}",
        # The caller's own pushed revision, its highest discount: approved at once within the caller's limit.
        # A decision once made stays; asking again for a pending one changes nothing but the figure.
        """CREATE FUNCTION pbx_team.request_approval(p_number text, p_revision integer, p_discount numeric)
           RETURNS text LANGUAGE plpgsql SECURITY DEFINER SET search_path = pbx_team, pg_temp AS $$
           DECLARE me text := pbx_team.caller_rep(); allowed numeric; answer text;
           BEGIN
               IF NOT EXISTS (SELECT 1 FROM pbx_team.quotes q
                              WHERE q.number = p_number AND q.revision = p_revision AND q.rep = me) THEN
                   RAISE insufficient_privilege USING MESSAGE = 'no such quote of this rep';
               END IF;
               IF p_discount IS NULL OR p_discount <= 0 OR p_discount > 100 THEN
                   RAISE check_violation USING MESSAGE = 'a discount is above 0 and at most 100 percent';
               END IF;
               SELECT discount_limit INTO allowed FROM pbx_team.reps WHERE code = me;
               INSERT INTO pbx_team.approvals (number, revision, rep, discount, state)
               VALUES (p_number, p_revision, me, p_discount,
                       CASE WHEN p_discount <= allowed THEN 'approved' ELSE 'pending' END)
               ON CONFLICT (number, revision) DO UPDATE SET discount = excluded.discount
                   WHERE approvals.state = 'pending' AND approvals.rep = me;
               SELECT state INTO answer FROM pbx_team.approvals WHERE number = p_number AND revision = p_revision;
               RETURN answer;
           END $$""",
        """CREATE FUNCTION pbx_team.caller_is_manager() RETURNS boolean LANGUAGE sql STABLE
           SET search_path = pbx_team, pg_temp
           AS $$ SELECT pg_has_role(session_user, managers, 'MEMBER') FROM pbx_team.team $$""",
        """CREATE FUNCTION pbx_team.set_limit(p_code text, p_percent numeric) RETURNS void LANGUAGE plpgsql
           SECURITY DEFINER SET search_path = pbx_team, pg_temp AS $$
           BEGIN
               PERFORM pbx_team.caller_rep();
               IF NOT pbx_team.caller_is_manager() THEN
                   RAISE insufficient_privilege USING MESSAGE = 'only a manager sets a discount limit';
               END IF;
               IF p_percent IS NULL OR p_percent < 0 OR p_percent > 100 OR p_percent <> round(p_percent, 2) THEN
                   RAISE check_violation USING MESSAGE = 'a limit is from 0 to 100 percent, hundredths at most';
               END IF;
               UPDATE pbx_team.reps SET discount_limit = p_percent WHERE code = p_code AND ended_at IS NULL;
               IF NOT FOUND THEN
                   RAISE no_data_found USING MESSAGE = 'no such rep';
               END IF;
           END $$""",
        """CREATE FUNCTION pbx_team.decide(p_number text, p_revision integer, p_state text) RETURNS integer
           LANGUAGE plpgsql SECURITY DEFINER SET search_path = pbx_team, pg_temp AS $$
           DECLARE me text := pbx_team.caller_rep(); chosen integer;
           BEGIN
               IF NOT pbx_team.caller_is_manager() THEN
                   RAISE insufficient_privilege USING MESSAGE = 'only a manager approves or declines a discount';
               END IF;
               IF p_state NOT IN ('approved', 'declined') THEN
                   RAISE check_violation USING MESSAGE = 'approved or declined';
               END IF;
               SELECT coalesce(p_revision, max(revision)) INTO chosen FROM pbx_team.approvals WHERE number = p_number;
               UPDATE pbx_team.approvals SET state = p_state, decided_by = me, decided_at = now()
               WHERE number = p_number AND revision = chosen;
               IF NOT FOUND THEN
                   RAISE no_data_found USING MESSAGE = 'no approval was requested for this quote';
               END IF;
               RETURN chosen;
           END $$""",
        *(
            f"REVOKE ALL ON FUNCTION pbx_team.{name} FROM PUBLIC"
            for name in ("request_approval", "caller_is_manager", "set_limit", "decide")
        ),
        "GRANT EXECUTE ON FUNCTION pbx_team.request_approval TO {reps}, {managers}",
        "GRANT EXECUTE ON FUNCTION pbx_team.set_limit, pbx_team.decide TO {managers}",
    ),
}

# 4: the statuses of pricing-rules §13 (issue 28): an export is `exported`, `sent` is the rep's word. The CHECKs
# and the status push's own check take `exported`; the managers' month figures count as issued (the `sent`
# column) every offer out with the client, exported or sent, so a month's figure means what it meant before
# exports stopped being `sent`. The push function is version 2's, with the one list of statuses changed.
_OLD_STATUSES = "('draft', 'sent', 'accepted', 'declined')"
_NEW_STATUSES = "('draft', 'exported', 'sent', 'accepted', 'declined')"
_PUSH_STATUS_CHANGES = next(s for s in MIGRATIONS[2] if "FUNCTION pbx_team.push_status_changes" in s)
assert _PUSH_STATUS_CHANGES.count(_OLD_STATUSES) == 1
MIGRATIONS[4] = (
    "ALTER TABLE pbx_team.quotes DROP CONSTRAINT quotes_status_check",
    f"ALTER TABLE pbx_team.quotes ADD CONSTRAINT quotes_status_check CHECK (status IN {_NEW_STATUSES})",
    "ALTER TABLE pbx_team.status_changes DROP CONSTRAINT status_changes_status_check",
    f"ALTER TABLE pbx_team.status_changes ADD CONSTRAINT status_changes_status_check CHECK (status IN {_NEW_STATUSES})",
    _PUSH_STATUS_CHANGES.replace("CREATE FUNCTION", "CREATE OR REPLACE FUNCTION", 1).replace(
        _OLD_STATUSES, _NEW_STATUSES
    ),
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
                       (NEW.status IN ('exported', 'sent'))::int, (NEW.status = 'accepted')::int, NEW.monthly_invoice)
               ON CONFLICT (rep, month) DO UPDATE SET sent = t.sent + excluded.sent,
                   accepted = t.accepted + excluded.accepted,
                   monthly_invoice = t.monthly_invoice + excluded.monthly_invoice;
           END IF;
           RETURN NULL;
       END $$""",
)

# 5: the option that stands for an offer (pricing-rules §12): the accepted option's once accepted, else the first
# option's. A quote keeps its options in order (from the snapshot it was pushed with: `offer_options`), its VAT rate
# and its approval state (kept from `approvals` by a trigger). A status change `accepted` names the option the client
# took; the push checks it is one of the offer's options and that the snapshot's figures for it add up
# (`option_figures`), and apply_status takes that option's total and invoice from the snapshot the server already
# holds: a rep names a plan, never a figure. The managers' month figures count the standing invoice. Quotes pushed
# before keep the first option's figures until the laptop says again which option was accepted.
_STANDING = "coalesce({row}.accepted_invoice, {row}.monthly_invoice)"
_COUNT_MONTH = MIGRATIONS[4][5]
_FIND_QUOTES = next(s for s in MIGRATIONS[2] if "FUNCTION pbx_team.find_quotes" in s)
_PUSH_STATUS_CHANGES_5 = (
    ("c_status text; c_at timestamptz;", "c_status text; c_at timestamptz; c_plan text;"),
    (
        "c_at := (r->>'changed_at')::timestamptz;",
        "c_at := (r->>'changed_at')::timestamptz;\n"
        "                        c_plan := CASE WHEN c_status = 'accepted' THEN left(r->>'accepted_plan', 100) END;",
    ),
    (
        "problem := 'its quote is not on the server';",
        "problem := 'its quote is not on the server';\n"
        "                    ELSIF problem IS NULL AND c_plan IS NOT NULL THEN\n"
        "                        problem := (pbx_team.option_figures(c_quote, c_plan)).problem;",
    ),
    ("changed_at, laptop_changed_at)", "changed_at, laptop_changed_at, accepted_plan)"),
    ("ELSE c_at END, c_at)", "ELSE c_at END, c_at, c_plan)"),
)
assert all(MIGRATIONS[4][4].count(old) == 1 for old, _new in _PUSH_STATUS_CHANGES_5)
assert _COUNT_MONTH.startswith("CREATE OR REPLACE FUNCTION pbx_team.count_month()")
assert _COUNT_MONTH.count("OLD.monthly_invoice") == 1 and _COUNT_MONTH.count("NEW.monthly_invoice") == 1
assert _FIND_QUOTES.count("' AND plan_id = $4'") == 1


def _replaced(text: str, changes: Sequence[tuple[str, str]]) -> str:
    for old, new in changes:
        text = text.replace(old, new)
    return text


MIGRATIONS[5] = (
    """ALTER TABLE pbx_team.quotes ADD COLUMN options text[], ADD COLUMN accepted_plan text,
       ADD COLUMN accepted_total numeric(14, 2), ADD COLUMN accepted_invoice numeric(14, 2), ADD COLUMN approval text,
       ADD COLUMN vat_rate text""",
    "ALTER TABLE pbx_team.status_changes ADD COLUMN accepted_plan text",
    # The offer's plans in order, at most three; a snapshot from before options is one option, its plan.
    """CREATE FUNCTION pbx_team.offer_options(p_snapshot jsonb, p_plan text) RETURNS text[] LANGUAGE sql IMMUTABLE
       SET search_path = pbx_team, pg_temp AS $$
       SELECT coalesce((SELECT array_agg(left(o.value->>'plan', 100) ORDER BY o.n)
                          FROM jsonb_array_elements(CASE WHEN jsonb_typeof(p_snapshot->'offer'->'options') = 'array'
                                                         THEN p_snapshot->'offer'->'options' ELSE '[]' END)
                               WITH ORDINALITY AS o (value, n)
                         WHERE o.n <= 3 AND o.value->>'plan' IS NOT NULL), ARRAY[p_plan])
       $$""",
    """CREATE FUNCTION pbx_team.snapshot_rate(p_snapshot jsonb) RETURNS text LANGUAGE sql IMMUTABLE
       SET search_path = pbx_team, pg_temp
       AS $$ SELECT left(coalesce(p_snapshot->>'vat_rate', p_snapshot->'catalog'->>'vat_rate'), 10) $$""",
    """CREATE FUNCTION pbx_team.note_offer() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
       SET search_path = pbx_team, pg_temp AS $$
       BEGIN
           UPDATE pbx_team.quotes SET options = pbx_team.offer_options(NEW.snapshot, plan_id),
                  vat_rate = pbx_team.snapshot_rate(NEW.snapshot)
            WHERE uuid = NEW.uuid;
           RETURN NULL;
       END $$""",
    """CREATE TRIGGER quote_data_offer AFTER INSERT ON pbx_team.quote_data
       FOR EACH ROW EXECUTE FUNCTION pbx_team.note_offer()""",
    """CREATE FUNCTION pbx_team.note_approval() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
       SET search_path = pbx_team, pg_temp AS $$
       BEGIN
           UPDATE pbx_team.quotes SET approval = NEW.state
            WHERE rep = NEW.rep AND number = NEW.number AND revision = NEW.revision
              AND approval IS DISTINCT FROM NEW.state;
           RETURN NULL;
       END $$""",
    """CREATE TRIGGER approvals_note AFTER INSERT OR UPDATE OF state ON pbx_team.approvals
       FOR EACH ROW EXECUTE FUNCTION pbx_team.note_approval()""",
    # Every quote takes a new change number here: the laptops pull their rows again, with these columns.
    """UPDATE pbx_team.quotes q SET
           options = coalesce((SELECT pbx_team.offer_options(d.snapshot, q.plan_id)
                                 FROM pbx_team.quote_data d WHERE d.uuid = q.uuid), ARRAY[q.plan_id]),
           vat_rate = (SELECT pbx_team.snapshot_rate(d.snapshot) FROM pbx_team.quote_data d WHERE d.uuid = q.uuid),
           approval = (SELECT a.state FROM pbx_team.approvals a
                        WHERE a.rep = q.rep AND a.number = q.number AND a.revision = q.revision)""",
    # The figures of option `p_plan` of quote `p_quote` from the snapshot the server holds, or why they cannot
    # stand for the offer: not one of its options, or figures that do not add up (push_quotes' checks).
    f"""CREATE FUNCTION pbx_team.option_figures(p_quote uuid, p_plan text, OUT total numeric, OUT invoice numeric,
                                                 OUT problem text) LANGUAGE plpgsql STABLE
        SET search_path = pbx_team, pg_temp AS $$
        DECLARE plan jsonb; net numeric; vat numeric; rate numeric;
        BEGIN
            IF NOT EXISTS (SELECT 1 FROM pbx_team.quotes q WHERE q.uuid = p_quote AND p_plan = ANY (q.options)) THEN
                problem := 'the accepted plan is not one of the offer''s options';
                RETURN;
            END IF;
            BEGIN
                SELECT p.value, pbx_team.snapshot_rate(d.snapshot)::numeric INTO plan, rate
                  FROM pbx_team.quote_data d,
                       jsonb_array_elements(CASE WHEN jsonb_typeof(d.snapshot->'plans') = 'array'
                                                 THEN d.snapshot->'plans' ELSE '[]' END) AS p (value)
                 WHERE d.uuid = p_quote AND p.value->>'id' = p_plan
                 LIMIT 1;
                total := (plan->>'monthly_total')::numeric;
                net := (plan->>'monthly_net')::numeric;
                vat := (plan->>'monthly_vat')::numeric;
                invoice := (plan->>'monthly_invoice')::numeric;
            EXCEPTION WHEN others THEN
                problem := 'a field is not in the form the app writes';
            END;
            IF problem IS NULL AND (total IS NULL OR net IS NULL OR vat IS NULL OR invoice IS NULL OR rate IS NULL) THEN
                problem := 'the offer holds no figures for the accepted option';
            ELSIF problem IS NULL AND (least(total, net, vat, invoice) < 0
                    OR greatest(total, net, vat, invoice) > {MAX_AMOUNT}) THEN
                problem := 'an amount is negative or past what any price list reaches';
            ELSIF problem IS NULL AND (rate < 0 OR rate > 0.5 OR abs(vat - round(net * rate, 2)) > 0.01) THEN
                problem := 'the VAT is not the net amount times the rate';
            ELSIF problem IS NULL AND net + vat <> invoice THEN
                problem := 'net + VAT is not the invoice amount';
            END IF;
            IF problem IS NOT NULL THEN
                total := NULL;
                invoice := NULL;
            END IF;
        END $$""",
    _replaced(MIGRATIONS[4][4], _PUSH_STATUS_CHANGES_5),
    # The option accepted, kept while the quote is accepted, with its figures as the server holds them.
    """CREATE OR REPLACE FUNCTION pbx_team.apply_status() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
       SET search_path = pbx_team, pg_temp AS $$
       DECLARE chosen text := CASE WHEN NEW.status = 'accepted' THEN NEW.accepted_plan END; figures record;
       BEGIN
           SELECT * INTO figures FROM pbx_team.option_figures(NEW.quote_uuid, chosen);
           IF chosen IS NULL OR figures.problem IS NOT NULL THEN
               chosen := NULL;
           END IF;
           UPDATE pbx_team.quotes
              SET status = NEW.status, status_changed_at = NEW.changed_at, status_change_id = NEW.id,
                  accepted_plan = chosen,
                  accepted_total = CASE WHEN chosen IS NOT NULL THEN figures.total END,
                  accepted_invoice = CASE WHEN chosen IS NOT NULL THEN figures.invoice END
            WHERE uuid = NEW.quote_uuid AND rep = NEW.rep AND status_change_id < NEW.id;
           RETURN NULL;
       END $$""",
    _replaced(
        _COUNT_MONTH,
        (
            ("OLD.monthly_invoice", _STANDING.format(row="OLD")),
            ("NEW.monthly_invoice", _STANDING.format(row="NEW")),
        ),
    ),
    # A manager's search by plan finds the plan that stands for the offer, as the list shows it.
    _replaced(
        _FIND_QUOTES,
        (
            ("CREATE FUNCTION", "CREATE OR REPLACE FUNCTION"),
            ("' AND plan_id = $4'", "' AND coalesce(accepted_plan, plan_id) = $4'"),
        ),
    ),
    *(
        f"REVOKE ALL ON FUNCTION pbx_team.{name} FROM PUBLIC"
        for name in ("offer_options", "snapshot_rate", "option_figures")
    ),
)


def roles(dbname: str) -> dict[str, str]:
    """The team's roles, named after its database (role names are shared by the whole cluster)."""
    return {kind: f"{dbname}_{kind}" for kind in ROLE_NAMES}


def run(conn: psycopg.Connection[Any], statement: str, names: dict[str, str]) -> None:
    """One migration statement with the team's role names in place of {managers}, {reps}, {owner}, {admin}."""
    from psycopg import sql

    for kind, role in names.items():
        statement = statement.replace("{" + kind + "}", sql.Identifier(role).as_string(conn))
        statement = statement.replace("{" + kind + "_text}", sql.Literal(role).as_string(conn))
    conn.execute(statement.encode())


def make_roles(conn: psycopg.Connection[Any], names: dict[str, str]) -> None:
    """The team's four roles as they must be: none logs in; only the admin creates roles; no one is a member of
    the owner or the admin."""
    from psycopg import sql

    for kind, role in names.items():
        if not conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (role,)).fetchone():
            conn.execute(sql.SQL("CREATE ROLE {} NOLOGIN").format(sql.Identifier(role)))
        can_create = sql.SQL("CREATEROLE" if kind == "admin" else "NOCREATEROLE")
        conn.execute(
            sql.SQL("ALTER ROLE {} NOLOGIN NOSUPERUSER NOCREATEDB NOREPLICATION NOBYPASSRLS {}").format(
                sql.Identifier(role), can_create
            )
        )
    for kind in ("owner", "admin"):
        members = conn.execute(
            """SELECT m.rolname FROM pg_auth_members a JOIN pg_roles r ON r.oid = a.roleid
               JOIN pg_roles m ON m.oid = a.member WHERE r.rolname = %s""",
            (names[kind],),
        ).fetchall()
        for (member,) in members:
            conn.execute(sql.SQL("REVOKE {} FROM {}").format(sql.Identifier(names[kind]), sql.Identifier(member)))


SERVER_ROLES = ("pg_execute_server_program", "pg_read_server_files", "pg_write_server_files")


def secure(conn: psycopg.Connection[Any], names: dict[str, str]) -> None:
    """Ownership, FORCE ROW LEVEL SECURITY with the owner's policies, the admin's rights, and every team login
    stripped of CREATEROLE and the server-file roles, with the logins' timeouts: after every migration, so a
    team set up the old way (its manager owning the tables) ends up like a new one."""
    from psycopg import sql

    owner, admin = sql.Identifier(names["owner"]), sql.Identifier(names["admin"])
    conn.execute(sql.SQL("ALTER SCHEMA pbx_team OWNER TO {}").format(owner))
    tables = [row[0] for row in conn.execute(
        "SELECT relname FROM pg_class WHERE relnamespace = 'pbx_team'::regnamespace AND relkind IN ('r', 'p')"
    )]  # fmt: skip
    for table in tables:
        name = sql.Identifier("pbx_team", table)
        conn.execute(sql.SQL("ALTER TABLE {} OWNER TO {}").format(name, owner))
        conn.execute(sql.SQL("ALTER TABLE {} ENABLE ROW LEVEL SECURITY, FORCE ROW LEVEL SECURITY").format(name))
        exists = conn.execute(
            "SELECT 1 FROM pg_policies WHERE schemaname = 'pbx_team' AND tablename = %s AND policyname = 'owner'",
            (table,),
        ).fetchone()
        if not exists:
            conn.execute(sql.SQL("CREATE POLICY owner ON {} TO {} USING (true) WITH CHECK (true)").format(name, owner))
    sequences = conn.execute(
        """SELECT c.relname FROM pg_class c WHERE c.relnamespace = 'pbx_team'::regnamespace AND c.relkind = 'S'
           AND c.relowner <> (SELECT oid FROM pg_roles WHERE rolname = %s)""",
        (names["owner"],),
    ).fetchall()
    for (sequence,) in sequences:
        conn.execute(sql.SQL("ALTER SEQUENCE {} OWNER TO {}").format(sql.Identifier("pbx_team", sequence), owner))
    functions = conn.execute(
        "SELECT oid::regprocedure::text, proname FROM pg_proc WHERE pronamespace = 'pbx_team'::regnamespace"
    ).fetchall()
    for signature, proname in functions:
        to = admin if proname in ADMIN_FUNCTIONS else owner
        conn.execute(sql.SQL("ALTER FUNCTION {} OWNER TO {}").format(sql.SQL(signature), to))
    # From PostgreSQL 16 a role with CREATEROLE adds members only to roles it holds with ADMIN OPTION.
    version = conn.execute("SELECT current_setting('server_version_num')::int").fetchone()
    if version and version[0] >= 160000:
        for group in ("managers", "reps"):
            conn.execute(sql.SQL("GRANT {} TO {} WITH ADMIN OPTION").format(sql.Identifier(names[group]), admin))
    # The admin reads the team and writes the reps' rows, nothing else.
    conn.execute(sql.SQL("GRANT USAGE ON SCHEMA pbx_team TO {}").format(admin))
    conn.execute(sql.SQL("GRANT SELECT ON pbx_team.team TO {}").format(admin))
    conn.execute(sql.SQL("GRANT SELECT, INSERT, UPDATE ON pbx_team.reps, pbx_team.series TO {}").format(admin))
    for table in ("team", "reps", "series"):
        exists = conn.execute(
            "SELECT 1 FROM pg_policies WHERE schemaname = 'pbx_team' AND tablename = %s AND policyname = 'admin'",
            (table,),
        ).fetchone()
        if not exists:
            conn.execute(
                sql.SQL("CREATE POLICY admin ON {} TO {} USING (true) WITH CHECK (true)").format(
                    sql.Identifier("pbx_team", table), admin
                )
            )
    logins = conn.execute(
        """SELECT r.login FROM pbx_team.reps r JOIN pg_roles p ON p.rolname = r.login
           WHERE NOT p.rolsuper AND r.ended_at IS NULL"""
    ).fetchall()
    for (login,) in logins:
        role = sql.Identifier(login)
        conn.execute(sql.SQL("ALTER ROLE {} NOCREATEROLE NOBYPASSRLS NOREPLICATION").format(role))
        for server_role in SERVER_ROLES:
            granted = conn.execute(
                """SELECT 1 FROM pg_auth_members a WHERE a.roleid = %s::regrole
                   AND a.member = (SELECT oid FROM pg_roles WHERE rolname = %s)""",
                (server_role, login),
            ).fetchone()
            if granted:
                conn.execute(sql.SQL("REVOKE {} FROM {}").format(sql.Identifier(server_role), role))
        for setting, value in LOGIN_SETTINGS:
            conn.execute(sql.SQL("ALTER ROLE {} SET {} = {}").format(role, sql.Identifier(setting), sql.Literal(value)))
