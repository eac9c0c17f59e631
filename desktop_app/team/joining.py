"""Joining a team: what `team join`, `team init` and the team window's «Подключиться к команде…» share."""

from __future__ import annotations

from pathlib import Path

from desktop_app.history import History
from desktop_app.team import server
from desktop_app.team.link import (
    CA_FILE,
    TeamInputError,
    TeamLink,
    check_dsn,
    remember_password,
    save_link,
    write_text,
)
from desktop_app.team.server import Who
from desktop_app.team.sync import register, take_blocks


def checked_dsn(dsn: str, ca: str | None) -> str:
    """The DSN checked (TLS rule included) and the CA file readable, before anything connects."""
    if ca is not None:
        path = Path(ca).expanduser()
        try:
            text = path.read_text(encoding="ascii")
        except (OSError, UnicodeDecodeError) as exc:
            reason = getattr(exc, "strerror", None) or exc
            raise TeamInputError(
                [("ca", f"{path}: cannot read it: {reason}", f"не удалось прочитать файл {path}: {reason}")]
            ) from None
        if "-----BEGIN CERTIFICATE-----" not in text:
            raise TeamInputError(
                [
                    (
                        "ca",
                        f"{path}: not a PEM certificate (-----BEGIN CERTIFICATE-----)",
                        f"{path} — не сертификат в формате PEM",
                    )
                ]
            )
    return check_dsn(dsn, str(Path(ca).expanduser()) if ca else None)


def with_ca(dsn: str, ca: str | None, data_dir: Path) -> str:
    """The DSN with the CA certificate copied into the data folder as its sslrootcert (verify-full)."""
    if ca is None:
        return dsn
    copy = data_dir / CA_FILE
    write_text(copy, Path(ca).expanduser().read_text(encoding="ascii"))
    return check_dsn(dsn, str(copy))


def join(data_dir: Path, dsn: str, rep: str, password: str | None, ca: str | None = None) -> Who:
    """Link this laptop to a rep's login: the DSN checked (the TLS rule) before anything connects, the CA copied
    into the data folder, the login checked, this laptop registered and its first block of numbers taken; then
    the password kept in the PGPASSFILE and the link in the data folder. The server's word on the login."""
    checked_dsn(dsn, ca)
    dsn = with_ca(dsn, ca, data_dir)
    history = History.in_folder(data_dir)
    try:
        with server.session(dsn, password=password) as conn:
            who = server.whoami(conn)
            conn.rollback()
            _same_rep(who, rep)
            take_blocks(history, conn, register(history, conn))
    finally:
        history.close()
    if password is not None:
        remember_password(dsn, password)
    save_link(data_dir, TeamLink(dsn, rep))
    return who


def check_login(dsn: str, rep: str, password: str | None, ca: str | None = None) -> Who:
    """What `join` checks, writing nothing: the DSN, the CA, the login and that it is rep `rep`'s."""
    with server.session(checked_dsn(dsn, ca), password=password) as conn:
        who = server.whoami(conn)
    _same_rep(who, rep)
    return who


def _same_rep(who: Who, rep: str) -> None:
    if who.rep != rep:
        known = f"rep {who.rep}" if who.rep else "no rep"
        raise TeamInputError(
            [
                (
                    "rep",
                    f"the server knows login {who.login} as {known}, not {rep}",
                    f"на сервере логин {who.login} принадлежит не представителю {rep}",
                )
            ]
        )
