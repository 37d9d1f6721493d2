"""The markdown report of a benchmark run (docs/benchmarks.md holds the latest one)."""

import datetime
import os
import platform
import sqlite3
import subprocess
from importlib import metadata

from .relevance import TOPICS

TARGET_SIZE = 50_000
TARGETS = {
    "search_p95_ms": 50,
    "autocomplete_p95_ms": 20,
    "floor_ratio": 3,
    "rebuild_s": 120,
    "ndcg_margin": 0.15,
}
PACKAGES = ("Django", "wagtail", "modelsearch", "Whoosh-Reloaded", "PySastrawi")


def machine():
    info = {
        "date": datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "cores": os.cpu_count(),
        "ram_gb": round(os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30, 1),
        "cpu": platform.processor() or platform.machine(),
        "os": f"{platform.system()} {platform.release()}",
        "python": platform.python_version(),
        "sqlite": sqlite3.sqlite_version,
        "packages": {},
    }
    try:
        with open("/proc/cpuinfo") as cpuinfo:
            for line in cpuinfo:
                if line.startswith("model name"):
                    info["cpu"] = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    for package in PACKAGES:
        try:
            info["packages"][package] = metadata.version(package)
        except metadata.PackageNotFoundError:
            info["packages"][package] = "not installed"
    try:
        info["commit"] = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"],  # noqa: S607
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
        dirty = subprocess.run(
            ["git", "status", "--porcelain", "--untracked-files=no", "--", "search", "ideas", "kb"],  # noqa: S607
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
        if dirty:
            info["commit"] += " plus uncommitted changes"
    except (OSError, subprocess.CalledProcessError):
        info["commit"] = None
    return info


def ms(value, lower_bound=False):
    if value is None:
        return "n/a"
    text = f"{value:.1f}" if value < 100 else f"{value:,.0f}"
    return f"≥ {text}" if lower_bound else text


def pct(summary, p):
    return ms(summary.get(f"p{p}"), summary.get(f"p{p}_lower_bound"))


def number(value):
    return f"{value:,}" if isinstance(value, int) else str(value)


# --- targets --------------------------------------------------------------------------------


def _verdict(ok, text):
    return ("met" if ok else "**missed**") + f" ({text})"


def targets(size_result):
    """Rows of (target, figure, verdict) for the given size's results."""
    engines = size_result["engines"]
    whoosh = engines.get("whoosh")
    database = engines.get("database")
    fts5 = engines.get("fts5")
    rows = []
    if whoosh is None:
        return [("all targets", "the Whoosh engine was not measured", "n/a")]

    def limit_row(name, value, limit, unit):
        if value is None:
            return (name, "n/a", "n/a")
        diff = value - limit
        if diff <= 0:
            verdict = _verdict(True, f"{-diff:.1f} {unit} under, {value / limit:.0%} of the limit")
        else:
            verdict = _verdict(False, f"by {diff:.1f} {unit}, {value / limit:.1f}x the limit")
        return (name, f"{value:.1f} {unit}", verdict)

    search = whoosh["search"]
    rows.append(
        limit_row(
            f"search + facets + count, p95 ≤ {TARGETS['search_p95_ms']} ms",
            search["p95"],
            TARGETS["search_p95_ms"],
            "ms",
        )
    )
    if search.get("top_quartile_p95") is not None:
        rows.append(
            limit_row(
                f"... p95 of the quarter of queries with most hits "
                f"(≥ {number(search['top_quartile_hits_min'])} hits) ≤ "
                f"{TARGETS['search_p95_ms']} ms",
                search["top_quartile_p95"],
                TARGETS["search_p95_ms"],
                "ms",
            )
        )
    rows.append(
        limit_row(
            f"autocomplete p95 ≤ {TARGETS['autocomplete_p95_ms']} ms",
            whoosh["autocomplete"]["p95"],
            TARGETS["autocomplete_p95_ms"],
            "ms",
        )
    )
    if fts5:

        def page_and_count(e):
            return e["search"].get("parts", {}).get("page_and_count", {}).get("p95")

        for label, get in (
            (
                "search p95 vs floor (FTS5 top 10 + count + the same facets)",
                lambda e: e["search"]["p95"],
            ),
            ("first page + count p95 vs floor (FTS5 top 10 + count)", page_and_count),
            ("autocomplete p95 vs floor (FTS5 prefix index)", lambda e: e["autocomplete"]["p95"]),
        ):
            ours, floor = get(whoosh), get(fts5)
            ratio = ours / floor if ours is not None and floor else None
            limit = TARGETS["floor_ratio"]
            if ratio is None:
                rows.append((f"{label} ≤ {limit}x", "n/a", "n/a"))
                continue
            text = f"{ratio:.1f}x ({ms(ours)} ms / {ms(floor)} ms)"
            verdict = _verdict(
                ratio <= limit,
                f"{limit - ratio:.1f}x to spare" if ratio <= limit else f"by {ratio - limit:.1f}x",
            )
            rows.append((f"{label} ≤ {limit}x", text, verdict))
    rows.append(
        limit_row(
            f"full rebuild ≤ {TARGETS['rebuild_s']} s",
            whoosh["rebuild_s"],
            TARGETS["rebuild_s"],
            "s",
        )
    )
    if database:
        ours = whoosh["relevance"]["ndcg10"]
        theirs = database["relevance"]["ndcg10"]
        margin = ours - theirs
        needed = TARGETS["ndcg_margin"]
        verdict = _verdict(
            margin >= needed,
            f"{margin - needed:+.3f} against the required margin",
        )
        rows.append(
            (
                f"nDCG@10 ≥ database backend's + {needed}",
                f"{ours:.3f} vs {theirs:.3f} (+{margin:.3f})",
                verdict,
            )
        )
    publish = whoosh.get("publish")
    if publish:
        rows.append(
            limit_row(
                "publish → searchable ≤ 1 s (max of the repeats)", publish["max_ms"], 1000, "ms"
            )
        )
    return rows


# --- tables -------------------------------------------------------------------------------


def _table(header, rows):
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(str(cell) for cell in row) + " |" for row in rows]
    return "\n".join(lines)


def size_table(size_result, cap_ms):
    engines = size_result["engines"]
    names = list(engines)
    header = ["", *(engines[n]["label"] for n in names)]

    def row(label, fn):
        cells = []
        for name in names:
            try:
                cells.append(fn(engines[name]))
            except (KeyError, TypeError):
                cells.append("n/a")
        return [label, *cells]

    def both(key):
        return lambda e: f"{pct(e[key], 50)} / {pct(e[key], 95)}"

    rows = [
        row("full rebuild (s)", lambda e: f"{e['rebuild_s']:.1f}"),
        row(
            "publish → searchable, median / max of 5 (ms)",
            lambda e: f"{ms(e['publish']['median_ms'])} / {ms(e['publish']['max_ms'])}",
        ),
        row(
            "... of which the publish() call itself, median (ms)",
            lambda e: ms(e["publish"]["publish_call_median_ms"]),
        ),
        row("search: first page + count + facets, p50 / p95 (ms)", both("search")),
        row(
            "... p95 for the quarter of queries with most hits (ms)",
            lambda e: (
                f"{ms(e['search']['top_quartile_p95'])} "
                f"(≥ {number(e['search']['top_quartile_hits_min'])} hits)"
            ),
        ),
        row("... max (ms)", lambda e: ms(e["search"]["max"])),
        row(
            "... hits per query, median / max",
            lambda e: (
                f"{number(round(e['search']['hits_p50']))} / {number(e['search']['hits_max'])}"
            ),
        ),
        row("... facets computed", lambda e: ", ".join(e["facets"]) or "none"),
        row(f"... queries capped at {cap_ms:,} ms", lambda e: e["search"]["capped"]),
        row(
            "... p95 of its parts: first page / count / facets (ms)",
            lambda e: " / ".join(
                ms(e["search"]["parts"][k]["p95"]) if k in e["search"]["parts"] else "-"
                for k in ("page", "count", "facets")
            ),
        ),
        row(
            "... first page + count without facets, p50 / p95 (ms)",
            lambda e: (
                f"{ms(e['search']['parts']['page_and_count']['p50'])} / "
                f"{ms(e['search']['parts']['page_and_count']['p95'])}"
            ),
        ),
        row("autocomplete: first 10, p50 / p95 (ms)", both("autocomplete")),
        row("... max (ms)", lambda e: ms(e["autocomplete"]["max"])),
        row(f"... prefixes capped at {cap_ms:,} ms", lambda e: e["autocomplete"]["capped"]),
        row(
            f"nDCG@10 over {len(TOPICS)} labelled queries",
            lambda e: f"{e['relevance']['ndcg10']:.3f}",
        ),
        row(
            "... queries with nothing relevant in the top 10",
            lambda e: e["relevance"]["zero"],
        ),
        row("cold first query (ms)", lambda e: ms(e["cold_first_query_ms"])),
        row(
            "peak RSS after rebuild / after everything (MB)",
            lambda e: f"{e['memory_mb']['rebuild']:.0f} / {max(e['memory_mb'].values()):.0f}",
        ),
        row("process wall time (s)", lambda e: f"{size_result['wall_s'][e['engine']]:.0f}"),
        row(
            f"highest 1-minute load average seen (machine has {os.cpu_count()} cores)",
            lambda e: f"{e['load_max']:.1f}",
        ),
    ]
    return _table(header, rows)


def corpus_line(size_result):
    prepared = size_result["prepare"]
    corpus = prepared["corpus"]
    seconds = prepared["seconds"]
    memory = prepared["memory_mb"]
    return (
        f"{number(corpus['documents'])} ideas ({number(corpus['public'])} live and public, "
        f"{number(corpus['drafts'])} drafts, {number(corpus['private'])} private), "
        f"{number(corpus['words_per_document'])} words per public idea on average, "
        f"{number(corpus['tokens'])} words in all, {number(corpus['distinct_words'])} distinct "
        f"(vocabulary {number(corpus['vocabulary'])}); {corpus['labelled_documents']} ideas carry "
        f"the {corpus['labelled_queries']} labelled topics. Preparing took "
        f"{seconds['migrate']:.0f} s to migrate, {seconds['generate_and_load']:.1f} s to "
        f"generate and bulk-load (peak RSS {memory['generate_and_load']:.0f} MB); whole size: "
        f"{size_result['wall_s']['total']:.0f} s."
    )


def relevance_table(size_result):
    engines = {n: e for n, e in size_result["engines"].items() if "relevance" in e}
    header = ["query", "relevant", *(e["label"] for e in engines.values())]
    rows = []
    for topic in TOPICS:
        first = next(iter(engines.values()))["relevance"]["per_query"][topic.query]
        cells = [f"{topic.query} (forms: {', '.join(topic.forms)})", first["relevant"]]
        for engine in engines.values():
            q = engine["relevance"]["per_query"][topic.query]
            cells.append(f"{q['ndcg']:.2f} ({q['found']} found)")
        rows.append(cells)
    return _table(header, rows)


def markdown(run):
    m = run["machine"]
    s = run["settings"]
    sizes = [r["size"] for r in run["sizes"]]
    packages = ", ".join(f"{k} {v}" for k, v in m["packages"].items())
    lines = [
        "# Search benchmark",
        "",
        "The latest figures of `manage.py bench_search` (issue 3), which rewrites only this "
        "section (between its markers). "
        "Regenerate with:",
        "",
        "```sh",
        f".venv/bin/python manage.py bench_search --sizes {','.join(map(str, sizes))} "
        f"--queries {s['queries']} --cap-ms {s['cap_ms']} --operator {s['operator']}",
        "```",
        "",
        f"- Run: {m['date']}, commit {m['commit'] or 'unknown'}, seed {s['seed']}.",
        f"- Machine: {m['cpu']}, {m['cores']} cores, {m['ram_gb']} GB RAM, {m['os']}.",
        f"- Software: Python {m['python']}, SQLite {m['sqlite']}, {packages}.",
        f"- Sizes: {', '.join(f'{n:,}' for n in sizes)} ideas; {s['queries']} timed queries "
        f"and {s['queries']} autocomplete prefixes per size; per-query cap {s['cap_ms']:,} ms.",
        "",
        "## How it is measured",
        "",
        "- **Isolation.** Each size runs in a throwaway folder: the command starts child "
        "processes with `DATABASE_URL`, `KB_VAR_DIR` and `KB_SEARCH_INDEX` pointing into it "
        "(a new SQLite file, migrated), and each child refuses to run if its database is "
        "anywhere else. The developer's database and index are never opened. Each engine runs in "
        "its own process as the only configured search backend, so the peak memory is its own "
        "and only it indexes on publish. Children run with `DEBUG` off, as in production.",
        "- **Corpus** (`bench/search/corpus.py`, deterministic from the seed): titles of 5-12 "
        "words, summaries of 20-40, bodies of 150-600 in rich-text paragraphs of the `BodyBlock`"
        " StreamField. Words follow a Zipf distribution (exponent 1) over 30 Indonesian "
        "function words followed by 24,000 content words: roots from PySastrawi's dictionary "
        "and their affixed forms (meN-, peN-, di-, ber-, ter-, per-, ke-; -an, -kan, -i, -nya; "
        "confixes peN-...-an, per-...-an, ke-...-an, ber-...-an, meN-...-kan, di-...-i, ...) "
        "with nasal assimilation (`bench/search/morphology.py`). Stage, status, dimensions, "
        "tags, agencies and dates are random, so every facet has data; 2% of ideas are drafts "
        "and 1% private. Pages are bulk-inserted with correct treebeard paths (no revisions).",
        "- **Queries**: 1-3 words (40% / 35% / 25%) drawn with the corpus' own frequencies of "
        "content words (stop words left out: the engine drops them, so a query of stop words "
        "is trivially empty for it), so the commonest words, found in most ideas, do occur. "
        f'Words are combined with `operator="{s["operator"]}"` for every engine (their own '
        "defaults differ: `or` in modelsearch's base backend, `AND` in its SQLite backend; the "
        "search page sends `and`, then `or` when nothing matched). Autocomplete prefixes are 2-6 "
        "letters of a word of a public title. Every engine gets the same queries, after 5 "
        "untimed warm-up queries.",
        "- **Search** is `IdeaPage.objects.live().public().search(q)`: the first 10 results, "
        "`.count()` and `facet()` for stage, status, year and dimensions__slug (those the "
        "backend supports). **Autocomplete** is `.autocomplete(prefix)`, first 10, nothing else.",
        "- **Raw FTS5 floor**: the same public text in an FTS5 table queried with SQL (`MATCH`, "
        "`ORDER BY rank LIMIT 10`, a `count(*)`, and `GROUP BY` counts for the same facets); "
        "autocomplete on an FTS5 table with prefix indexes of 2-6 characters.",
        f"- **Cap**: SQLite's progress handler aborts any statement past {s['cap_ms']:,} ms "
        "from the start of the query (all its statements together); such queries are counted "
        "as capped and their time is the cap, so a percentile shown as ≥ is a lower bound. The "
        "Whoosh engine cannot be aborted (and runs without the handler, which would only add "
        "its own overhead); a query of it past the cap is counted all the same.",
        "- **Rebuild** is `update_index` for the engine's backend (the floor: building its "
        "FTS5 tables). **Publish → searchable**: a new idea is added as a draft, then the clock "
        "runs from `revision.publish()` until the engine's search returns it.",
        "- **Relevance**: nDCG@10 (gain 2^grade - 1) over the labelled set in "
        "`bench/search/relevance.py`: each query is a word form that appears in no document, "
        "while the relevant ideas use other forms of the same root (grade 3 in the title, "
        "2 in the summary, 1 in the body).",
        "- **Memory** is the process' peak resident set (`ru_maxrss`) after the rebuild and "
        "after everything; it includes Django itself (about 100 MB).",
        "- **Load.** Times are wall-clock. On a shared machine other processes inflate them: "
        "the load-average row says how busy the machine was while each engine ran (above the "
        "number of cores, figures are pessimistic).",
        "",
    ]
    target_result = next((r for r in run["sizes"] if r["size"] == TARGET_SIZE), None)
    lines.append(f"## Targets (issue 3: at {TARGET_SIZE:,} ideas on a 2-core machine)")
    lines.append("")
    if target_result is None and run["sizes"]:
        target_result = max(run["sizes"], key=lambda r: r["size"])
        lines.append(
            f"Not measured at {TARGET_SIZE:,} in this run: the verdicts below are for "
            f"{target_result['size']:,} ideas, the largest size run."
        )
        lines.append("")
    if target_result is not None:
        lines.append(_table(["target", "figure", "verdict"], targets(target_result)))
        lines.append("")
    for size_result in run["sizes"]:
        lines += [
            f"## {size_result['size']:,} ideas",
            "",
            corpus_line(size_result),
            "",
            size_table(size_result, s["cap_ms"]),
            "",
        ]
        unsupported = {
            e["label"]: e.get("unsupported_facets")
            for e in size_result["engines"].values()
            if e.get("unsupported_facets")
        }
        for label, facets in unsupported.items():
            reasons = "; ".join(f"`{k}`: {v}" for k, v in facets.items())
            lines += [f"Facets {label} cannot compute (left out of its timing): {reasons}", ""]
    if run["sizes"]:
        largest = max(run["sizes"], key=lambda r: r["size"])
        lines += [
            f"## Relevance per query ({largest['size']:,} ideas)",
            "",
            "nDCG@10 and how many of the labelled ideas were in the top 10.",
            "",
            relevance_table(largest),
            "",
        ]
    return "\n".join(lines)
