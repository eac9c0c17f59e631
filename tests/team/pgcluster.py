"""A throwaway PostgreSQL cluster for the team tests and bench/team.py: initdb in a temporary folder, its
socket there, a free port on 127.0.0.1 only, stopped and removed at the end.

initdb refuses to run as root: as root, the server runs as the unprivileged user `pbxtest` (created if
missing). Logins over TCP use passwords (scram), as a real team server would; the superuser's password is
written to a PGPASSFILE the tests use.
"""

from __future__ import annotations

import glob
import os
import pwd
import secrets
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path

SERVICE_USER = "pbxtest"
SUPERUSER = "pbxadmin"


class NoPostgres(RuntimeError):
    """The PostgreSQL server programs are not installed."""


def find_bindir() -> Path:
    candidates = []
    if shutil.which("pg_config"):
        out = subprocess.run(["pg_config", "--bindir"], capture_output=True, text=True, check=False).stdout.strip()
        candidates.append(out)
    candidates += sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=lambda p: int(p.split("/")[-2]), reverse=True)
    if shutil.which("initdb"):
        candidates.append(str(Path(shutil.which("initdb") or "").resolve().parent))
    for folder in candidates:
        if folder and all((Path(folder) / name).is_file() for name in ("initdb", "pg_ctl", "postgres")):
            return Path(folder)
    raise NoPostgres("PostgreSQL server programs (initdb, pg_ctl, postgres) not found; install Debian's postgresql")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _service_user() -> str | None:
    """None when we are not root (the server then runs as ourselves)."""
    if os.geteuid() != 0:
        return None
    try:
        pwd.getpwnam(SERVICE_USER)
    except KeyError:
        subprocess.run(["useradd", "-m", SERVICE_USER], check=False, capture_output=True)
        pwd.getpwnam(SERVICE_USER)  # raises if it could not be created
    return SERVICE_USER


class Cluster:
    def __init__(self) -> None:
        self.bindir = find_bindir()
        self.user = _service_user()
        self.folder = Path(tempfile.mkdtemp(prefix="pbxpg-"))
        self.data = self.folder / "data"
        self.port = free_port()
        self.host = "127.0.0.1"
        self.password = secrets.token_urlsafe(16)
        self.passfile = self.folder / "pgpass"
        self.passfile.write_text(f"{self.host}:{self.port}:*:{SUPERUSER}:{self.password}\n")
        self.passfile.chmod(0o600)
        pwfile = self.folder / "pw"
        pwfile.write_text(self.password + "\n")
        if self.user:
            shutil.chown(self.folder, self.user)
            shutil.chown(pwfile, self.user)
        self._run(
            "initdb", "-D", str(self.data), "-U", SUPERUSER, f"--pwfile={pwfile}", "--auth-host=scram-sha-256",
            "--auth-local=trust", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync",
        )  # fmt: skip
        pwfile.unlink()
        with open(self.data / "postgresql.conf", "a") as conf:
            conf.write(
                f"listen_addresses = '127.0.0.1'\nport = {self.port}\nunix_socket_directories = '{self.folder}'\n"
                # fsync off: a throwaway cluster; commits stay synchronous, so a stopped server keeps them
                "fsync = off\nfull_page_writes = off\nshared_buffers = 128MB\n"
                "max_connections = 50\n"
            )
        self.start()

    def _run(self, program: str, *args: str) -> None:
        command = [str(self.bindir / program), *args]
        if self.user:
            command = ["runuser", "-u", self.user, "--", *command]
        result = subprocess.run(command, capture_output=True, text=True, check=False)
        if result.returncode != 0:
            raise RuntimeError(f"{program} failed: {result.stdout}{result.stderr}")

    def start(self) -> None:
        self._run("pg_ctl", "-D", str(self.data), "-l", str(self.folder / "log"), "-w", "-t", "60", "start")

    def stop(self, mode: str = "fast") -> None:
        self._run("pg_ctl", "-D", str(self.data), "-m", mode, "-w", "stop")

    def dsn(self, user: str = SUPERUSER, dbname: str = "postgres") -> str:
        return f"postgresql://{user}@{self.host}:{self.port}/{dbname}"

    def create_database(self, name: str) -> str:
        import psycopg

        with psycopg.connect(self.dsn(), autocommit=True, passfile=str(self.passfile)) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        return name

    def destroy(self) -> None:
        try:
            self.stop("immediate")
        except RuntimeError:
            pass  # already stopped
        shutil.rmtree(self.folder, ignore_errors=True)


def make_ca(folder: Path, name: str) -> tuple[Path, Path]:
    """A throwaway certificate authority made with openssl: (certificate, key)."""
    folder.mkdir(parents=True, exist_ok=True)
    cert, key = folder / "ca.pem", folder / "ca.key"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", f"/CN={name}",
         "-keyout", str(key), "-out", str(cert)],
        check=True, capture_output=True,
    )  # fmt: skip
    return cert, key


def make_server_certificate(folder: Path, ca: tuple[Path, Path], host: str) -> tuple[Path, Path]:
    """A server certificate for `host` (its CN and subjectAltName) signed by `ca`: (certificate, key)."""
    cert, key, request, extensions = (folder / n for n in ("server.crt", "server.key", "server.csr", "san.cnf"))
    extensions.write_text(f"subjectAltName = DNS:{host}\n")
    subprocess.run(
        ["openssl", "req", "-newkey", "rsa:2048", "-nodes", "-subj", f"/CN={host}", "-keyout", str(key),
         "-out", str(request)],
        check=True, capture_output=True,
    )  # fmt: skip
    subprocess.run(
        ["openssl", "x509", "-req", "-in", str(request), "-CA", str(ca[0]), "-CAkey", str(ca[1]),
         "-CAcreateserial", "-days", "2", "-extfile", str(extensions), "-out", str(cert)],
        check=True, capture_output=True,
    )  # fmt: skip
    return cert, key


def enable_ssl(cluster: Cluster, host: str) -> Path:
    """Turn `ssl = on` with a certificate for `host` signed by a CA made here; the CA's certificate file.
    Connections that do not ask for TLS still work (tests on loopback go on as before)."""
    folder = cluster.folder / "tls"
    ca = make_ca(folder, "Team test CA")
    cert, key = make_server_certificate(folder, ca, host)
    key.chmod(0o600)
    if cluster.user:
        for path in (folder, cert, key):
            shutil.chown(path, cluster.user)
    with open(cluster.data / "postgresql.conf", "a") as conf:
        conf.write(f"ssl = on\nssl_cert_file = '{cert}'\nssl_key_file = '{key}'\n")
    cluster._run("pg_ctl", "-D", str(cluster.data), "-w", "reload")
    import time

    time.sleep(0.5)  # the postmaster reloads its configuration asynchronously
    return ca[0]
