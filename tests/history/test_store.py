"""The quote history on real SQLite files: round trip, numbering, revisions, migration, damage, concurrency."""

import datetime
import signal
import sqlite3
import subprocess
import sys
import time
from dataclasses import replace
from pathlib import Path

import pytest

from desktop_app.core import compare, jsonio, load_catalog, parse_requirements
from desktop_app.history import Client, History, HistoryError, QuoteRecord
from desktop_app.history.schema import MIGRATIONS, SCHEMA_VERSION

ROOT = Path(__file__).parents[2]


def record(
    number="КП-2026-0001",
    client=Client("ООО «Ромашка»", "7707083893", "Иванов"),
    valid_until=datetime.date(2026, 12, 8),
    requirements=None,
    **fields,
):
    from desktop_app import paths

    catalog = load_catalog(paths.builtin_catalog())
    comparison = compare(catalog, parse_requirements(requirements or {"employees": 12, "numbers": 3}, catalog))
    snapshot = comparison.to_dict()
    fields.setdefault("monthly_total", "2190.00")
    return QuoteRecord(
        number=number,
        valid_until=valid_until,
        client=client,
        requirements=snapshot["requirements"],
        catalog_id=catalog.id,
        catalog_version=catalog.version,
        plan_id="basic",
        snapshot=snapshot,
        **fields,
    )


@pytest.fixture
def history(tmp_path):
    opened = History(tmp_path / "quotes.sqlite3")
    yield opened
    opened.close()


def test_round_trip_of_every_field(history, tmp_path):
    original = record(
        requirements={"employees": 3, "recording": True, "storage_gb": jsonio.loads("1.50")},
        status="sent",
        export_path="/tmp/КП.xlsx",
        comment="перезвонить в пятницу",
    )
    saved = history.add(original)
    history.close()
    again = History(tmp_path / "quotes.sqlite3")
    loaded = again.get(saved.id)
    again.close()
    assert loaded == saved
    assert (
        loaded.requirements["storage_gb"] == jsonio.loads("1.50") and str(loaded.requirements["storage_gb"]) == "1.50"
    )
    assert loaded.snapshot == original.snapshot  # every plan's lines and totals as priced then
    assert loaded.created_at and loaded.updated_at
    raw = sqlite3.connect(tmp_path / "quotes.sqlite3").execute("SELECT typeof(monthly_total) FROM quotes").fetchone()
    assert raw == ("text",)  # amounts are stored as text, never REAL


def test_numbers_grow_across_restarts_and_deletes(tmp_path):
    history = History(tmp_path / "q.sqlite3")
    first = history.add(record(history.reserve_number("КП", 2026)))
    history.delete(first.id)
    history.close()
    history = History(tmp_path / "q.sqlite3")
    assert history.reserve_number("КП", 2026) == "КП-2026-0002"  # 0001 is never reused
    history.close()


@pytest.mark.parametrize(
    "content", [b"99999999999\n", b"99999999999999999999", b"-5\n", b"", b"garbage", b"\xff\xfe7", b"42 00000000\n"]
)
def test_a_damaged_last_number_file_neither_crashes_nor_makes_numbers_jump_or_go_back(tmp_path, content):
    """The number kept beside the history is only believed when this app wrote it: a huge, negative, emptied
    or garbage file is ignored (the history's own counter goes on), and the next number rewrites it."""
    history = History(tmp_path / "q.sqlite3")
    for _ in range(3):
        history.reserve_number("КП", 2026)
    history.close()
    (tmp_path / "q.sqlite3.last-number").write_bytes(content)
    history = History(tmp_path / "q.sqlite3")
    assert history.reserve_number("КП", 2026) == "КП-2026-0004"
    history.close()
    (tmp_path / "q.sqlite3").unlink()  # and what it now holds still outlives the history
    history = History(tmp_path / "q.sqlite3")
    assert history.reserve_number("КП", 2026) == "КП-2026-0005"
    history.close()


def test_number_format_past_9999(history):
    history.db.execute("UPDATE counters SET value = 9999")
    assert history.reserve_number("КП", 2026) == "КП-2026-10000"


def test_revisions_keep_earlier_ones_readable(history):
    first = history.add(record("КП-2026-0042"))
    second = history.add(
        record("КП-2026-0042", revision=history.next_revision("КП-2026-0042"), monthly_total="2390.00")
    )
    assert second.full_number == "КП-2026-0042/2"
    assert [r.full_number for r in history.search("КП-2026-0042", order_by="number", descending=False)] == [
        "КП-2026-0042",
        "КП-2026-0042/2",
    ]
    assert history.get(first.id).monthly_total == "2190.00"
    with pytest.raises(HistoryError):
        history.add(record("КП-2026-0042", revision=2))  # two instances cannot both take revision 2


def test_status_and_expiry(history):
    saved = history.add(record(valid_until=datetime.date(2026, 12, 8)))
    updated = history.update(replace(saved, status="accepted", comment="подписан"))
    assert history.get(saved.id).status == "accepted" and history.get(saved.id).comment == "подписан"
    assert not updated.is_expired(datetime.date(2026, 12, 8))  # valid through the whole last day
    assert updated.is_expired(datetime.date(2026, 12, 9))
    with pytest.raises(ValueError):
        history.update(replace(saved, status="lost"))


def test_search_by_client_inn_number_and_dates(history):
    history.add(
        record("КП-2026-0001", Client("ООО «Ромашка»", "7707083893", "Иванов"), created_at="2026-11-01T10:00:00+03:00")
    )
    history.add(
        record("КП-2026-0002", Client("АО «Василёк»", "500100732259", "Петров"), created_at="2026-11-20T10:00:00+03:00")
    )
    assert [r.number for r in history.search("ромашка")] == ["КП-2026-0001"]  # any case, Cyrillic too
    assert [r.number for r in history.search("5001007")] == ["КП-2026-0002"]
    assert [r.number for r in history.search("2026-0002")] == ["КП-2026-0002"]
    assert [r.number for r in history.search("петров")] == ["КП-2026-0002"]
    assert [r.number for r in history.search("%")] == []  # wildcards are literal
    assert [r.number for r in history.search(date_from=datetime.date(2026, 11, 10))] == ["КП-2026-0002"]
    assert [r.number for r in history.search(date_to=datetime.date(2026, 11, 1))] == ["КП-2026-0001"]
    assert [r.number for r in history.search(order_by="client_name", descending=False)] == [
        "КП-2026-0002",
        "КП-2026-0001",
    ]
    assert history.count("ооо") == 1
    assert [r.number for r in history.search("АО")] == ["КП-2026-0002"]  # two letters: the scan path


def test_search_follows_updates_and_deletes(history):
    saved = history.add(record("КП-2026-0001", Client("ООО «Ромашка»", "", "")))
    history.update(replace(saved, client=Client("ООО «Лютик»", "", "")))
    assert history.search("ромашка") == [] and [r.id for r in history.search("лютик")] == [saved.id]
    history.delete(saved.id)
    assert history.search("лютик") == [] and history.get(saved.id) is None
    assert history.db.execute("SELECT COUNT(*) FROM quote_data").fetchone()[0] == 0  # no orphaned snapshot


def test_clients_typed_once_are_offered_again(history):
    history.add(record(client=Client("ООО «Ромашка»", "7707083893", "Иванов")))
    history.add(record("КП-2026-0002", client=Client("ООО «Ромашка»", "7707083893", "Сидорова")))
    assert history.clients() == [Client("ООО «Ромашка»", "7707083893", "Сидорова")]


def make_version_1_file(path: Path) -> None:
    db = sqlite3.connect(path)
    for statement in MIGRATIONS[1]:
        db.execute(statement)
    saved = record()
    db.execute(
        """INSERT INTO quotes (number, revision, created_at, updated_at, status, valid_until, client_name, client_inn,
           client_contact, requirements, catalog_id, catalog_version, plan_id, snapshot, monthly_total, search_text)
           VALUES ('КП-2026-0007', 1, '2026-10-01T09:00:00+03:00', '2026-10-01T09:00:00+03:00', 'sent', '2026-10-15',
           'ООО «Ромашка»', '7707083893', 'Иванов', ?, 'cloud-pbx-business', '2026.1', 'basic', ?, '2190.00',
           'ооо «ромашка» 7707083893 иванов кп-2026-0007')""",
        (jsonio.dumps(saved.requirements), jsonio.dumps(saved.snapshot)),
    )
    db.execute("UPDATE counters SET value = 7")
    db.execute("PRAGMA user_version = 1")
    db.commit()
    db.close()


def test_migration_from_a_version_1_file(tmp_path):
    path = tmp_path / "quotes.sqlite3"
    make_version_1_file(path)
    history = History(path)
    assert history.db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    [old] = history.search()
    assert (old.full_number, old.client.name, old.monthly_total) == ("КП-2026-0007", "ООО «Ромашка»", "2190.00")
    assert history.get(old.id).snapshot == record().snapshot  # moved to quote_data intact
    assert old.vat_rate == record().snapshot["catalog"]["vat_rate"]  # migration 4: read from the snapshot
    assert (old.options, old.accepted_plan, old.approval) == (("basic",), None, None)  # 6: one option, its plan
    assert "snapshot" not in [c[1] for c in history.db.execute("PRAGMA table_info(quotes)")]
    assert history.clients() == [Client("ООО «Ромашка»", "7707083893", "Иванов")]  # filled by the migration
    assert history.reserve_number("КП", 2026) == "КП-2026-0008"
    history.close()


def test_a_file_from_a_newer_app_is_refused_and_left_untouched(tmp_path):
    path = tmp_path / "quotes.sqlite3"
    db = sqlite3.connect(path)
    db.execute("CREATE TABLE future (x)")
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    db.commit()
    db.close()
    before = path.read_bytes()
    with pytest.raises(HistoryError) as caught:
        History(path)
    assert "newer version" in str(caught.value) and "более новой версией" in caught.value.russian
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["quotes.sqlite3"]


def test_a_garbage_file_is_moved_aside_and_a_new_one_started(tmp_path):
    path = tmp_path / "quotes.sqlite3"
    path.write_bytes(b"this is not a database, it is a scanned invoice" * 100)
    history = History(path)
    assert history.damaged is not None and history.damaged.moved_to.read_bytes().startswith(b"this is not")
    assert history.damaged.moved_to.name.startswith("quotes.sqlite3.damaged-")
    assert history.reserve_number("КП", 2026) == "КП-2026-0001"
    history.close()


@pytest.mark.parametrize("version", [0, 3])
def test_another_programs_database_is_moved_aside_untouched(tmp_path, version):
    """A SQLite file of another program under the history's name is not the history: it is moved aside as it
    was (never given our tables) and numbering goes on past the numbers issued."""
    path = tmp_path / "quotes.sqlite3"
    history = History(path)
    assert history.reserve_number("КП", 2026) == "КП-2026-0001"
    history.close()
    path.unlink()
    other = sqlite3.connect(path)
    other.execute("CREATE TABLE contacts (name TEXT)")
    other.execute("INSERT INTO contacts VALUES ('Иванов')")
    other.execute(f"PRAGMA user_version = {version}")
    other.commit()
    other.close()
    before = path.read_bytes()
    history = History(path)
    assert history.damaged is not None and history.damaged.moved_to.read_bytes() == before
    assert history.reserve_number("КП", 2026) == "КП-2026-0002"
    history.close()


def test_a_schema_damaged_into_bytes_that_are_not_text_is_moved_aside(tmp_path):
    """SQLite's error then quotes the damaged name, which Python cannot decode: that raised UnicodeDecodeError
    (a traceback on every start) instead of being seen as a damaged file."""
    path = tmp_path / "quotes.sqlite3"
    history = History(path)
    history.add(record(history.reserve_number("КП", 2026)))
    history.close()
    data = bytearray(path.read_bytes())
    name = data.index(b"indexquotes_createdquotes")
    data[name + len("indexquotes_cr")] = 0xB7  # the index's name is no longer UTF-8
    sql = data.index(b"CREATE INDEX quotes_created ON quotes (") + len("CREATE INDEX quotes_created ON quotes (")
    data[sql] = ord("(")  # and its statement no longer parses
    path.write_bytes(data)
    history = History(path)
    assert history.damaged is not None and history.damaged.moved_to.read_bytes() == bytes(data)
    assert history.reserve_number("КП", 2026) == "КП-2026-0002"
    history.close()


def test_a_byte_flipped_inside_a_clients_name_leaves_the_history_readable(tmp_path):
    """Damage SQLite's checks cannot see (valid pages, text that is no longer UTF-8): the quote is listed with
    a replacement character, not an error on every listing of the history."""
    path = tmp_path / "quotes.sqlite3"
    history = History(path)
    history.add(record(history.reserve_number("КП", 2026), client=Client("Ромашка-QQQQ")))
    history.close()
    data = bytearray(path.read_bytes())
    for at in [i for i in range(len(data)) if data.startswith(b"QQQQ", i)]:
        data[at] = 0xFF
    path.write_bytes(data)
    history = History(path)
    [summary] = history.search()
    assert summary.client.name == "Ромашка-\ufffdQQQ" and history.get(summary.id).client.name == summary.client.name
    history.close()


def test_a_damaged_files_counter_past_the_number_kept_beside_it_is_damage(tmp_path):
    """The number beside the history is written before each number is committed, so a damaged file whose
    counter reads higher holds a flipped byte there: numbering goes on from the real last number."""
    path = tmp_path / "quotes.sqlite3"
    history = History(path)
    for _ in range(3):
        history.add(record(history.reserve_number("КП", 2026)))
    history.db.execute("UPDATE counters SET value = 4398046511107")  # what a flipped high bit would read
    history.close()
    data = bytearray(path.read_bytes())
    data[:16] = b"not a database!!"  # damaged: the file is moved aside and salvaged
    path.write_bytes(data)
    history = History(path)
    assert history.damaged is not None and history.damaged.recovered == 3
    assert history.reserve_number("КП", 2026) == "КП-2026-0004"
    history.close()


def test_a_missing_folder_is_created(tmp_path):
    history = History(tmp_path / "new" / "folder" / "quotes.sqlite3")
    assert history.damaged is None and history.count() == 0
    history.close()


def saver(path, count, tag):
    return subprocess.Popen(
        [sys.executable, "-m", "tests.history.saver", str(path), str(count), tag],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        encoding="utf-8",
    )


def test_a_process_killed_mid_burst_loses_no_committed_quote(tmp_path):
    path = tmp_path / "quotes.sqlite3"
    History(path).close()
    process = saver(path, 100_000, "burst")
    committed = []
    deadline = time.monotonic() + 60
    while len(committed) < 40 and time.monotonic() < deadline:
        committed.append(process.stdout.readline().strip())
    process.send_signal(signal.SIGKILL)
    process.communicate()  # reaps it and closes its pipes
    assert len(committed) == 40
    history = History(path)
    assert history.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    saved = {r.number for r in history.search(limit=100_000)}
    assert set(committed) <= saved
    history.close()


def test_two_processes_saving_at_once(tmp_path):
    path = tmp_path / "quotes.sqlite3"
    History(path).close()
    first, second = saver(path, 60, "first"), saver(path, 60, "second")
    out = [p.communicate(timeout=120) for p in (first, second)]
    assert [p.returncode for p in (first, second)] == [0, 0], [err for _, err in out]
    numbers = [line for stdout, _ in out for line in stdout.split()]
    assert len(numbers) == 120 and len(set(numbers)) == 120  # every number unique
    history = History(path)
    assert history.count() == 120
    assert history.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    history.close()


# -- SQLite's failures, told apart by their codes -------------------------------------------------------
def test_a_full_disk_a_read_only_file_and_a_lock_each_say_what_happened(history, tmp_path):
    """Real SQLite errors (not messages matched as text): what the user reads names the cause."""
    history.add(record("КП-2026-0001"))
    pages = history.db.execute("PRAGMA page_count").fetchone()[0]
    history.db.execute(f"PRAGMA max_page_count = {pages}")  # the database cannot grow: SQLITE_FULL
    with pytest.raises(HistoryError) as full:
        history.add_many([record(f"КП-2026-{i:04d}") for i in range(2, 200)])
    assert "the disk is full" in full.value.english and "нет места" in full.value.russian

    read_only = History(tmp_path / "quotes.sqlite3")
    read_only.db.close()
    read_only.db = sqlite3.connect(
        f"{(tmp_path / 'quotes.sqlite3').as_uri()}?mode=ro", uri=True, isolation_level=None, check_same_thread=False
    )
    with pytest.raises(HistoryError) as refused:
        read_only.delete(1)
    assert "read-only" in refused.value.english
    read_only.close()

    holder = sqlite3.connect(tmp_path / "quotes.sqlite3", isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(HistoryError) as locked:
            history.delete(1)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert "in use by another program" in locked.value.english


def test_only_a_damaged_file_counts_as_damaged(tmp_path):
    from desktop_app.history import errors

    garbage = tmp_path / "garbage"
    garbage.write_bytes(b"not a database " * 100)
    with pytest.raises(sqlite3.DatabaseError) as caught:
        sqlite3.connect(garbage).execute("SELECT * FROM sqlite_master")
    assert errors.is_damaged(caught.value) and not errors.is_busy(caught.value)
    locked = sqlite3.OperationalError("database is locked")  # the words alone, with no SQLite code, prove nothing
    assert not errors.is_busy(locked) and not errors.is_damaged(locked)


def test_an_offers_options_acceptance_and_approval_are_kept(tmp_path):
    history = History.in_folder(tmp_path)
    try:
        saved = history.add(replace(record(), options=("basic", "standard"), approval="pending"))
        again = history.get(saved.id)
        assert (again.options, again.offered, again.standing_plan, again.approval) == (
            ("basic", "standard"),
            ("basic", "standard"),
            "basic",
            "pending",
        )
        accepted = history.set_status(history.set_approval(again, "approved"), "accepted", "standard")
        again = history.get(saved.id)
        assert (again.status, again.accepted_plan, again.standing_plan, again.approval) == (
            "accepted",
            "standard",
            "standard",
            "approved",
        )
        assert accepted.accepted_plan == "standard"
        history.set_status(again, "declined", "standard")  # only an accepted offer keeps an option
        assert history.get(saved.id).accepted_plan is None
    finally:
        history.close()
