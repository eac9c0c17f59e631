"""A real PostgreSQL for the team tests: one throwaway cluster per session, a fresh database per test.

Without the PostgreSQL server programs the tests fail in CI (CI=true) and are skipped, with the reason,
on a developer's machine.
"""

from __future__ import annotations

import itertools
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.team.pgcluster import SUPERUSER, Cluster, NoPostgres

_databases = itertools.count(1)


def _cluster_or_skip() -> Cluster:
    try:
        return Cluster()
    except NoPostgres as exc:
        if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
            pytest.fail(f"{exc} (CI must run the team tests against a real server)")
        pytest.skip(str(exc))


@pytest.fixture(scope="session")
def cluster() -> Iterator[Cluster]:
    server = _cluster_or_skip()
    yield server
    server.destroy()


@dataclass
class TeamServer:
    """One team's database on the cluster, and the PGPASSFILE every laptop of the test uses."""

    cluster: Cluster
    dbname: str
    passfile: Path

    def dsn(self, user: str = SUPERUSER) -> str:
        return self.cluster.dsn(user, self.dbname)

    def add_password(self, dsn: str, password: str) -> None:
        """What a rep does with `team add-rep`'s output: one PGPASSFILE line."""
        from psycopg.conninfo import conninfo_to_dict

        info = conninfo_to_dict(dsn)
        with self.passfile.open("a") as f:
            f.write(f"{info['host']}:{info['port']}:{info['dbname']}:{info['user']}:{password}\n")

    def superuser(self):  # a psycopg connection that bypasses row-level security, for checking the server
        import psycopg

        return psycopg.connect(self.dsn(), autocommit=True)


@pytest.fixture
def team_server(cluster: Cluster, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> TeamServer:
    name = cluster.create_database(f"team{os.getpid()}_{next(_databases)}")
    passfile = tmp_path / "pgpass"
    passfile.write_text(cluster.passfile.read_text())
    passfile.chmod(0o600)
    monkeypatch.setenv("PGPASSFILE", str(passfile))
    for variable in ("PGHOST", "PGPORT", "PGUSER", "PGDATABASE", "PGPASSWORD", "PGSERVICE"):
        monkeypatch.delenv(variable, raising=False)
    return TeamServer(cluster, name, passfile)


@dataclass
class Team:
    """A manager (РУ) who set the team up, and two reps (ИВ, ПС), each on a laptop (data folder) of their own."""

    server: TeamServer
    manager: Path
    iv: Path
    ps: Path
    dsn: dict[str, str]  # rep code -> the DSN add-rep printed


@pytest.fixture
def team(team_server: TeamServer, tmp_path: Path) -> Team:
    from tests.team.helpers import ok

    laptops = {code: tmp_path / f"laptop-{code}" for code in ("manager", "iv", "ps")}
    first = ok(
        laptops["manager"], "team", "init", "--dsn", team_server.dsn(), "--rep", "РУ", "--name", "Руководитель",
        stdin=team_server.cluster.password + "\n",
    ).json()  # fmt: skip
    dsns = {"РУ": first["dsn"]}
    for code, name, laptop in (("ИВ", "Иванов", "iv"), ("ПС", "Петрова", "ps")):
        printed = ok(laptops["manager"], "team", "add-rep", "--rep", code, "--name", name).json()
        ok(laptops[laptop], "team", "join", "--dsn", printed["dsn"], "--rep", code, stdin=printed["password"] + "\n")
        dsns[code] = printed["dsn"]
    return Team(team_server, laptops["manager"], laptops["iv"], laptops["ps"], dsns)
