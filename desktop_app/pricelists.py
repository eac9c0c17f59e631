"""Which price list prices a quote, and the lists this laptop knows: the built-in one, those kept here (`catalog
add`, the «Прайс-листы» window's import) and those the team published (received into the data folder by
`sync`). The list in force on a date is the one of them that took effect last on or before it. One place, so
that the app, `quote` and `export` always price with the same list. A list the app cannot load is never skipped
silently: `known_lists` reports it with the reason, and the CLI and the window show it.

Also the operator's sheet read from a file (tab-separated text or .xlsx) into the core's rows (core/sheet.py).
Reads and writes files only; no Qt, no server.
"""

import datetime
import re
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from desktop_app import paths
from desktop_app.core import Catalog, CatalogError, load_catalog, texts
from desktop_app.core.errors import invalid

if TYPE_CHECKING:  # the sheet and the writing load only when a list is made or kept: `quote` needs neither
    from desktop_app.core.sheet import SheetRow

FOLDER = "catalogs"  # in the data folder: one TOML file per received list, named by its publication order
KEPT = "kept"  # under FOLDER: the lists kept on this laptop, named by the order they were added
MAX_SHEET_BYTES = 5_000_000


class KnownList(NamedTuple):
    origin: str  # "built-in" | "received" | "kept"
    path: Path
    catalog: Catalog | None  # None: it cannot be loaded (`error` says why) and takes no part in pricing
    error: CatalogError | None = None

    @property
    def problem(self) -> str:
        """Every problem in English, "; "-separated, each starting with the file's path (the command line)."""
        return "; ".join(self.error.problems) if self.error else ""

    def reason(self, russian: bool = False) -> str:
        """The first problem without the path (the list is named already), and how many more there are; in
        Russian for the app."""
        if self.error is None or not self.error.details:
            return ""
        first, more = self.error.details[0].reason(russian), len(self.error.details) - 1
        if not more:
            return first
        return (texts.russian if russian else texts.english)("catalog_more", {"reason": first, "count": more})


def received(data_dir: Path) -> list[Path]:
    """Received price lists, in the order the team published them (the file name starts with the server id)."""
    return _tomls(Path(data_dir) / FOLDER)


def kept(data_dir: Path) -> list[Path]:
    """The lists kept on this laptop, in the order they were added."""
    return _tomls(Path(data_dir) / FOLDER / KEPT)


def _tomls(folder: Path) -> list[Path]:
    try:
        return sorted(folder.glob("*.toml")) if folder.is_dir() else []
    except OSError:  # a data folder that cannot be read has nothing; it is reported where it is used
        return []


def known_lists(data_dir: Path | None) -> list[KnownList]:
    """Every list: the built-in one, then those received (publication order), then those kept (added order)."""
    lists = [KnownList("built-in", paths.builtin_catalog(), builtin())]
    if data_dir is None:
        return lists
    for origin, found in (("received", received(data_dir)), ("kept", kept(data_dir))):
        for path in found:
            try:
                lists.append(KnownList(origin, path, load_catalog(path)))
            except CatalogError as exc:
                lists.append(KnownList(origin, path, None, exc))
    return lists


def builtin() -> Catalog:
    return load_catalog(paths.builtin_catalog(), parsed_copy=paths.builtin_catalog_parsed())


def in_force(lists: list[KnownList], date: datetime.date) -> KnownList:
    """Of `lists` (known_lists' order), the one that took effect last on or before `date`; a later one wins a
    tie; the built-in list when none has."""
    best: KnownList | None = None
    for entry in lists:
        catalog = entry.catalog
        if catalog is None or in_effect(catalog) > date:
            continue
        if best is None or best.catalog is None or in_effect(catalog) >= in_effect(best.catalog):
            best = entry
    return best or lists[0]


def catalog_for(data_dir: Path | None, date: datetime.date) -> Catalog:
    """The price list to price a quote of `date` with (see `in_force`)."""
    return catalog_in_force(known_lists(data_dir), date)


def catalog_in_force(lists: list[KnownList], date: datetime.date) -> Catalog:
    catalog = in_force(lists, date).catalog
    assert catalog is not None  # the built-in list loads, or load_catalog raised
    return catalog


def skipped(lists: list[KnownList]) -> list[KnownList]:
    return [entry for entry in lists if entry.catalog is None]


def skipped_lines(lists: list[KnownList]) -> list[str]:
    """What a command prints on stderr for each list it cannot load: never skipped silently."""
    return [f"warning: price list {entry.path} skipped: {entry.problem}" for entry in skipped(lists)]


def find(data_dir: Path | None, catalog_id: str, version: str) -> Catalog | None:
    """The list a saved quote was priced with, by id and version: the built-in one, one received or one kept
    on this laptop; None when this laptop no longer has it."""
    for entry in known_lists(data_dir):
        if entry.catalog is not None and (entry.catalog.id, entry.catalog.version) == (catalog_id, version):
            return entry.catalog
    return None


def in_effect(catalog: Catalog) -> datetime.date:
    """From when a list is in force: a list without a date counts as in force all along."""
    return catalog.effective_date or datetime.date.min


def keep(data_dir: Path, source: Path) -> tuple[Catalog, Path]:
    """Keep a copy of the list in `source` on this laptop (`catalog add`): checked as the app loads it, with
    an effective date; the same list kept again replaces its copy, another under a known id and version is refused."""
    catalog = load_catalog(source)
    return catalog, keep_text(data_dir, catalog, source.read_text(encoding="utf-8"))


def keep_text(data_dir: Path, catalog: Catalog, text: str) -> Path:
    """Write `text` (the TOML of `catalog`, already loaded) among the kept lists; its path."""
    from desktop_app.atomic import write_atomically, write_error

    if catalog.effective_date is None:
        raise invalid(
            "catalog",
            f"{catalog.source}: catalog.effective_date: a list kept on this laptop needs one (from when it prices)",
            f"{catalog.source}: в прайс-листе нет даты начала действия (catalog.effective_date)",
        )
    for entry in known_lists(data_dir):  # saved quotes name their list by id and version: one list per name
        known = entry.catalog
        if known is None or (known.id, known.version) != (catalog.id, catalog.version):
            continue
        if known._replace(source="") != catalog._replace(source=""):
            raise invalid(
                "catalog",
                f"{catalog.source}: another price list {catalog.id} {catalog.version} is known already "
                f"({entry.origin}, {entry.path}): saved quotes name their list by its version, so give this one a "
                "new version",
                f"{catalog.source}: другой прайс-лист с версией {catalog.version} уже есть; сохранённые КП ссылаются "
                "на прайс-лист по версии — укажите новую версию",
            )
    folder = Path(data_dir) / FOLDER / KEPT
    stem = re.sub(r"[^\w.-]+", "_", f"{catalog.id}_{catalog.version}")
    existing = [p for p in kept(data_dir) if p.stem.split("_", 1)[-1] == stem]
    if existing:
        target = existing[0]
    else:
        numbers = [int(p.name[:6]) for p in kept(data_dir) if p.name[:6].isdigit()]
        target = folder / f"{max(numbers, default=0) + 1:06d}_{stem}.toml"
    try:
        for private in (folder.parent, folder):  # mkdir's mode is only the last folder's
            private.mkdir(mode=0o700, parents=True, exist_ok=True)
        write_atomically(target, lambda temp: temp.write_text(text, encoding="utf-8"), field="catalog")
    except OSError as exc:
        raise write_error(target, exc, "catalog") from None
    return target


def read_sheet(path: Path) -> "list[SheetRow]":
    """The operator's sheet in `path`: an .xlsx (its first worksheet) or tab-separated UTF-8 text."""
    from desktop_app.core.sheet import read_text_sheet

    try:
        if path.stat().st_size > MAX_SHEET_BYTES:
            raise invalid("sheet", f"{path}: larger than 5 MB, not a price sheet", "файл слишком большой")
        if path.suffix.lower() == ".xlsx":
            return _xlsx_rows(path)
        return read_text_sheet(_sheet_text(path.read_bytes()))
    except OSError as exc:
        raise invalid("sheet", f"{path}: cannot read: {exc.strerror or exc}", "файл не читается") from None


def _sheet_text(data: bytes) -> str:
    """Text as a spreadsheet saves it: UTF-16 with its byte-order mark (Excel's «Текст Юникод»), UTF-8, or the
    Windows Cyrillic code page (Excel's «Текст (с разделителями табуляции)» on a Russian Windows). A wrong guess
    cannot price anything: its labels match no row, and the sheet is refused with the rows quoted."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1251", errors="replace")


def _xlsx_rows(path: Path) -> "list[SheetRow]":
    import zipfile

    from openpyxl import load_workbook  # only when a spreadsheet is imported

    from desktop_app.core.sheet import SheetRow

    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError, TypeError) as exc:
        raise invalid("sheet", f"{path}: not an .xlsx workbook: {exc}", "это не книга Excel (.xlsx)") from None
    try:
        sheet = book.worksheets[0]
        return [SheetRow(f"row {n}", tuple(row)) for n, row in enumerate(sheet.iter_rows(values_only=True), start=1)]
    finally:
        book.close()
