"""The search benchmark's parts: word formation, corpus, labels, metrics, and the command itself."""

import json
import math
import tempfile

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from bench.search import corpus as bench_corpus
from bench.search.corpus import Corpus, WordCounter, sample_prefixes, sample_queries, words_of
from bench.search.metrics import dcg, ndcg_at, percentile
from bench.search.morphology import derive, stem
from bench.search.relevance import (
    BODY_GRADE,
    SUMMARY_GRADE,
    TITLE_GRADE,
    TOPICS,
    all_topic_words,
    topic_stems,
)
from bench.search.runners import FloorEngine, summarise

SMALL = 60


@pytest.fixture(scope="module")
def small():
    return Corpus(SMALL, seed=7)


@pytest.mark.parametrize(
    ("root", "derivation", "form"),
    [
        ("kirim", "meN-", "mengirim"),  # k drops, nasal ng
        ("pakai", "meN-", "memakai"),  # p drops, nasal m
        ("sapu", "meN-", "menyapu"),  # s drops, nasal ny
        ("tulis", "peN-", "penulis"),  # t drops, nasal n
        ("bawa", "meN-", "membawa"),
        ("cari", "peN-an", "pencarian"),
        ("ambil", "meN-", "mengambil"),
        ("layan", "peN-an", "pelayanan"),
        ("produksi", "meN-", "memproduksi"),  # a cluster keeps its p
        ("cat", "meN-", "mengecat"),  # one syllable: menge-
        ("izin", "per-an", "perizinan"),
        ("sehat", "ke-an", "kesehatan"),
        ("kerja", "ber-", "bekerja"),
        ("rencana", "ber-", "berencana"),
        ("ajar", "ber-", "belajar"),
        ("layan", "meN-i", "melayani"),
        ("beli", "meN-i", None),  # no -i after a final i
    ],
)
def test_affixes_follow_indonesian_sound_changes(root, derivation, form):
    assert derive(root, derivation) == form


def test_corpus_is_deterministic(small):
    again = Corpus(SMALL, seed=7)
    for n in (0, 17, SMALL - 1):
        assert again.doc(n) == small.doc(n)
    assert again.labels == small.labels
    other = Corpus(SMALL, seed=8)
    assert other.doc(0).title != small.doc(0).title


def test_documents_have_the_required_shape(small):
    for doc in small.docs():
        assert 5 <= len(words_of(doc.title)) <= 12  # planted forms replace a word
        summary = len(words_of(doc.summary))
        body = sum(len(words_of(p)) for p in doc.paragraphs)
        assert 20 <= summary <= 40 + len(TOPICS)
        assert 150 <= body <= 600 + len(TOPICS)
        assert 1 <= len(doc.meta.dimensions) <= 3


def test_vocabulary_is_zipfian_and_avoids_the_topics(small):
    words = small.vocabulary.words
    assert len(words) >= 20_000
    assert not all_topic_words() & set(words)
    # Nor anything that stems to a topic's root or its spelling variant ("antri" for "antre").
    assert not {stem(w) for w in words[:3000]} & topic_stems()
    counter = WordCounter()
    for doc in small.docs():
        counter.add(doc)
    (top, _), *_ = counter.counts.most_common(1)
    assert top == "yang"  # rank 1 of the Zipf distribution
    queries = sample_queries(counter, 50, seed=7)
    assert all(1 <= len(q.split()) <= 3 for q in queries)
    assert not {"yang", "dan", "di"} & {w for q in queries for w in q.split()}
    prefixes = sample_prefixes(counter, 50, seed=7)
    assert all(2 <= len(p) <= 6 for p in prefixes)


def test_labels_match_what_was_planted(small):
    assert len(TOPICS) >= 40
    grades_of = {"title": TITLE_GRADE, "summary": SUMMARY_GRADE, "body": BODY_GRADE}
    for topic in TOPICS:
        assert topic.query not in topic.forms
        labels = small.labels[topic.query]
        assert set(labels.values()) == {TITLE_GRADE, SUMMARY_GRADE, BODY_GRADE}
        for n, grade in labels.items():
            doc = small.doc(n)
            assert doc.meta.public
            fields = {
                "title": words_of(doc.title),
                "summary": words_of(doc.summary),
                "body": words_of(doc.body_text),
            }
            found = [name for name, words in fields.items() if set(topic.forms) & set(words)]
            assert [grades_of[name] for name in found] == [grade]
    every_word = set()
    for doc in small.docs():
        every_word.update(words_of(f"{doc.title} {doc.summary} {doc.body_text}"))
    assert not {topic.query for topic in TOPICS} & every_word


def test_ndcg_on_a_hand_checked_example():
    labels = {"a": 3, "b": 2, "c": 1}
    # DCG of [b, x, a]: (2^2-1)/log2(2) + 0 + (2^3-1)/log2(4) = 3 + 3.5
    assert dcg([2, 0, 3]) == pytest.approx(6.5)
    ideal = 7 + 3 / math.log2(3) + 1 / 2
    assert ndcg_at(["b", "x", "a"], labels) == pytest.approx(6.5 / ideal)
    assert ndcg_at(["a", "b", "c"], labels) == pytest.approx(1.0)
    assert ndcg_at(["x", "y"], labels) == 0.0
    assert ndcg_at(["a"], {}) == 0.0
    # Only the first k count.
    assert ndcg_at(["x"] * 10 + ["a"], labels) == 0.0


def test_percentiles_and_capped_lower_bounds():
    assert percentile([4, 1, 3, 2], 50) == pytest.approx(2.5)
    assert percentile([1, 2, 3, 4], 95) == pytest.approx(3.85)
    records = [{"ms": float(i), "capped": i >= 18, "hits": i} for i in range(20)]
    summary = summarise(records)
    assert summary["capped"] == 2
    assert not summary["p50_lower_bound"]
    assert summary["p95_lower_bound"]  # 95% > 18/20 uncapped
    assert summary["top_quartile_hits_min"] == 15
    assert "parts" not in summary  # nothing to break down


def test_summary_breaks_search_time_into_parts():
    records = [
        {
            "ms": 6.0,
            "capped": False,
            "hits": 1,
            "parts": {"page": 1.0, "count": 2.0, "facets": 3.0},
        },
        {
            "ms": 9.0,
            "capped": False,
            "hits": 1,
            "parts": {"page": 2.0, "count": 3.0, "facets": 4.0},
        },
        {"ms": 2000.0, "capped": True, "hits": None, "parts": {"page": 2000.0}},
    ]
    parts = summarise(records)["parts"]
    assert parts["page"]["p50"] == pytest.approx(1.5)  # the capped query is left out
    assert parts["facets"]["p95"] == pytest.approx(3.95)
    assert parts["page_and_count"]["p50"] == pytest.approx(4.0)


def test_floor_query_syntax_is_plain_words():
    engine = FloorEngine(":memory:", operator="or")
    assert (
        engine.match('Izin "usaha" AND title:x*') == '"izin" OR "usaha" OR "and" OR "title" OR "x"'
    )


def test_worker_refuses_a_database_outside_its_folder(tmp_path):
    with pytest.raises(CommandError, match="Refusing"):
        call_command("bench_search", worker="prepare", workdir=str(tmp_path), size=50)


def test_bad_arguments_are_refused():
    with pytest.raises(CommandError):
        call_command("bench_search", sizes="10")
    with pytest.raises(CommandError):
        call_command("bench_search", sizes="many")
    with pytest.raises(CommandError):
        call_command("bench_search", engines="elasticsearch")


def test_command_runs_end_to_end_in_a_throwaway_folder(tmp_path, monkeypatch):
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    output, raw = tmp_path / "benchmarks.md", tmp_path / "bench.json"
    call_command("bench_search", sizes="50", queries=12, output=str(output), json=str(raw))
    run = json.loads(raw.read_text())
    (size,) = run["sizes"]
    assert size["size"] == 50
    assert set(size["engines"]) == {"whoosh", "database", "fts5"}
    for engine in size["engines"].values():
        assert engine["search"]["n"] == 12
        assert engine["autocomplete"]["n"] == 12
        assert engine["relevance"]["queries"] == len(TOPICS)
    whoosh = size["engines"]["whoosh"]
    assert whoosh["facets"] == ["stage", "status", "year", "dimensions__slug"]
    assert whoosh["publish"]["max_ms"] < 30_000
    # Our engine understands the other word forms; the floor, matching letters, cannot.
    assert whoosh["relevance"]["ndcg10"] > size["engines"]["fts5"]["relevance"]["ndcg10"]
    text = output.read_text()
    assert "## 50 ideas" in text
    assert "nDCG@10" in text
    assert "## Targets" in text
    # The throwaway folder is gone; nothing else was written there.
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bench.json", "benchmarks.md"]


def test_corpus_module_has_no_hidden_state_between_sizes():
    # The vocabulary is cached per seed; a corpus of another size shares it, not the plan.
    a, b = Corpus(SMALL, seed=7), Corpus(SMALL * 2, seed=7)
    assert a.vocabulary is b.vocabulary is bench_corpus.vocabulary(7)
    assert [(m.stage, m.status, m.dimensions) for m in a.metas] == [
        (m.stage, m.status, m.dimensions) for m in b.metas[:SMALL]
    ]
