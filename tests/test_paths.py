"""The user's data folder: the one platformdirs names, found on Linux without importing it (it costs `quote` a
fifth of its start-up)."""

import json
import os
import subprocess
import sys

import platformdirs
import pytest

from desktop_app import paths

linux_only = pytest.mark.skipif(sys.platform != "linux", reason="the fast path is for Linux")


@linux_only
@pytest.mark.parametrize(
    ("home", "xdg"),
    [
        ("/home/ivanova", None),
        ("/home/ivanova/", None),
        ("/home/ivanova", ""),
        ("/home/ivanova", "/data/xdg"),
        ("/home/ivanova", "/data/xdg/"),
        ("/", None),
        ("/home/ivanova", "relative/xdg"),  # not the plain case: platformdirs decides
        ("/home/ivanova", " /data/xdg"),
        ("relative-home", None),
        (None, "/data/xdg"),
    ],
)
def test_the_data_folder_is_the_one_platformdirs_names(monkeypatch, home, xdg):
    monkeypatch.delenv(paths.DATA_DIR_ENV, raising=False)
    for name, value in (("HOME", home), ("XDG_DATA_HOME", xdg)):
        if value is None:
            monkeypatch.delenv(name, raising=False)
        else:
            monkeypatch.setenv(name, value)
    expected = platformdirs.user_data_dir(paths.APP_NAME, appauthor=False)
    assert str(paths.data_dir(create=False)) == str(expected)


@linux_only
def test_quote_with_the_users_data_folder_imports_no_platformdirs(tmp_path):
    """`quote` finds the user's data folder (a list kept there is in force) without platformdirs' imports."""
    env = {k: v for k, v in os.environ.items() if k not in (paths.DATA_DIR_ENV, "XDG_DATA_HOME")}
    env["HOME"] = str(tmp_path)
    kept = tmp_path / ".local" / "share" / paths.APP_NAME / "catalogs" / "kept"
    kept.mkdir(parents=True)
    (kept / "000001_broken.toml").write_text("not = [a price list", encoding="utf-8")
    probe = (
        "import sys, runpy\n"
        "sys.argv = ['desktop_app', 'quote', '--format', 'json', '--employees', '12', '--numbers', '3']\n"
        "try:\n"
        "    runpy.run_module('desktop_app', run_name='__main__')\n"
        "except SystemExit:\n"
        "    pass\n"
        "print([m for m in ('platformdirs', 'tempfile', 'shutil') if m in sys.modules], file=sys.stderr)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, cwd=tmp_path, env=env, timeout=60
    )
    assert json.loads(done.stdout)["recommended"] == "basic"
    lines = done.stderr.splitlines()
    assert lines[-1] == "[]"
    assert any("000001_broken.toml skipped" in line for line in lines)  # the user's folder was the one read
