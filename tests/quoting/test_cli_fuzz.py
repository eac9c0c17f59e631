"""The command line's reading path, fuzzed: whatever arrives, the answer is a price or a clear refusal
(exit 0 or 2, `field: message` lines), never a traceback."""

import io
import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_app import cli
from desktop_app.core import FIELDS

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
        assert all("\n" not in cli.escape(m.english) for m in exc.messages)
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
