"""Hostile input through the real command (issue 25): a published price list built to break every rep's
export, characters that drive a terminal or make a name read as something else, digits of other scripts."""

import json
import sqlite3

import pytest

from desktop_app import paths
from desktop_app.core.catalog import MAX_LINE
from tests.shared import export, lines, run

BUILT_IN = paths.builtin_catalog().read_text(encoding="utf-8")


@pytest.fixture
def data(tmp_path):
    folder = tmp_path / "data"
    folder.mkdir()
    return folder


def hostile(tmp_path, original, changed):
    assert original in BUILT_IN
    path = tmp_path / "hostile.toml"
    path.write_text(BUILT_IN.replace(original, changed, 1), encoding="utf-8")
    return path


LONG_NAME = " ".join(["Безлимитный"] * 170)  # about 2 000 characters in several words: a PDF cell cannot hold it


@pytest.mark.parametrize(
    ("original", "changed", "said"),
    [
        ("monthly_fee = 490", "monthly_fee = " + "9" * 5000, "a number with too many digits"),
        ("user_number_channels = 3", "user_number_channels = " + "1" * 4301, "a number with too many digits"),
        ("vat_rate = 0.20", "vat_rate = nan", "vat_rate: must be a number from 0 up to"),
        ("surcharge_rate = 0.012", "surcharge_rate = -nan", "surcharge_rate: must be a number from 0 up to"),
        ("vat_rate = 0.20", "vat_rate = inf", "vat_rate: must be a number from 0 up to"),
        ('name = "Микро"', f'name = "{LONG_NAME}"', f"must be at most {MAX_LINE} characters"),
        ('title = "Тарифы', f'title = "{"Т" * (MAX_LINE + 1)}', f"must be at most {MAX_LINE} characters"),
    ],
    ids=["5000 digits", "4301 digits", "nan", "-nan", "inf", "long name", "long title"],
)
@pytest.mark.parametrize("command", ["quote", "export"])
def test_a_hostile_price_list_is_invalid_input_with_a_message(data, tmp_path, original, changed, said, command):
    catalog = hostile(tmp_path, original, changed)
    out = tmp_path / "q.pdf"
    if command == "quote":
        done = run(data, "quote", "--catalog", str(catalog), "--format", "json")
    else:
        done = export(data, out, "--catalog", str(catalog))
    stderr = done.stderr.decode("utf-8")
    assert done.returncode == 2 and "Traceback" not in stderr
    assert all(line.startswith("catalog: ") for line in lines(done)) and said in stderr
    assert not out.exists()


def test_a_name_at_the_limit_still_makes_a_pdf(data, tmp_path):
    """The stated limit is one the documents hold: every plan named with MAX_LINE characters in words."""
    name = ("Облачная АТС для бизнеса " * 10)[:MAX_LINE].strip()
    text = BUILT_IN
    for plan in ("Микро", "Минимальный", "Базовый", "Стандартный", "Профессиональный"):
        text = text.replace(f'name = "{plan}"', f'name = "{name[: MAX_LINE - len(plan)]}{plan}"', 1)
    catalog = tmp_path / "long.toml"
    catalog.write_text(text, encoding="utf-8")
    out = tmp_path / "q.pdf"
    done = export(data, out, "--catalog", str(catalog), "--out", str(tmp_path / "q.xlsx"))
    assert done.returncode == 0, done.stderr
    assert out.read_bytes().startswith(b"%PDF")


# -- characters ------------------------------------------------------------------------------------
UNSAFE = ["\u202e", "\u202a", "\u202d", "\u2066", "\u2069", "\u2028", "\u2029", "\u0085", "\u007f", "\u009b"]


@pytest.mark.parametrize("char", UNSAFE, ids=[f"U+{ord(c):04X}" for c in UNSAFE])
@pytest.mark.parametrize("option", ["--client", "--contact"])
def test_direction_overrides_and_separators_are_refused_in_names(data, tmp_path, char, option):
    out = tmp_path / "q.xlsx"
    done = export(data, out, option, f"ООО «Ромашка{char}»")
    assert done.returncode == 2 and not out.exists()
    [line] = lines(done)
    assert line.startswith(f"{option[2:]}: ") and f"U+{ord(char):04X}" in line


def test_history_as_a_table_shows_control_characters_from_the_database_as_escapes(data, tmp_path):
    """A synced or hand-edited row holds ESC, BEL, a newline and a right-to-left override: none reaches the
    terminal as itself."""
    assert export(data, tmp_path / "q.xlsx", "--client", "ООО Ромашка").returncode == 0
    with sqlite3.connect(data / "quotes.sqlite3") as db:
        db.execute("UPDATE quotes SET client_name = ?", ("\x1b[2J\x1b]0;owned\x07Evil\nCorp\u202e",))
    done = run(data, "history", "--format", "table")
    assert done.returncode == 0, done.stderr
    shown = done.stdout.decode("utf-8")
    assert not any(c in shown for c in "\x1b\x07\u202e") and shown.count("\n") == 2  # the head and one row
    assert "\\x1b[2J\\x1b]0;owned\\x07Evil\\nCorp\\u202e" in shown


@pytest.mark.parametrize("digits", ["٥", "５", "߅", "१२", "𝟓"])
@pytest.mark.parametrize("option", ["--employees", "--numbers"])
def test_integers_on_the_command_line_are_ascii_digits_as_in_json(data, digits, option):
    done = run(data, "quote", option, digits, "--format", "json")
    assert (done.returncode == 2 and done.stdout in (b"", b"\n")) or json.loads(done.stdout).get("errors")
    assert done.returncode == 2
    [line] = lines(done)
    assert line.startswith(f"{option[2:].replace('-', '_')}: ")
