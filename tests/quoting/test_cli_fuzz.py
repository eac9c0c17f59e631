"""The command line's reading path, fuzzed: whatever arrives, the answer is a price or a clear refusal
(exit 0 or 2, `field: message` lines), never a traceback."""

import io
import json
import sys

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from desktop_app import cli
from desktop_app.core import FIELDS
from desktop_app.core.errors import UserError
from desktop_app.core.safetext import bad_character, escape
from desktop_app.history import Client
from desktop_app.quoting.checks import check_client

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=10), children, max_size=4),
    max_leaves=20,
)
requirement_objects = st.dictionaries(st.sampled_from([*FIELDS, "employes", ""]), json_values, max_size=6)
raw_inputs = st.one_of(
    requirement_objects.map(json.dumps),
    json_values.map(json.dumps),
    st.text(max_size=200),
    st.sampled_from(["[" * 30, '{"employees": 1e99999}', '{"storage_gb": -0.0}', "\ufeff{}", '{"a": 1, "a": 2}']),
)
option_values = st.one_of(
    st.text(max_size=30),
    st.integers().map(str),
    st.sampled_from(["1e-30000000", "1" * 5000, "NaN", "-0", "0x10", " 7 ", "6.01", "1_000"]),
)


def quote(argv, stdin_text):
    args = cli.parse(["quote", "--format", "json", *argv])
    if isinstance(args, int):
        return args
    try:
        cli.read_requirements(args, cli.load_catalog_arg(None), io.BytesIO(stdin_text.encode("utf-8", "surrogatepass")))
    except cli.UserError as exc:
        assert exc.kind == 2 and all(m.field is not None and m.english for m in exc.messages)
        assert all("\n" not in escape(m.english) for m in exc.messages)
        return 2
    return 0


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(raw_inputs)
def test_any_json_text_is_priced_or_refused(text):
    assert quote(["-"], text) in (0, 2)


@settings(max_examples=300, deadline=None)
@given(st.sampled_from([f for f in FIELDS if f != "crm"]), option_values)
def test_any_option_value_is_priced_or_refused(field, value):
    option = "--" + field.replace("_", "-")
    flags = {"smart_forwarding", "sip_pbx", "recording"}
    argv = [option] if field in flags else [f"{option}={value}"]
    assert quote(argv, "") in (0, 2)


OPTIONS = [
    *("--" + f.replace("_", "-") for f in FIELDS),
    *("--no-" + f.replace("_", "-") for f in ("smart_forwarding", "sip_pbx", "recording")),
    "--current-cost",
    "--crm",
    "--format",
    "--catalog",
    "--employes",
    "-",
    "--",
]
command_lines = st.lists(
    st.one_of(st.sampled_from(OPTIONS), option_values, st.sampled_from(["json", "table"])), max_size=8
)


def whole_quote_command(argv, stdin_text):
    """`quote ARGV` in this process, priced and printed: the exit code and what went to stdout and stderr."""
    stdin = io.TextIOWrapper(io.BytesIO(stdin_text.encode("utf-8", "surrogatepass")), encoding="utf-8")
    out, err = io.StringIO(), io.StringIO()
    saved = sys.stdin, sys.stdout, sys.stderr
    sys.stdin, sys.stdout, sys.stderr = stdin, out, err
    try:
        args = cli.parse(["quote", *argv])
        code = args if isinstance(args, int) else cli.run(args)
    except SystemExit as exc:  # argparse's own usage errors (an option without its value)
        code = exc.code
    finally:
        sys.stdin, sys.stdout, sys.stderr = saved
    return code, out.getvalue(), err.getvalue()


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(command_lines, raw_inputs)
@example(["\x00"], "{}")  # a file name with a NUL: os.stat raised ValueError
@example(["--catalog", "\x00"], "")
def test_any_quote_command_line_is_priced_or_refused(argv, stdin_text):
    """The whole command, pricing and printing included: exit 0 with a price, or exit 2 with one `field:
    message` line per problem; never a traceback, never exit 1 (nothing here is I/O but --catalog)."""
    code, out, err = whole_quote_command(argv, stdin_text)
    assert code in (0, 2), (code, err)
    if code == 0 and "table" not in argv:
        assert "plans" in json.loads(out)
    if code == 2:
        assert err.strip() and "Traceback" not in err


client_text = st.one_of(
    st.text(max_size=40), st.sampled_from(["7707083893", "500100732259", "a@b.ru", "x@y", "\ud800"])
)


@settings(max_examples=300, deadline=None)
@given(client_text, client_text, client_text, client_text)
def test_any_client_is_accepted_or_refused_naming_its_field(name, inn, contact, email):
    """What the rep types about the client: accepted as one-line text a document can hold, or refused
    (invalid input) naming client, inn, contact or email; never an exception of another kind."""
    try:
        client = check_client(Client(name, inn, contact, email))
    except UserError as exc:
        assert exc.kind == 2 and {m.field for m in exc.messages} <= {"client", "inn", "contact", "email"}
        return
    for text in (client.name, client.inn, client.contact, client.email):
        assert bad_character(text) is None
