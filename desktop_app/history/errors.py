"""What can go wrong with the history file, told apart by SQLite's own error code (`sqlite_errorcode`, as
qutebrowser's misc/sql.py does), never by the wording of its messages."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from desktop_app.core.errors import Kind, Message, UserError

# The primary result codes (the low byte of an extended code), by what the user can do about them.
BUSY = frozenset({sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED})  # another program holds the file
FULL = frozenset({sqlite3.SQLITE_FULL})
READ_ONLY = frozenset({sqlite3.SQLITE_READONLY, sqlite3.SQLITE_PERM, sqlite3.SQLITE_CANTOPEN, sqlite3.SQLITE_AUTH})
CORRUPT = frozenset({sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB, sqlite3.SQLITE_FORMAT})
# What reading a damaged file may raise besides SQLite's errors: its messages quoting a damaged schema's bytes,
# which Python's sqlite3 cannot decode.
UNREADABLE = (sqlite3.DatabaseError, UnicodeDecodeError)


def code(exc: BaseException) -> int | None:
    """SQLite's primary result code of an error it raised; None for anything else."""
    value = getattr(exc, "sqlite_errorcode", None)
    return value & 0xFF if isinstance(value, int) else None


def is_busy(exc: BaseException) -> bool:
    return code(exc) in BUSY


def is_damaged(exc: BaseException) -> bool:
    """The file is there but is not a readable quote history (then it is moved aside and a new one started)."""
    return isinstance(exc, (DamagedFile, UnicodeDecodeError)) or code(exc) in CORRUPT


class DamagedFile(Exception):
    """Raised by our own checks of a file SQLite opened: not a quote history, or one that fails quick_check."""


class HistoryError(UserError):
    """The history cannot be used as it is (could not complete: exit 1); the message says why."""

    def __init__(self, english: str, russian: str) -> None:
        super().__init__([Message("history", english, russian)], Kind.FAILED)


def cannot_use(path: Path, exc: BaseException) -> HistoryError:
    """Opening or starting a write failed for a reason of the environment (the user's to fix)."""
    if is_busy(exc):
        return HistoryError(
            f"the quote history {path} is in use by another program (locked); close it and try again",
            f"История КП {path} занята другой программой; закройте её и повторите.",
        )
    english, russian = _reason(exc)
    return HistoryError(
        f"cannot open the quote history {path}: {english}", f"Не удалось открыть историю КП {path}: {russian}"
    )


def cannot_save(path: Path, exc: BaseException) -> HistoryError:
    english, russian = _reason(exc)
    return HistoryError(
        f"cannot save to the quote history {path}: {english}", f"Не удалось сохранить в историю КП {path}: {russian}"
    )


def _reason(exc: BaseException) -> tuple[str, str]:
    found = code(exc)
    if found in BUSY:
        return "it is in use by another program (locked)", "она занята другой программой"
    if found in FULL:
        return "the disk is full", "на диске нет места"
    if found in READ_ONLY:
        return "the file or its folder cannot be written (read-only)", "файл или папка доступны только для чтения"
    if found in CORRUPT:
        return "the file is damaged", "файл повреждён"
    text = getattr(exc, "strerror", None) or str(exc)
    return text, text


@dataclass(frozen=True)
class DamagedHistory:
    """A history file that could not be read, moved aside; what it still held was recovered where possible."""

    moved_to: Path
    held: int  # quotes the damaged file held, as far as it could be read
    recovered: int  # of them, copied into the new history

    @property
    def english(self) -> str:
        return (
            f"the quote history was damaged; it was moved to {self.moved_to} ({self.held} quotes, "
            f"{self.recovered} recovered) and a new one started; numbering continues after the last number issued"
        )

    @property
    def russian(self) -> str:
        return (
            f"Файл истории КП был повреждён. Он перемещён в {self.moved_to} (КП в нём: {self.held}, "
            f"восстановлено: {self.recovered}); начата новая история, нумерация продолжается после последнего номера."
        )
