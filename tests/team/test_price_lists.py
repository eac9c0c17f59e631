"""Price lists published to the team, the list in effect on a date, the drift list, the managers' totals."""

from __future__ import annotations

import datetime
import re
from decimal import Decimal

from desktop_app import paths
from desktop_app.core import compare, load_catalog, parse_requirements
from desktop_app.history import History
from desktop_app.pricelists import catalog_for, received
from desktop_app.team import server
from desktop_app.team.catalogs import drift
from tests.team.helpers import app, ok, save_quotes, set_status

TODAY = datetime.date.today()


def new_price_list(folder, version="2026.2", effective=TODAY, basic_fee=1990):
    """The built-in list re-issued: another version and effective date, the basic plan dearer."""
    text = paths.builtin_catalog().read_text(encoding="utf-8")
    text = text.replace('version = "2026.1"', f'version = "{version}"\neffective_date = {effective.isoformat()}', 1)
    text = re.sub(r'(id = "basic"\n(?:.*\n)*?monthly_fee = )\d+', rf"\g<1>{basic_fee}", text, count=1)
    path = folder / f"price-{version}.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_a_published_list_reaches_every_rep_and_prices_from_its_effective_date(team, tmp_path):
    path = new_price_list(tmp_path, effective=TODAY + datetime.timedelta(days=10))
    run = ok(team.manager, "team", "publish-catalog", str(path))
    assert run.out == f"published: cloud-pbx-business 2026.2 (effective {TODAY + datetime.timedelta(days=10)})\n"
    assert ok(team.manager, "team", "publish-catalog", str(path)).out.startswith("already published:")

    assert catalog_for(team.iv, TODAY).version == "2026.1"  # nothing received yet: the built-in list
    assert ok(team.iv, "sync").out == "pushed 0, pulled 0, price lists 1\n"
    assert ok(team.iv, "sync").out == "pushed 0, pulled 0, price lists 0\n"
    (file,) = received(team.iv)
    assert file.read_text(encoding="utf-8") == path.read_text(encoding="utf-8")
    assert catalog_for(team.iv, TODAY).version == "2026.1"  # not in effect yet
    later = catalog_for(team.iv, TODAY + datetime.timedelta(days=10))
    assert later.version == "2026.2" and later.plan("basic").monthly_fee == Decimal("1990")
    assert catalog_for(team.ps, TODAY + datetime.timedelta(days=30)).version == "2026.1"  # ПС has not synced


def test_publishing_checks_the_file_as_loading_does(team, tmp_path):
    broken = new_price_list(tmp_path)
    broken.write_text(broken.read_text(encoding="utf-8").replace("vat_rate = 0.20", 'vat_rate = "twenty"'))
    run = app(team.manager, "team", "publish-catalog", str(broken))
    assert run.code == 2 and run.out == "" and run.err.startswith("catalog: ") and "vat_rate" in run.err
    run = app(team.manager, "team", "publish-catalog", str(tmp_path / "missing.toml"))
    assert run.code == 2 and "cannot read the price list" in run.err
    with team.server.superuser() as conn:
        assert conn.execute("SELECT count(*) FROM pbx_team.catalogs").fetchone() == (0,)
    # The same version again with other prices is refused: a published list never changes.
    ok(team.manager, "team", "publish-catalog", str(new_price_list(tmp_path)))
    dearer = tmp_path / "dearer"
    dearer.mkdir()
    run = app(team.manager, "team", "publish-catalog", str(new_price_list(dearer, basic_fee=2990)))
    assert run.code == 2 and "already published with other content" in run.err


def test_the_drift_list_shows_open_quotes_the_new_list_prices_differently(team, tmp_path):
    catalog = load_catalog(paths.builtin_catalog())
    basic = save_quotes(team.iv, 2, client="ООО Базовый", employees=12)  # the basic plan (the test checks)
    bigger = save_quotes(team.iv, 1, client="ООО Большой", employees=80)
    set_status(team.iv, basic[1], "accepted")  # closed: no longer in the list
    history = History.in_folder(team.iv)
    assert {history.search(n)[0].plan_id for n in basic} == {"basic"}
    assert history.search(bigger[0])[0].plan_id != "basic"
    history.close()

    ok(team.manager, "team", "publish-catalog", str(new_price_list(tmp_path, basic_fee=1990)))
    ok(team.iv, "sync")
    new = catalog_for(team.iv, TODAY)
    history = History.in_folder(team.iv)
    try:
        found = drift(history, new)
    finally:
        history.close()
    old_total = compare(catalog, parse_requirements({"employees": 12, "numbers": 3}, catalog)).quote("basic")
    new_total = compare(new, parse_requirements({"employees": 12, "numbers": 3}, new)).quote("basic")
    assert new_total.monthly_total == old_total.monthly_total + 200
    assert [(d.number, d.old_total, d.new_total) for d in found] == [
        (basic[0], old_total.monthly_total, new_total.monthly_total)
    ]
    text = ok(team.iv, "team", "drift").out
    assert basic[0] in text and f"{old_total.monthly_total:.2f}" in text and f"{new_total.monthly_total:.2f}" in text
    assert bigger[0] not in text and basic[1] not in text


def test_managers_monthly_totals_per_rep(team):
    iv = save_quotes(team.iv, 3, status="sent")
    set_status(team.iv, iv[0], "accepted")
    set_status(team.iv, iv[1], "declined")
    save_quotes(team.ps, 2, status="draft")
    save_quotes(team.ps, 1, status="sent")
    for laptop in (team.iv, team.ps):
        ok(laptop, "sync")
    catalog = load_catalog(paths.builtin_catalog())
    invoice = compare(catalog, parse_requirements({"employees": 12, "numbers": 3}, catalog)).recommended.monthly_invoice
    month = TODAY.replace(day=1)
    since, until = month, TODAY + datetime.timedelta(days=1)
    with server.connect(team.server.dsn()) as conn:
        totals = server.monthly_totals(conn, since, until)
    assert [(t.rep, t.month, t.sent, t.accepted, t.monthly_invoice) for t in totals] == [
        ("ИВ", month, 1, 1, invoice * 2),
        ("ПС", month, 1, 0, invoice),
    ]
    with server.connect(team.dsn["ПС"]) as conn:  # a rep: their own line only
        assert [t.rep for t in server.monthly_totals(conn, since, until)] == ["ПС"]
    table = ok(team.manager, "team", "totals").out.splitlines()
    assert table[1].split() == ["ИВ", f"{month:%Y-%m}", "1", "1", f"{invoice * 2:.2f}"]


def test_the_team_search_finds_everyones_quotes_for_a_manager_and_a_reps_own_for_a_rep(team):
    save_quotes(team.iv, 2, client="ООО Ромашка")
    save_quotes(team.ps, 1, client="ООО Ромашка-Юг")
    for laptop in (team.iv, team.ps):
        ok(laptop, "sync")
    printed = ok(team.manager, "team", "add-rep", "--rep", "ЗМ", "--name", "Заместитель", "--manager").json()
    team.server.add_password(printed["dsn"], printed["password"])

    def numbers(conn, text="", **filters):
        return sorted(r[2] for r in server.find_quotes(conn, text, **filters).rows)

    with server.connect(printed["dsn"]) as conn:
        assert numbers(conn, "ромашка") == ["КП-2026-ИВ-0001", "КП-2026-ИВ-0002", "КП-2026-ПС-0001"]
        assert numbers(conn, "ИВ-0002") == ["КП-2026-ИВ-0002"]
        assert numbers(conn, "ромашка", rep="ПС") == ["КП-2026-ПС-0001"]  # a manager chooses a rep
        assert len(server.find_quotes(conn, "7707083893", limit=1).rows) == 1
        assert numbers(conn, "100%") == []  # the pattern is taken literally
    with server.connect(team.dsn["ИВ"]) as conn:  # a rep: their own, whatever they ask for
        assert numbers(conn, "ромашка") == ["КП-2026-ИВ-0001", "КП-2026-ИВ-0002"]
        assert numbers(conn, "ромашка", rep="ПС") == ["КП-2026-ИВ-0001", "КП-2026-ИВ-0002"]


def test_the_team_search_pages_through_the_server_newest_first(team):
    save_quotes(team.iv, 7, client="ООО Страницы")
    ok(team.iv, "sync")
    with server.connect(team.dsn["РУ"]) as conn:
        seen, after = [], None
        for expected in (3, 3, 1):
            page = server.find_quotes(conn, "страниц", after=after, limit=3)
            assert len(page.rows) == expected
            seen += page.rows
            after = page.after
        assert after is None
        assert len({r[0] for r in seen}) == 7
        keys = [(r[4], r[1], r[2], r[3]) for r in seen]
        assert keys == sorted(keys, reverse=True)
        assert len(server.find_quotes(conn, limit=50).rows) == 7  # no search text: the newest


def test_a_search_past_the_newest_rows_asks_the_trigram_indexes(team):
    """More quotes than find_quotes reads in order (schema.SEARCH_WINDOW): a rare term, an old quote, and a term
    common in the team but absent from a rep's own quotes, each found (or not) through the indexes."""
    from desktop_app.team.schema import SEARCH_WINDOW

    with team.server.superuser() as conn:
        conn.execute(
            """INSERT INTO pbx_team.quotes (uuid, rep, number, revision, created_at, valid_until, client_name,
               client_inn, client_contact, plan_id, catalog_id, catalog_version, monthly_total, monthly_invoice,
               search_text)
               SELECT gen_random_uuid(), CASE WHEN i %% 2 = 0 THEN 'ИВ' ELSE 'ПС' END,
                      format('КП-2026-%%s-%%s', CASE WHEN i %% 2 = 0 THEN 'ИВ' ELSE 'ПС' END, lpad(i::text, 5, '0')), 1,
                      now() - i * interval '1 minute', current_date, c, '', '', 'basic', 'c', '1', 1, 1,
                      lower(c || ' ' || CASE WHEN i %% 2 = 0 THEN 'ооо' ELSE 'ип-петров' END)
                 FROM generate_series(1, %s) i, LATERAL (SELECT 'Клиент ' || i AS c) named""",
            (3 * SEARCH_WINDOW,),
        )
        conn.execute("ANALYZE pbx_team.quotes")
    oldest = f"клиент {3 * SEARCH_WINDOW - 2} "  # ИВ's oldest quote: far past the newest rows
    with server.connect(team.dsn["ИВ"]) as conn:
        assert [r[6] for r in server.find_quotes(conn, oldest.strip()).rows] == [oldest.strip().replace("к", "К", 1)]
        assert server.find_quotes(conn, "ип-петров").rows == []  # ПС's term: none of ИВ's
        page = server.find_quotes(conn, "клиент")
        assert len(page.rows) == 50 and {r[1] for r in page.rows} == {"ИВ"}
    with server.connect(team.dsn["РУ"]) as conn:
        assert server.find_quotes(conn, "ип-петров", rep="ИВ").rows == []
        assert len(server.find_quotes(conn, "ип-петров", rep="ПС").rows) == 50
