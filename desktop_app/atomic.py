"""Writing files atomically: a temp file in the same folder, flushed, then renamed over the target.

On any failure the temp file is removed and an existing target is untouched, so a reader never
sees half a file. Failures become one `WriteError` with a plain reason, never a traceback.
"""

from __future__ import annotations

import errno
import os
import tempfile
from collections.abc import Callable
from pathlib import Path

REASONS = {
    "missing_folder": ("the folder does not exist", "папка не существует"),
    "permission": (
        "no permission to write there, or the file is open in another program",
        "нет прав на запись, или файл открыт в другой программе",
    ),
    "disk_full": ("the disk is full", "на диске нет места"),
    "exists": ("the file already exists", "файл уже существует"),
    "other": ("{detail}", "{detail}"),
}


class WriteError(OSError):
    def __init__(self, path: Path, reason: str, detail: str = "") -> None:
        super().__init__(f"cannot write {path}: {REASONS[reason][0].format(detail=detail)}")
        self.path, self.reason, self.detail = path, reason, detail

    @property
    def russian(self) -> str:
        return f"Не удалось записать файл {self.path}: {REASONS[self.reason][1].format(detail=self.detail)}"


def write_atomically(path: Path, write: Callable[[Path], None], overwrite: bool = True) -> None:
    """Call `write(temp_path)` to produce the file, then move it over `path` in one step."""
    path = Path(path)
    if not overwrite and path.exists():
        raise WriteError(path, "exists")
    if not path.parent.is_dir():
        raise WriteError(path, "missing_folder")
    temp: Path | None = None
    try:
        handle, name = tempfile.mkstemp(prefix=f".{path.stem}-", suffix=".tmp", dir=path.parent)
        os.close(handle)
        temp = Path(name)
        write(temp)
        with open(temp, "rb+") as written:
            os.fsync(written.fileno())
        os.replace(temp, path)
        temp = None
    except OSError as exc:
        raise _write_error(path, exc) from exc
    finally:
        if temp is not None:
            temp.unlink(missing_ok=True)


def _write_error(path: Path, exc: OSError) -> WriteError:
    if isinstance(exc, WriteError):
        return exc
    if exc.errno == errno.ENOENT:
        return WriteError(path, "missing_folder")
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS) or isinstance(exc, PermissionError):
        return WriteError(path, "permission")
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return WriteError(path, "disk_full")
    return WriteError(path, "other", exc.strerror or str(exc))
