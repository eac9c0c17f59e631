"""What a laptop keeps of the team (desktop_app.team.cache): its own rep's quotes and the team's quotes listed on
it lately, never the whole team; sync pulls those rows' changes and nothing else; with the server away,
`history --team` and the team window search that copy and say so. On a real PostgreSQL cluster."""

from __future__ import annotations

import datetime

from desktop_app.history import History
from desktop_app.team import cache
from desktop_app.team.cache import TeamFilter, team_quotes
from tests.team.helpers import app, ok, priced_plan, save_quotes, set_status

TODAY = datetime.date.today()
AWAY = "searched the team's quotes this laptop keeps (its own and the 2000 listed last)"


def kept(laptop) -> dict[str, str]:
    """The team's quotes the laptop keeps: number → status."""
    history = History.in_folder(laptop)
    try:
        return {q.full_number: q.status for q in team_quotes(history)}
    finally:
        history.close()


def team_history(laptop, *args):
    return app(laptop, "history", "--team", "--format", "json", *args)


def numbers(run) -> list[str]:
    return sorted(q["number"] for q in run.json()["quotes"])


def test_a_manager_keeps_what_was_listed_and_searches_it_when_the_server_is_away(team):
    iv = save_quotes(team.iv, 3, client="ООО Ромашка", status="sent")
    ps = save_quotes(team.ps, 2, client="ИП Петров", status="sent", employees=80)
    own = save_quotes(team.manager, 1, client="АО Своё", status="draft")
    for laptop in (team.iv, team.ps, team.manager):
        ok(laptop, "sync")
    assert kept(team.manager) == {own[0]: "draft"}  # its own; no other row of the team was pulled

    listed = team_history(team.manager, "--search", "ромашка")
    assert listed.code == 0 and listed.err == "" and numbers(listed) == iv
    assert kept(team.manager) == {own[0]: "draft", **dict.fromkeys(iv, "sent")}  # the rows listed, as listed

    # The sync pulls the changes of the rows kept (a status), never the rows no one listed here.
    set_status(team.iv, iv[0], "accepted")
    later = save_quotes(team.ps, 1, client="ИП Петров поздний")
    ok(team.iv, "sync")
    ok(team.ps, "sync")
    assert ok(team.manager, "sync").out == "pushed 0, pulled 1, price lists 0\n"
    assert kept(team.manager) == {own[0]: "draft", iv[0]: "accepted", iv[1]: "sent", iv[2]: "sent"}
    assert not set(ps + later) & set(kept(team.manager))

    team.server.cluster.stop()
    try:
        run = team_history(team.manager, "--search", "ромашка")
        assert run.code == 0 and numbers(run) == iv
        assert {q["number"]: q["status"] for q in run.json()["quotes"]}[iv[0]] == "accepted"
        assert run.err.startswith("history: cannot reach the team server") and run.err.count("\n") == 1
        assert run.err.rstrip().endswith(AWAY)
        run = team_history(team.manager, "--search", "петров")
        assert run.code == 0 and run.json()["quotes"] == [] and run.err.rstrip().endswith(AWAY)  # never listed
        assert numbers(team_history(team.manager)) == sorted(iv + own)
        assert numbers(team_history(team.manager, "--status", "accepted")) == [iv[0]]
        assert numbers(team_history(team.manager, "--rep", "РУ")) == own
        history = History.in_folder(team.manager)
        try:  # the window's other filters, on the same copy
            plan = priced_plan(12).plan.id
            assert sorted(q.number for q in team_quotes(history, TeamFilter(plan=plan))) == sorted(iv + own)
            assert team_quotes(history, TeamFilter(date_to=TODAY - datetime.timedelta(days=1))) == []
            assert len(team_quotes(history, TeamFilter(date_from=TODAY, date_to=TODAY))) == 4
        finally:
            history.close()
    finally:
        team.server.cluster.start()
    # Back online, the server answers again (everything it has), and the new rows listed are kept too.
    assert numbers(team_history(team.manager, "--search", "петров")) == sorted(ps + later)
    assert set(ps + later) <= set(kept(team.manager))


def test_the_copy_keeps_only_the_rows_listed_last_and_every_one_of_its_own(team, monkeypatch):
    monkeypatch.setattr(cache, "KEEP", 4)
    first = save_quotes(team.iv, 3, client="ООО Первая")
    second = save_quotes(team.ps, 3, client="ООО Вторая")
    own = save_quotes(team.manager, 6, client="АО Своё")
    for laptop in (team.iv, team.ps, team.manager):
        ok(laptop, "sync")
    ok(team.manager, "history", "--team", "--search", "первая")
    assert set(kept(team.manager)) == set(first + own)
    ok(team.manager, "history", "--team", "--search", "вторая")
    assert set(kept(team.manager)) - set(own) == {*second, first[-1]}  # four: the last listed, the newest before
    everything = ok(team.manager, "history", "--team", "--format", "json").json()["quotes"]
    assert len(everything) == 12  # every row listed; the newest KEEP of the team kept, with its own
    newest = [q["number"] for q in everything if q["rep"] != "РУ"][:4]
    assert set(kept(team.manager)) == set(newest + own)
    history = History.in_folder(team.manager)
    try:
        assert history.db.execute("SELECT count(*) FROM team_quotes").fetchone()[0] == 4 + len(own)
    finally:
        history.close()
