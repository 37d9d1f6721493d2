"""``manage.py bench_load``: the load test runs end to end (real gunicorn, a real index on disk,
virtual users over HTTP, the lost-update checks) and says clearly when a requirement fails."""

import json
import socket
import tempfile

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from bench.common import markers
from bench.load import report
from bench.load.browser import FormReader

OTHER_SECTIONS = "# Search benchmark\n\nThe search figures.\n"


def test_a_small_run_meets_every_requirement_and_leaves_nothing_behind(tmp_path, monkeypatch):
    work = tmp_path / "work"
    work.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(work))
    output, raw = tmp_path / "benchmarks.md", tmp_path / "load.json"
    output.write_text(OTHER_SECTIONS)
    call_command(
        "bench_load",
        database="sqlite",
        size=300,
        users=4,
        duration=6,
        workers=2,
        output=str(output),
        json=str(raw),
    )
    (result,) = json.loads(raw.read_text())["databases"]
    assert result["vendor"] == "SQLite"
    assert result["failures"] == []
    requests = result["requests"]
    assert requests["all"]["server_errors"] == 0
    assert requests["all"]["fallbacks"] == result["log"]["fallbacks"] == 0
    # Every kind of visitor was there, and leaders' edits reached the index.
    for kind in ("search", "autocomplete", "idea", "sign_in", "edit_form", "publish"):
        assert requests[kind]["n"] > 0, kind
    assert result["edits"]["markers"] >= 1
    assert result["index"]["found"] >= 1
    assert result["index"]["lost"] == result["index"]["stale"] == []
    assert result["site"]["ideas"] >= 1 and result["site"]["problems"] == []
    row = requests["all"]
    assert row["p50"] <= row["p95"] <= row["p99"] <= row["max"]
    # The throwaway folder went with the run; the report kept the other sections.
    assert list(work.iterdir()) == []
    text = output.read_text()
    assert text.startswith(OTHER_SECTIONS)
    start, end = markers("bench_load")
    assert text.count(start) == text.count(end) == 1
    assert "### SQLite: all requirements met" in text


def test_an_unreachable_postgresql_is_named_before_anything_runs(tmp_path):
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]  # nothing listens there once the socket is closed
    with pytest.raises(CommandError, match=f"PostgreSQL at 127.0.0.1:{port} is unreachable"):
        call_command(
            "bench_load",
            database="postgres",
            postgres_url=f"postgres://postgres@127.0.0.1:{port}/postgres",
            output=str(tmp_path / "benchmarks.md"),
        )
    assert not (tmp_path / "benchmarks.md").exists()


def test_the_child_steps_refuse_a_database_outside_their_folder(tmp_path):
    for step in ("prepare", "verify"):
        with pytest.raises(CommandError, match="Refusing"):
            call_command("bench_load", worker=step, workdir=str(tmp_path), size=50)


def test_bad_arguments_are_refused():
    for arguments in ({"users": 0}, {"duration": 0}, {"workers": 0}, {"size": 10}):
        with pytest.raises(CommandError):
            call_command("bench_load", database="sqlite", **arguments)


def _result(**changes):
    result = {
        "requests": {"all": {"server_errors": 0, "fallbacks": 0, "unexpected": 0}},
        "log": {"fallbacks": 0, "tracebacks": 0, "index_write_failures": 0},
        "index": {"found": 3, "lost": [], "stale": []},
        "site": {"problems": []},
        "problems": [],
    }
    for path, value in changes.items():
        section, key = path.split("__")
        (result[section]["all"] if section == "requests" else result[section])[key] = value
    return result


def test_each_missed_requirement_is_named():
    assert report.verdict(_result()) == []
    cases = {
        "requests__server_errors": (2, "2 server errors"),
        "log__fallbacks": (1, "1 fallbacks to the database"),
        "index__stale": ([{"idea": "7", "why": "x still found"}], "1 lost index updates"),
        "site__problems": (["idea 7: /ide/x/ answered 200"], "1 lost index updates"),
        "index__found": (0, "no edit was published"),
        "log__tracebacks": (1, "1 other failures"),
    }
    for path, (value, expected) in cases.items():
        failures = report.verdict(_result(**{path: value}))
        assert len(failures) == 1 and failures[0].startswith(expected), (path, failures)


EDITOR = """
<form method="post" action="/elsewhere/"><input name="other" value="x"></form>
<form id="page-edit-form" action="/admin/pages/7/edit/" method="POST">
  <input type="hidden" name="csrfmiddlewaretoken" value="tok">
  <input type="text" name="title" value="Antrean &amp; layanan">
  <textarea name="summary">
Ringkasan lama.</textarea>
  <select name="stage"><option value="amati">Amati</option><option value="tiru" selected>Tiru
  </option></select>
  <select name="status"><option value="diusulkan">Diusulkan</option></select>
  <select name="tags" multiple><option value="a">a</option></select>
  <input type="checkbox" name="dimensions" value="1">
  <input type="checkbox" name="dimensions" value="2" checked>
  <input type="text" name="locked" value="no" disabled>
  <input type="hidden" name="items-TOTAL_FORMS" value="0">
  <template><input type="text" name="items-__prefix__-name"></template>
  <div id="body" data-block data-w-block-arguments-value='[[{"type": "paragraph",
   "value": "{\\"blocks\\": []}", "id": "u1"}], {}]'></div>
  <button type="submit" name="action-publish" value="action-publish">Terbitkan</button>
</form>
"""


def test_the_editor_form_is_filled_in_as_a_browser_submits_it():
    form = FormReader.read(EDITOR, "/admin/pages/7/edit/")
    assert form.action == "/admin/pages/7/edit/"
    assert form.fields == [
        ("csrfmiddlewaretoken", "tok"),
        ("title", "Antrean & layanan"),
        ("summary", "Ringkasan lama."),
        ("stage", "tiru"),
        ("status", "diusulkan"),
        ("dimensions", "2"),
        ("items-TOTAL_FORMS", "0"),
        ("body-count", "1"),
        ("body-0-deleted", ""),
        ("body-0-order", "0"),
        ("body-0-type", "paragraph"),
        ("body-0-id", "u1"),
        ("body-0-value", '{"blocks": []}'),
    ]
    assert form.replace("summary", "Baru.") == "Ringkasan lama."
    assert ("summary", "Baru.") in form.fields
