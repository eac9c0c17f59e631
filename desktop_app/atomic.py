"""Writing files all-or-nothing: each file is written to a temp file beside its target, flushed to disk,
then placed in one step; several files are placed together or not at all.

On any failure the temp files are removed and an existing target is untouched, so a reader never sees
half a file. Without `overwrite` the placing step itself refuses an existing target (a hard link, which
fails if the name exists), so two writers racing for one name cannot both win. Failures become one
`WriteError` with a plain reason, never a traceback.
"""

from __future__ import annotations

import errno
import json
import logging
import os
import re
import shutil
import stat
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from desktop_app.core import jsonio
from desktop_app.core.errors import Kind, Message, UserError

TEMP_MARK = ".cloudpbx-tmp-"  # in every temp file's name, so that a leftover is recognised as ours
# How long after its journal was last written a placed file may have last changed and still be taken back after
# a kill: placing follows the journal within moments (a copy where there are no hard links, at worst).
PLACING_WINDOW_S = (-2.0, 60.0)
REASONS = {
    "missing_folder": ("the folder does not exist", "папка не существует"),
    "permission": (
        "no permission to write there, or the file is open in another program",
        "нет прав на запись, или файл открыт в другой программе",
    ),
    "disk_full": ("the disk is full", "на диске нет места"),
    "exists": ("the file already exists; use --force to overwrite it", "файл уже существует"),
    "not_a_file": ("it is a folder or a device, not a file", "это папка или устройство, а не файл"),
    "not_a_folder": ("it is a file, not a folder", "это файл, а не папка"),
    "name_too_long": ("the file name is too long", "слишком длинное имя файла"),
    "other": ("{detail}", "{detail}"),
}


class WriteError(UserError):
    """A file could not be written: exit 1, or 2 when the target exists (the user chose the name)."""

    def __init__(self, path: Path, reason: str, detail: str = "", field: str = "out") -> None:
        english, russian = (text.format(detail=detail) for text in REASONS[reason])
        kind = Kind.INVALID if reason == "exists" else Kind.FAILED
        super().__init__(
            [Message(field, f"cannot write {path}: {english}", f"Не удалось записать файл {path}: {russian}")], kind
        )
        self.path, self.reason, self.detail = path, reason, detail


class StagedFiles:
    """Files written beside their targets and placed together: `write` each, then `place`; `undo` takes back
    whatever was placed (restoring replaced files), `discard` removes what is left. A journal in `pending_dir`
    names every temp file while it exists, so that `clean_leftovers` removes them after a kill; from the
    moment placing starts it also names the targets, their backups and `tag` (what the caller needs to tell,
    after a kill, whether the placed files are to stay: the quote they belong to).

    The journal lies in the data folder, which may be on a stick others write to: `clean_leftovers` trusts it
    only as far as it names what this class makes. A temp file or backup is removed or put back only under the
    name this class gives it, beside a target the journal names; a target is taken back only if it is the very
    file placed (device and inode) and last changed while the journal was being acted on (its ctime, which no
    program can set back, within PLACING_WINDOW_S of the journal's)."""

    def __init__(self, overwrite: bool, pending_dir: Path | None = None, field: str = "out") -> None:
        self.overwrite, self.field = overwrite, field
        self.temps: dict[Path, Path] = {}  # target -> its temp file
        self.backups: dict[Path, Path] = {}  # replaced target -> a hard link to its old content
        self.placed: list[Path] = []
        self.placing: dict[Path, list[int]] = {}  # target -> the (device, inode) the placed file will have
        self.tag: Any = None
        self.journal = pending_dir / f"{os.getpid()}-{os.urandom(4).hex()}.json" if pending_dir else None

    def write(self, target: Path, write: Callable[[Path], Any]) -> None:
        target = Path(target)
        try:
            if target.is_dir() or (target.exists() and not target.is_file()):
                raise WriteError(target, "not_a_file", field=self.field)
            if not target.parent.is_dir():
                raise WriteError(target, "missing_folder", field=self.field)
            if not self.overwrite and target.exists():  # early word; the placing step is what guarantees it
                raise WriteError(target, "exists", field=self.field)
        except OSError as exc:  # no permission to look there, a name too long
            raise write_error(target, exc, self.field) from exc
        temp = staged_name(target.absolute())
        self.temps[target] = temp
        self._save_journal()
        try:
            old_mode = target.stat().st_mode & 0o7777 if target.is_file() else None  # --force keeps it
            handle = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666 if old_mode is None else 0o600)
            os.close(handle)  # a new file gets 0o666 cut by the umask, as any program's would
            write(temp)
            with open(temp, "rb+") as written:
                os.fsync(written.fileno())
            if old_mode is not None:  # only now: a read-only old mode must not stop the writing
                os.chmod(temp, old_mode)
        except OSError as exc:
            raise write_error(target, exc, self.field) from exc

    def place(self) -> None:
        """Every file into place, or (after undoing what was placed) a WriteError. The journal names the
        targets before the first is placed: a process killed from here on has its files taken back at the next
        start unless the caller's `committed(tag)` says they belong to a saved quote."""
        try:
            for target, temp in self.temps.items():
                self.placing[target] = _file_id(temp)
                if self.overwrite and target.is_file():
                    self.backups[target] = staged_name(target.absolute())
            self._save_journal()
            for temp in self.temps.values():  # each file's ctime now after the journal's (see clean_leftovers)
                os.chmod(temp, os.stat(temp).st_mode & 0o7777)
        except OSError as exc:
            raise write_error(next(iter(self.temps)), exc, self.field) from exc
        for target, temp in self.temps.items():
            try:
                if target in self.backups:
                    _keep_copy(target, self.backups[target])
                if self.overwrite:
                    os.replace(temp, target)
                elif not _place_new(temp, target):  # copied, not linked: the placed file is another one
                    self.placing[target] = _file_id(target)
                    self._save_journal()
                    os.chmod(target, os.stat(target).st_mode & 0o7777)
            except OSError as exc:
                self.undo()
                raise write_error(target, exc, self.field) from exc
            self.placed.append(target)

    def undo(self) -> None:
        """Take back what `place` did: new files removed, replaced ones restored. Never raises."""
        for target in reversed(self.placed):
            try:
                if target in self.backups:
                    os.replace(self.backups.pop(target), target)
                else:
                    target.unlink(missing_ok=True)
            except OSError:
                pass
        self.placed.clear()
        self.discard()

    def discard(self) -> None:
        """Remove temp files and backups (after success, or after `undo`). Never raises."""
        for leftover in [*self.temps.values(), *self.backups.values()]:
            try:
                leftover.unlink(missing_ok=True)
            except OSError:
                pass
        self.temps.clear()
        self.backups.clear()
        if self.journal is not None:
            try:
                self.journal.unlink(missing_ok=True)
            except OSError:
                pass

    def _save_journal(self) -> None:
        if self.journal is None:
            return
        state = {
            "temps": {str(t.absolute()): str(p) for t, p in self.temps.items()},
            "backups": {str(t.absolute()): str(b.absolute()) for t, b in self.backups.items()},
            "placing": {str(t.absolute()): ids for t, ids in self.placing.items()},
            "tag": self.tag,
        }
        try:
            self.journal.parent.mkdir(mode=0o700, parents=True, exist_ok=True)  # its journals name client files
        except FileExistsError:
            raise WriteError(self.journal.parent, "not_a_folder", field="data-dir") from None
        except OSError as exc:
            raise write_error(self.journal.parent, exc, "data-dir") from exc
        try:
            self.journal.write_text(json.dumps(state), encoding="utf-8")
        except OSError as exc:  # a read-only data folder: nothing is written without a journal
            raise write_error(self.journal, exc, "data-dir") from exc


def _file_id(path: Path) -> list[int]:
    info = os.stat(path)
    return [info.st_dev, info.st_ino]


_log = logging.getLogger(__name__)
NO_LINK = (errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EMLINK, errno.EXDEV, errno.ENOSYS)


def _keep_copy(target: Path, backup: Path) -> None:
    """The replaced file's content kept under `backup` until the export commits: a hard link, or where there
    are none (FAT, some shares) or the system forbids linking another user's file, a copy."""
    try:
        os.link(target, backup)
    except OSError as exc:
        if exc.errno not in NO_LINK:
            raise
        shutil.copy2(target, backup)


def _place_new(temp: Path, target: Path) -> bool:
    """Move `temp` to `target` only if no file of that name exists, in one step; False if it had to be copied."""
    linked = True
    try:
        os.link(temp, target)  # fails with EEXIST if the name is taken: the no-clobber guarantee
    except OSError as exc:
        if exc.errno not in NO_LINK:
            raise
        # No hard links here (FAT, some network shares): claim the name exclusively, then fill it.
        with open(temp, "rb") as source, open(target, "xb") as claimed:
            try:
                shutil.copyfileobj(source, claimed)
                claimed.flush()
                os.fsync(claimed.fileno())
            except BaseException:
                target.unlink(missing_ok=True)
                raise
        linked = False
    temp.unlink()
    return linked


def staged_name(target: Path) -> Path:
    """A temp file or backup for `target`: beside it, hidden, marked as ours."""
    return target.with_name(f".{target.name[:60]}{TEMP_MARK}{os.urandom(4).hex()}")


def _is_staged_name(path: Path, target: Path) -> bool:
    pattern = re.escape(f".{target.name[:60]}{TEMP_MARK}") + "[0-9a-f]{8}"
    return path.parent == target.parent and re.fullmatch(pattern, path.name) is not None


_told: set[Path] = set()  # the journals this process said it cannot use


def journals(pending_dir: Path) -> Iterator[tuple[Path, dict[str, Any]]]:
    """The journals of writers no longer running, each read within jsonio's limits; one that cannot be read
    as a journal is logged and left where it is (it names nothing this app will act on)."""
    for journal in sorted(pending_dir.glob("*.json")) if pending_dir.is_dir() else []:
        pid = journal.name.split("-", 1)[0]
        if pid.isdigit() and _alive(int(pid)):
            continue
        try:
            if not stat.S_ISREG(journal.lstat().st_mode):
                raise ValueError("not a regular file")
            state = jsonio.load_file(journal)
            if not isinstance(state, dict):
                raise ValueError("not a journal")
        except (OSError, ValueError) as exc:
            if journal not in _told:  # recovery runs at several points of a command: said once
                _told.add(journal)
                _log.warning("%s: not an export journal this app can use (%s); left alone", journal, exc)
            continue
        yield journal, state


def clean_leftovers(pending_dir: Path, committed: Callable[[Any], bool] = lambda tag: False) -> int:
    """Undo what writers killed mid-way left behind (their journals name it): temp files removed, and files
    placed by an export whose quote never committed (a `tag` for which `committed(tag)` is False) taken
    back, a replaced file restored from its backup; a file placed by a writer without a tag stays.
    `committed` may raise a UserError (the history is locked): the journal then waits for the next start.
    Only what StagedFiles itself makes is touched (see there): a journal planted in the data folder cannot
    delete or replace anyone's files."""
    removed = 0
    for journal, state in journals(pending_dir):
        try:
            written = journal.lstat().st_ctime
            temps = _paths(state.get("temps"))
            backups = _paths(state.get("backups"))
            placing = {
                Path(target): ids
                for target, ids in dict(state.get("placing") or {}).items()
                if Path(target).is_absolute()
            }
            if placing and state.get("tag") is not None and not committed(state["tag"]):
                for target, ids in placing.items():
                    if not _placed_by_journal(target, ids, written):  # not placed, or changed since: not ours
                        continue
                    backup = backups.pop(target, None)
                    if backup is None:
                        target.unlink()
                    elif _is_staged_name(backup, target) and _is_plain_file(backup):
                        os.replace(backup, target)
                    else:  # another start restored it a moment ago, or not a backup of ours
                        continue
                    removed += 1
            for target, path in [*temps.items(), *backups.items()]:
                if _is_staged_name(path, target) and _is_plain_file(path):
                    path.unlink()
                    removed += 1
            journal.unlink()
        except (OSError, ValueError, TypeError, AttributeError, UserError):
            continue
    return removed


def _paths(value: Any) -> dict[Path, Path]:
    """A journal's {target: temp or backup}, absolute paths only (anything else names nothing)."""
    if not isinstance(value, dict):
        return {}
    found = {Path(str(t)): Path(str(p)) for t, p in value.items() if isinstance(p, str)}
    return {t: p for t, p in found.items() if t.is_absolute() and p.is_absolute()}


def _placed_by_journal(target: Path, ids: Any, journal_ctime: float) -> bool:
    """The very file the journal's writer placed: the same device and inode, a plain file, last changed
    (ctime) within the window around the journal's last write."""
    try:
        info = target.lstat()
    except OSError:
        return False
    if not stat.S_ISREG(info.st_mode) or [info.st_dev, info.st_ino] != ids:
        return False
    before, after = PLACING_WINDOW_S
    return journal_ctime + before <= info.st_ctime <= journal_ctime + after


def _is_plain_file(path: Path) -> bool:
    try:
        return stat.S_ISREG(path.lstat().st_mode)
    except OSError:
        return False


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # exists, someone else's
    return True


def write_atomically(
    path: Path,
    write: Callable[[Path], Any],
    overwrite: bool = True,
    field: str = "out",
    pending_dir: Path | None = None,
) -> None:
    """Call `write(temp_path)` to produce the file, then move it over `path` in one step. With `pending_dir`
    a journal names the temp file, so that `clean_leftovers` removes it if the process is killed."""
    staged = StagedFiles(overwrite, pending_dir, field=field)
    try:
        staged.write(Path(path), write)
        staged.place()
    finally:
        staged.discard()


def write_error(path: Path, exc: OSError, field: str = "out") -> WriteError:
    """The WriteError that says in plain words why `exc` stopped writing `path`."""
    if isinstance(exc, WriteError):
        return exc
    reason = _reason(exc)
    return WriteError(path, reason, (exc.strerror or str(exc)) if reason == "other" else "", field)


def _reason(exc: OSError) -> str:
    if exc.errno == errno.EEXIST or isinstance(exc, FileExistsError):
        return "exists"
    if exc.errno == errno.ENOENT:
        return "missing_folder"
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS) or isinstance(exc, PermissionError):
        return "permission"
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return "disk_full"
    if exc.errno == errno.ENAMETOOLONG:
        return "name_too_long"
    if exc.errno in (errno.EISDIR, errno.ENOTDIR):
        return "not_a_file"
    return "other"
