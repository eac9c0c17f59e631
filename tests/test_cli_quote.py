"""`python -m desktop_app quote` as a real process, exactly as interface.md says."""

import json
import subprocess
import sys
from decimal import Decimal

import pytest

from desktop_app.core import FIELDS


def run(tmp_path, *args, stdin="", cmd="quote"):
    return subprocess.run(
        [sys.executable, "-m", "desktop_app", cmd, *args],
        input=stdin,
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=tmp_path,
        timeout=60,
    )


def quote_json(tmp_path, *args, stdin=""):
    done = run(tmp_path, "--format", "json", *args, stdin=stdin)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout, parse_float=Decimal)


@pytest.mark.parametrize(
    ("requirements", "recommended", "totals"),
    [
        ({"employees": 12, "numbers": 3}, "basic", ["5490.00", "2540.00", "2190.00", "3490.00", "7990.00"]),
        ({"employees": 5, "numbers": 2}, "minimal", ["2390.00", "990.00", "1790.00", "3490.00", "7990.00"]),
        (
            {"employees": 30, "numbers": 4, "sip_pbx": True, "sip_lines": 8},
            "standard",
            ["14990.00", "8290.00", "7940.00", "6290.00", "8790.00"],
        ),
    ],
)
def test_worked_examples_from_standard_input(tmp_path, requirements, recommended, totals):
    out = quote_json(tmp_path, "-", stdin=json.dumps(requirements))
    assert out["recommended"] == recommended
    assert [p["monthly_total"] for p in out["plans"]] == totals


def test_json_document_shape(in_2025, tmp_path):
    out = quote_json(tmp_path, "--employees", "12", "--numbers", "3")
    assert out["catalog"] == {
        "id": "cloud-pbx-business",
        "version": "2026.1",
        "currency": "RUB",
        "vat_rate": "0.20",
        "surcharge_rate": "0.012",
    }
    assert list(out["requirements"]) == list(FIELDS)
    assert out["requirements"]["employees"] == 12 and out["requirements"]["crm"] == []
    micro = out["plans"][0]
    assert micro["lines"][0] == {
        "code": "monthly_fee",
        "label": "Абонентская плата за пакет",
        "quantity": 1,
        "unit_price": "490.00",
        "amount": "490.00",
        "unit_price_net": "408.33",
        "amount_net": "408.33",
    }
    assert (
        micro["monthly_total"],
        micro["monthly_net"],
        micro["monthly_vat"],
        micro["monthly_invoice"],
        micro["monthly_surcharge_estimate"],
    ) == ("5490.00", "4574.96", "914.99", "5489.95", "65.88")
    assert [p["id"] for p in out["plans"]] == ["micro", "minimal", "basic", "standard", "professional"]


def test_file_options_and_crm_replacement(tmp_path):
    (tmp_path / "req.json").write_text(
        json.dumps({"employees": 3, "crm": ["amocrm"], "recording": True, "storage_gb": 0}), encoding="utf-8"
    )
    out = quote_json(
        tmp_path, "req.json", "--employees", "7", "--crm", "yclients", "--crm", "bitrix24", "--no-recording"
    )
    assert out["requirements"]["employees"] == 7
    assert out["requirements"]["crm"] == ["bitrix24", "yclients"]
    assert out["requirements"]["recording"] is False
    assert [line["code"] for line in out["plans"][1]["lines"]] == [
        "monthly_fee",
        "extra_employees",
        "crm_bitrix24",
        "crm_yclients",
    ]


def test_storage_is_echoed_exactly_as_given(tmp_path):
    done = run(tmp_path, "--format", "json", "-", stdin='{"recording": true, "storage_gb": 1.50}')
    assert '"storage_gb": 1.50,' in done.stdout
    done = run(tmp_path, "--format", "json", "--recording", "--storage-gb", "6.01")
    assert '"storage_gb": 6.01,' in done.stdout
    assert json.loads(done.stdout)["plans"][0]["lines"][-1] == {
        "code": "extra_storage",
        "label": "Дополнительное хранилище записей, пакет 5 ГБ",
        "quantity": 2,
        "unit_price": "300.00",
        "amount": "600.00",
        "unit_price_net": "250.00",
        "amount_net": "500.00",
    }


def test_no_input_means_defaults(tmp_path):
    out = quote_json(tmp_path)  # standard input is empty, not a terminal
    assert out["requirements"]["employees"] == 0 and out["recommended"] == "micro"


@pytest.mark.parametrize(
    ("args", "stdin", "lines"),
    [
        (["--employees", "-1"], "", ["employees: must be a whole number ≥ 0, got -1"]),
        (["--employees", "five"], "", ['employees: must be a whole number ≥ 0, got "five"']),
        (["--storage-gb", "2"], "", ["storage_gb: needs recording: cloud storage is only for call recordings"]),
        (["--sip-lines", "6"], "", ["sip_lines: needs sip_pbx: the lines are to an external PBX"]),
        (
            ["--employees", "2", "--call-center-operators", "3"],
            "",
            ["call_center_operators: cannot exceed employees (2): operators are employees, got 3"],
        ),
        (["--crm", "amo"], "", ['crm: unknown connector "amo"; did you mean "amocrm"?']),
        (
            ["-"],
            '{"employes": 5, "numbers": "5", "recording": 1}',
            [
                'employes: unknown field; did you mean "employees"?',
                'numbers: must be a whole number ≥ 0, got "5"',
                "recording: must be true or false, got 1",
            ],
        ),
        (["-"], '{"employees": 5, "employees": 6}', ["employees: given more than once"]),
        (["--employes", "5"], "", ['employes: unknown option --employes; did you mean "--employees"?']),
        (["--employ", "5"], "", ['employ: unknown option --employ; did you mean "--employees"?']),
    ],
)
def test_invalid_requirements_exit_2_naming_the_field(tmp_path, args, stdin, lines):
    done = run(tmp_path, "--format", "table", *args, stdin=stdin)
    assert done.returncode == 2
    assert done.stdout == ""
    assert done.stderr.splitlines() == lines


def test_invalid_requirements_in_json_format_are_also_on_stdout(tmp_path):
    done = run(tmp_path, "--format", "json", "--employees", "-3", "--ivr-levels", "x")
    assert done.returncode == 2
    assert json.loads(done.stdout) == {
        "errors": [
            {"field": "employees", "message": "must be a whole number ≥ 0, got -3"},
            {"field": "ivr_levels", "message": 'must be a whole number ≥ 0, got "x"'},
        ]
    }


@pytest.mark.parametrize(
    ("setup", "needle"),
    [
        (None, 'requirements: cannot read "req.json": No such file or directory'),
        ("{employees: 5}", 'requirements: "req.json" is not valid JSON: Expecting property name'),
        ('{"employees": NaN}', 'requirements: "req.json" is not valid JSON: NaN is not a number JSON allows'),
        ('{"recording": true, "storage_gb": Infinity}', "Infinity is not a number JSON allows"),
        ("[1, 2]", "requirements: must be a JSON object, got [1, 2]"),
        ('{"employees": 5.0}', "employees: must be a whole number ≥ 0, got 5.0"),
    ],
)
def test_bad_requirements_files(tmp_path, setup, needle):
    if setup is not None:
        (tmp_path / "req.json").write_text(setup, encoding="utf-8")
    done = run(tmp_path, "--format", "table", "req.json")
    assert done.returncode == 2 and done.stdout == ""
    assert needle in done.stderr


def test_bad_catalog_names_file_key_and_line(tmp_path):
    path = tmp_path / "prices.toml"
    path.write_text('[catalog]\nid = "x"\n', encoding="utf-8")
    done = run(tmp_path, "--format", "table", "--catalog", str(path))
    assert done.returncode == 2
    assert f"catalog: {path}:1: catalog.version: missing" in done.stderr.splitlines()


def test_other_catalog(tmp_path):
    from tests.core.test_catalog import FIXTURES

    out = quote_json(tmp_path, "--catalog", str(FIXTURES / "cloud-pbx-vat22.toml"), "--employees", "1")
    assert out["catalog"]["vat_rate"] == "0.22"
    assert out["plans"][0]["monthly_net"] == "401.64"


def test_table_format(in_2025, tmp_path):
    done = run(tmp_path, "--format", "table", "--employees", "12", "--numbers", "3")
    assert done.returncode == 0
    assert "Базовый *" in done.stdout
    assert "Recommended (*): basic (Базовый), 2190.00 RUB a month" in done.stdout
    assert "monthly_invoice" in done.stdout and "5489.95" in done.stdout


def test_unavailable_reasons_in_russian(tmp_path):
    out = quote_json(tmp_path, "--ivr-levels", "3")
    assert out["recommended"] is None
    assert out["plans"][2]["available"] is False
    assert out["plans"][2]["unavailable_reasons"] == ["Голосовое меню: максимум уровней — 2, требуется 3."]


def test_help_lists_every_option(tmp_path):
    done = run(tmp_path, "--help")
    for option in (
        "--employees",
        "--numbers",
        "--channels",
        "--call-center-operators",
        "--sip-lines",
        "--storage-gb",
        "--conference-participants",
        "--ivr-levels",
        "--smart-forwarding",
        "--no-smart-forwarding",
        "--sip-pbx",
        "--no-sip-pbx",
        "--recording",
        "--no-recording",
        "--crm",
        "--catalog",
        "--format",
    ):
        assert option in done.stdout


def test_version(tmp_path):
    done = subprocess.run(
        [sys.executable, "-m", "desktop_app", "--version"], capture_output=True, text=True, cwd=tmp_path, timeout=60
    )
    assert done.returncode == 0
    assert done.stdout.startswith("desktop_app 0.1.0, price list cloud-pbx-business 2026.1")


def test_quote_never_imports_qt(tmp_path):
    """With PySide6 made unimportable, quote still answers (a machine with no Qt libraries)."""
    script = (
        "import sys, runpy; sys.modules['PySide6'] = None; sys.modules['shiboken6'] = None; "
        "sys.argv = ['desktop_app', 'quote', '--format', 'json', '--employees', '12', '--numbers', '3']; "
        "runpy.run_module('desktop_app', run_name='__main__')"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, encoding="utf-8", cwd=tmp_path, timeout=60
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["recommended"] == "basic"


def test_help_words_the_requirement_options_from_the_field_table():
    import subprocess
    import sys

    done = subprocess.run([sys.executable, "-m", "desktop_app", "quote", "--help"], capture_output=True, text=True)
    text = " ".join(done.stdout.split())
    assert "employees (users) on the PBX (default 0, at most 100000)" in text
    assert "cloud storage for recordings, GB" in text
