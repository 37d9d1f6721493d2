"""The figures of a load run, the verdict on issue 9's requirements, and their markdown."""

from collections import defaultdict
from importlib import metadata

from bench.search.metrics import percentile
from bench.search.report import machine as search_machine
from bench.search.report import ms, number

from . import traffic

KINDS = {
    "search": "search page (`/search/?q=`)",
    "search_facet": "search page, a facet value clicked",
    "autocomplete": "autocomplete (`/search/autocomplete/`), per keystroke sent",
    "idea": "idea page",
    "sign_in": "leader signs in (`/admin/login/`, form and post)",
    "edit_form": "editor opened (`/admin/pages/<id>/edit/`)",
    "publish": "edit published (POST `action-publish`)",
    "after_publish": "page list shown after publishing",
    "unpublish_form": "unpublish confirmation (`/admin/pages/<id>/unpublish/`)",
    "unpublish": "unpublished (POST)",
}
COMMAND = (
    ".venv/bin/python manage.py bench_load --database both --size {size} --users {users} "
    "--duration {duration} --workers {workers}"
)


def machine():
    info = search_machine()
    try:
        info["packages"]["gunicorn"] = metadata.version("gunicorn")
    except metadata.PackageNotFoundError:
        info["packages"]["gunicorn"] = "not installed"
    return info


def edits(journal):
    entries = journal.values()
    return {
        "ideas": len(journal),
        "markers": sum(len(e["markers"]) for e in entries),
        "unpublished": sum(1 for e in entries if e["unpublished"]),
        "uncertain": sum(1 for e in entries if e["uncertain"]),
    }


def summarise(records, elapsed_s):
    """Per kind of request, and overall: count, rate, percentiles, what went wrong."""
    by_kind = defaultdict(list)
    for record in records:
        by_kind[record.kind].append(record)
    by_kind = {kind: by_kind[kind] for kind in KINDS if kind in by_kind}
    rows = {kind: _row(rows, elapsed_s) for kind, rows in by_kind.items()}
    rows["all"] = _row(records, elapsed_s)
    return rows


def _row(records, elapsed_s):
    times = [r.ms for r in records]
    return {
        "n": len(records),
        "per_s": round(len(records) / elapsed_s, 2) if elapsed_s else None,
        "p50": percentile(times, 50),
        "p95": percentile(times, 95),
        "p99": percentile(times, 99),
        "max": max(times, default=None),
        "server_errors": sum(1 for r in records if r.status >= 500 or r.status == 0),
        "unexpected": sum(1 for r in records if r.unexpected),
        "fallbacks": sum(1 for r in records if r.fallback),
        "errors_seen": sorted(
            {r.error or str(r.status) for r in records if r.error or r.status >= 500}
        ),
    }


def verdict(result):
    """The requirements that failed (empty: all met)."""
    requests = result["requests"]["all"]
    log = result["log"]
    index, site = result["index"], result["site"]
    failures = []
    if requests["server_errors"]:
        failures.append(f"{requests['server_errors']} server errors (5xx or no answer)")
    fallbacks = requests["fallbacks"] + log["fallbacks"]
    if fallbacks:
        failures.append(f"{fallbacks} fallbacks to the database")
    lost = len(index["lost"]) + len(index["stale"]) + len(site["problems"])
    if lost:
        failures.append(f"{lost} lost index updates")
    if not index["found"]:
        failures.append("no edit was published, so none could be checked")
    others = requests["unexpected"] + log["tracebacks"] + log["index_write_failures"]
    others += len(result["problems"])
    if others:
        failures.append(
            f"{others} other failures (unexpected answers, tracebacks in the log, index "
            "writes that failed, errors of the virtual users' client)"
        )
    return failures


def _table(header, rows):
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(str(cell) for cell in row) + " |" for row in rows]
    return "\n".join(lines)


def markdown(run):
    settings = run["settings"]
    leaders = traffic.leader_count(settings["users"])
    m = run["machine"]
    packages = ", ".join(f"{k} {v}" for k, v in m["packages"].items())
    lines = [
        "## Load: gunicorn under concurrent users",
        "",
        "The latest figures of `manage.py bench_load` (issue 9), which rewrites only this "
        "section (between its markers). Regenerate with:",
        "",
        "```sh",
        COMMAND.format(**settings),
        "```",
        "",
        f"Measured {m['date']} on {m['cores']} cores ({m['cpu']}), {m['ram_gb']} GB RAM, "
        f"{m['os']}, Python {m['python']}, SQLite {m['sqlite']}; {packages}; "
        f"commit {m.get('commit') or 'unknown'}.",
        "",
        "### How it is measured",
        "",
        f"- A throwaway site per database: the {number(settings['size'])}-idea synthetic corpus "
        "of `bench_search` (with owners, stop reasons and status histories), its Whoosh index "
        "built by `update_index`, static files collected, one Pimpinan account per user.",
        f"- `gunicorn kb.wsgi` with {settings['workers']} sync workers and "
        "`kb.settings.production`, reached on 127.0.0.1 as behind a TLS proxy "
        "(`X-Forwarded-Proto: https`).",
        f"- {settings['users']} virtual users (threads of one client process on the same "
        f"machine, each with its own cookies) for {settings['duration']} s, no think time: "
        f"{leaders} leaders (one user in ten, at least one) and {settings['users'] - leaders} "
        "visitors. A visitor's turn is a search (60 parts: the autocomplete for the first 2, 4 "
        "and 6 letters typed, then the results; 30% of searches then click a facet value) or "
        "an idea page (30 parts). A leader signs in once; each turn opens the editor of one of "
        f"its own {traffic.EDIT_SHARE} ideas, submits the form as read from the HTML with a "
        "new marker word in the summary and `action-publish`, then sees the page list; every "
        "third turn unpublishes an idea it edited instead. No two leaders edit the same "
        "idea.",
        "- Latency is from connecting to the last byte of the answer, in ms; the client shares "
        "the CPUs with the server, so it is a pessimistic figure.",
        "- A server error is a 5xx or no answer. A fallback is a search page showing "
        "*Mesin pencarian sedang bermasalah* or a line in the server log saying the search "
        "answered from the database or showed nothing. A lost index update is a marker "
        "published last not found for its idea, an earlier marker or an unpublished idea's "
        "marker still found, or an unpublished idea not answering 404; checked by the engine "
        "(in a separate process, against the index on disk) and on the site.",
    ]
    for result in run["databases"]:
        lines += ["", *_database_section(result, settings)]
    return "\n".join(lines) + "\n"


def _database_section(result, settings):
    failures = result["failures"]
    index, site, log = result["index"], result["site"], result["log"]
    requests = result["requests"]
    alone = result["alone"]
    load = result["load"]
    cpu = result["cpu_s"]
    header = [
        "request",
        "count",
        "per s",
        "p50 ms",
        "p95 ms",
        "p99 ms",
        "max ms",
        "p50 alone ms",
        "server errors",
        "fallbacks",
    ]
    rows = [
        (
            KINDS.get(kind, "**all requests**"),
            number(row["n"]),
            f"{row['per_s']:.1f}",
            ms(row["p50"]),
            ms(row["p95"]),
            ms(row["p99"]),
            ms(row["max"]),
            ms(alone[kind]["p50"]) if kind in alone and kind != "all" else "",
            row["server_errors"],
            row["fallbacks"],
        )
        for kind, row in requests.items()
    ]
    edits = result["edits"]
    requirement_rows = [
        ("server errors", requests["all"]["server_errors"], _met(requests["all"]["server_errors"])),
        (
            "fallbacks to the database (pages + log lines)",
            f"{requests['all']['fallbacks']} + {log['fallbacks']}",
            _met(requests["all"]["fallbacks"] + log["fallbacks"]),
        ),
        (
            "lost index updates (engine lost + engine stale + site)",
            f"{len(index['lost'])} + {len(index['stale'])} + {len(site['problems'])}",
            _met(len(index["lost"]) + len(index["stale"]) + len(site["problems"]))
            if index["found"]
            else "**missed** (nothing published)",
        ),
        (
            "other failures (unexpected answers, tracebacks, failed index writes, client errors)",
            f"{requests['all']['unexpected']}, {log['tracebacks']}, "
            f"{log['index_write_failures']}, {len(result['problems'])}",
            _met(
                requests["all"]["unexpected"]
                + log["tracebacks"]
                + log["index_write_failures"]
                + len(result["problems"])
            ),
        ),
    ]
    lines = [
        f"### {result['vendor']}: {'all requirements met' if not failures else 'FAILED'}",
        "",
        f"{number(result['public_ideas'])} live public ideas of {number(settings['size'])}; "
        f"{result['elapsed_s']:.0f} s of traffic; load average (1 min, other work on the "
        f"machine included) {load[0]:.2f} as the traffic started, {max(load):.2f} at most "
        "during it. Setup: "
        + ", ".join(f"{k} {v:.0f} s" for k, v in result["prepare_s"].items())
        + ".",
        "",
        _table(header, rows),
        "",
        f"Leaders published {edits['markers']} edits on {edits['ideas']} ideas and unpublished "
        f"{edits['unpublished']} ({edits['uncertain']} changes whose request failed); "
        f"afterwards the engine found {index['found']} current markers of "
        f"{index['markers']} checked, and the site was checked for {site['ideas']} ideas "
        f"({site['requests']} requests). Server log: {log['tracebacks']} tracebacks, "
        f"{log['worker_timeouts']} worker timeouts, {log['database_locked']} "
        "'database is locked'.",
        "",
        f"CPU used during the traffic: gunicorn {cpu['server']:.0f} s "
        f"({cpu['server'] * 1000 / max(1, requests['all']['n']):.0f} ms per request), the "
        f"virtual users' client {cpu['client']:.0f} s, of {result['cores']} cores × "
        f"{result['elapsed_s']:.0f} s. *p50 alone*: {traffic.ALONE_REQUESTS} requests of that "
        "kind by one user on the idle server after the run, the cost without a queue.",
        "",
        _table(["requirement", "figure", "verdict"], requirement_rows),
    ]
    seen = requests["all"]["errors_seen"]
    if seen:
        lines += ["", "Answers that failed: " + "; ".join(f"`{e}`" for e in seen[:8]) + "."]
    if log["exceptions"]:
        lines += [
            "",
            "Exceptions in the server log: " + "; ".join(f"`{e}`" for e in log["exceptions"]),
        ]
    return lines


def _met(count):
    return "met" if not count else "**missed**"
