"""The dashboard benchmark runs end to end in a throwaway folder and rewrites only its section."""

import hashlib
import json
import tempfile
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import call_command
from django.core.management.base import CommandError

from bench import dashboard
from bench.common import markers

OTHER_SECTIONS = "# Search benchmark\n\nThe search figures.\n\n## 50,000 ideas\n\n| a | b |\n"


def fingerprint(path):
    path = Path(path)
    if not path.exists():
        return None
    return path.stat().st_mtime_ns, hashlib.sha256(path.read_bytes()).hexdigest()


def test_worker_refuses_a_database_outside_its_folder(tmp_path):
    with pytest.raises(CommandError, match="Refusing"):
        call_command("bench_dashboard", worker="prepare", workdir=str(tmp_path), size=30)
    with pytest.raises(CommandError, match="Refusing"):
        call_command("bench_dashboard", worker="measure", workdir=str(tmp_path), size=30)


def test_bad_arguments_are_refused():
    with pytest.raises(CommandError):
        call_command("bench_dashboard", sizes="10")
    with pytest.raises(CommandError):
        call_command("bench_dashboard", sizes="many")
    with pytest.raises(CommandError):
        call_command("bench_dashboard", sizes="30", requests=0)


def test_command_runs_end_to_end_in_a_throwaway_folder(tmp_path, monkeypatch):
    developer_db = Path(settings.BASE_DIR) / "db.sqlite3"
    before = fingerprint(developer_db)
    work = tmp_path / "work"
    work.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(work))
    output, raw = tmp_path / "benchmarks.md", tmp_path / "bench.json"
    output.write_text(OTHER_SECTIONS)
    call_command(
        "bench_dashboard", sizes="30", requests=2, proposals=3, output=str(output), json=str(raw)
    )
    (size,) = json.loads(raw.read_text())["sizes"]
    measured = size["measure"]
    assert size["size"] == 30
    # The child's database was the throwaway one, and it is gone with its folder.
    assert Path(measured["database"]).parent.parent == work
    assert list(work.iterdir()) == []
    assert fingerprint(developer_db) == before
    # The leader sees the three proposals; every page was timed and its queries counted.
    assert measured["pending"] == 3
    for name in dashboard.PAGES:
        page = measured["pages"][name]
        assert page["n"] == 2
        assert page["queries"] > 0
        assert page["p50"] <= page["p95"] <= page["max"]
    assert set(measured["sections"]) == set(dashboard.SECTIONS)
    corpus = size["prepare"]["corpus"]
    assert corpus["live"] > 0
    assert 0 < corpus["stale"] < corpus["live"]
    text = output.read_text()
    assert text.startswith(OTHER_SECTIONS)
    start, end = markers("bench_dashboard")
    assert text.count(start) == text.count(end) == 1
    assert "## Leaders' dashboard" in text
    assert "| 30 | Dasbor Pimpinan (/admin/dasbor-pimpinan/) |" in text
    assert "not measured at 50,000 ideas" in text


def test_each_synthetic_status_history_runs_forward_to_the_idea_s_status():
    """The editor reads the latest change as the current status: a history out of order would
    make every unchanged save of such an idea ask why its status changed."""
    from bench.search.corpus import Corpus

    corpus = Corpus(300, seed=2019)
    for meta in corpus.metas:
        if not meta.live:
            continue
        changes = dashboard.status_history(meta, meta.n + 1, "", "")
        dates = [change.changed_at for change in changes]
        assert dates == sorted(dates) and len(set(dates)) == len(dates), meta.n
        assert changes[-1].status == meta.status, meta.n
