"""The one type of error a user may see (house style 13), at the bottom of the layers so every layer can
raise it: what the user gave that cannot be used (exit code 2), or what the environment did not let us
finish (exit code 1). A bug is never one of these: it goes to the excepthook and the log.
"""

import enum
from collections.abc import Iterable
from typing import NamedTuple


class Kind(enum.IntEnum):
    """The exit code the command line gives for it."""

    INVALID = 2  # invalid input or usage: the user can fix it
    FAILED = 1  # could not complete: a file, a folder, a lock, a full disk


class Message(NamedTuple):
    field: str | None  # the input it concerns (`employees`, `out`, `settings.logo`), or None
    english: str  # for the command line
    russian: str  # for the app


class UserError(Exception):
    """One or more messages for the user, each naming its field, in English and Russian."""

    def __init__(self, messages: Iterable[Message], kind: Kind = Kind.INVALID) -> None:
        self.messages = tuple(messages)
        self.kind = kind
        super().__init__("; ".join(f"{m.field}: {m.english}" if m.field else m.english for m in self.messages))

    @classmethod
    def one(cls, field: str | None, english: str, russian: str, kind: Kind = Kind.INVALID) -> "UserError":
        return cls([Message(field, english, russian)], kind)

    @property
    def field(self) -> str | None:
        return self.messages[0].field if self.messages else None

    @property
    def english(self) -> str:
        return self.messages[0].english if self.messages else ""

    @property
    def russian(self) -> str:
        """Every message in Russian, one per line (what a dialog shows)."""
        return "\n".join(m.russian for m in self.messages)


def invalid(field: str | None, english: str, russian: str) -> UserError:
    return UserError.one(field, english, russian, Kind.INVALID)


def failed(field: str | None, english: str, russian: str) -> UserError:
    return UserError.one(field, english, russian, Kind.FAILED)
