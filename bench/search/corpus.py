"""A deterministic synthetic corpus of ideas: Indonesian words with their affixes, Zipf-distributed.

Everything comes from one seed. Document n is generated from its own random stream, so the first
1,000 documents of the 10,000 corpus are those of the 1,000 corpus, apart from the planted
relevance topics and the adoption counts, which depend on the size.
"""

import datetime
import itertools
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass, field
from functools import cache
from random import Random

from .morphology import DERIVATIONS, derive, sastrawi_roots, stem, stop_words
from .relevance import (
    BODY_GRADE,
    SUMMARY_GRADE,
    TITLE_GRADE,
    TOPICS,
    all_topic_words,
    topic_stems,
)

VOCABULARY_SIZE = 24_000
ZIPF_EXPONENT = 1.0
# The head of the Zipf distribution: the commonest Indonesian function words, in their usual
# order of frequency. Everything after them is content words.
FUNCTION_WORDS = (
    *("yang", "dan", "di", "ke", "dari", "untuk", "dengan", "pada", "ini", "itu", "dalam"),
    *("tidak", "akan", "adalah", "oleh", "juga", "atau", "sebagai", "karena", "bahwa", "ada"),
    *("sudah", "bisa", "lebih", "telah", "hanya", "saat", "agar", "dapat", "serta"),
)
TITLE_WORDS = (5, 12)
SUMMARY_WORDS = (20, 40)
BODY_WORDS = (150, 600)
PARAGRAPH_WORDS = (40, 120)

STAGES = (("amati", 50), ("tiru", 30), ("modifikasi", 20))
STATUSES = (
    ("diusulkan", 15),
    ("dikaji", 10),
    ("uji_coba", 20),
    ("diterapkan", 35),
    ("dilembagakan", 12),
    ("dihentikan", 8),
)
FORMS = ("tata_kelola", "pelayanan_publik", "lainnya")
DIMENSIONS = ("governance", "branding", "economy", "living", "society", "environment")
AGENCY_KINDS = (("dinas", "Dinas"), ("badan", "Badan"), ("bagian", "Bagian"))
CITIES = (
    ("Ambon", "Maluku"),
    ("Surabaya", "Jawa Timur"),
    ("Bandung", "Jawa Barat"),
    ("Makassar", "Sulawesi Selatan"),
    ("Banyuwangi", "Jawa Timur"),
    ("Semarang", "Jawa Tengah"),
    ("Denpasar", "Bali"),
    ("Manado", "Sulawesi Utara"),
    ("Kupang", "Nusa Tenggara Timur"),
    ("Jayapura", "Papua"),
    ("Medan", "Sumatera Utara"),
    ("Padang", "Sumatera Barat"),
    ("Balikpapan", "Kalimantan Timur"),
    ("Yogyakarta", "DI Yogyakarta"),
    ("Tual", "Maluku"),
)
AGENCY_COUNT = 90
TAG_COUNT = 400
DRAFT_SHARE = 0.02
PRIVATE_SHARE = 0.01
FIRST_PUBLISHED = (datetime.date(2016, 1, 1), datetime.date(2025, 6, 30))


def seeded(*parts):
    """A random stream of its own for each purpose, the same on every run (not for secrets)."""
    return Random(":".join(str(part) for part in parts))  # noqa: S311


@dataclass(frozen=True)
class Vocabulary:
    words: tuple[str, ...]
    cum_weights: tuple[float, ...]
    content_start: int  # index of the first content word (after FUNCTION_WORDS)

    def sample(self, rng, k, content_only=False):
        if not content_only:
            return rng.choices(self.words, cum_weights=self.cum_weights, k=k)
        low = self.cum_weights[self.content_start - 1]
        total = self.cum_weights[-1]
        picks = []
        for _ in range(k):
            x = low + rng.random() * (total - low)
            picks.append(self.words[min(bisect_right(self.cum_weights, x), len(self.words) - 1)])
        return picks


@cache
def vocabulary(seed, size=VOCABULARY_SIZE):
    """Function words, then ``size`` content words: Sastrawi roots and their affixed forms.

    No word of the relevance topics is in it (see ``bench.search.relevance``), nor any stop word.
    Ranks are shuffled, so a root's forms are spread over the distribution.
    """
    rng = seeded(seed, "vocabulary")
    topic_roots = topic_stems()
    forbidden = all_topic_words() | stop_words() | set(FUNCTION_WORDS)
    roots = [r for r in sastrawi_roots() if 3 <= len(r) <= 12 and r[0] not in "qx"]
    roots = [r for r in roots if r not in forbidden and r not in topic_roots]
    rng.shuffle(roots)
    derivations = sorted(name for name in DERIVATIONS if name != "root")
    words, seen = [], set(forbidden)
    for root in roots:
        names = ["root", *rng.sample(derivations, rng.randint(1, 4))]
        for name in names:
            word = derive(root, name)
            if not word or word in seen or len(word) > 20:
                continue
            seen.add(word)
            if stem(word) in topic_roots:
                continue
            words.append(word)
        if len(words) >= size:
            break
    words = words[:size]
    rng.shuffle(words)
    ranked = (*FUNCTION_WORDS, *words)
    cum_weights = tuple(
        itertools.accumulate(1.0 / rank**ZIPF_EXPONENT for rank in range(1, len(ranked) + 1))
    )
    return Vocabulary(ranked, cum_weights, len(FUNCTION_WORDS))


@dataclass
class Agency:
    n: int
    name: str
    acronym: str
    kind: str
    city: str
    province: str


@dataclass
class Meta:
    """What a document is apart from its text: decided for all documents before any text."""

    n: int
    live: bool
    private: bool
    stage: str
    status: str
    innovation_form: str
    is_digital: bool
    dimensions: tuple[str, ...]
    tags: tuple[int, ...]
    source_agency: int | None
    adopting_agency: int | None
    derived_from: int | None
    first_published_at: datetime.datetime | None
    observed_on: datetime.date | None
    trial_started_on: datetime.date | None
    implemented_on: datetime.date | None
    adoption_count: int = 0

    @property
    def public(self):
        return self.live and not self.private


@dataclass
class Doc:
    meta: Meta
    title: str
    summary: str
    paragraphs: list[str]

    @property
    def n(self):
        return self.meta.n

    @property
    def body_text(self):
        return "\n".join(self.paragraphs)


@dataclass
class Plan:
    """Which documents carry which relevance topic, in which field, with which form."""

    # doc n -> list of (field, form)
    plants: dict[int, list[tuple[str, str]]] = field(default_factory=dict)
    # query -> {doc n: grade}
    labels: dict[str, dict[int, int]] = field(default_factory=dict)


def _weighted(rng, pairs):
    values, weights = zip(*pairs, strict=True)
    return rng.choices(values, weights=weights)[0]


def _date_between(rng, start, end):
    return start + datetime.timedelta(days=rng.randint(0, (end - start).days))


class Corpus:
    """The corpus of ``size`` ideas for ``seed``; documents are generated on demand, in order."""

    def __init__(self, size, seed=2019):
        self.size = size
        self.seed = seed
        self.vocabulary = vocabulary(seed)
        self.agencies = self._agencies()
        self.tags = self._tags()
        self.metas = self._metas()
        self.plan = self._plan()

    # --- what is decided up front ------------------------------------------------------

    def _agencies(self):
        rng = seeded(self.seed, "agencies")
        agencies, seen = [], set()
        while len(agencies) < AGENCY_COUNT:
            kind, label = _weighted(rng, [(k, 1) for k in AGENCY_KINDS])
            city, province = rng.choice(CITIES)
            words = self.vocabulary.sample(rng, rng.randint(1, 3), content_only=True)
            name = f"{label} {' '.join(w.capitalize() for w in words)}"
            if (name, city) in seen:
                continue
            seen.add((name, city))
            acronym = (label[:3] + "".join(w[:3] for w in words)).upper()[:12]
            agencies.append(Agency(len(agencies), name, acronym, kind, city, province))
        return agencies

    def _tags(self):
        rng = seeded(self.seed, "tags")
        tags, seen = [], set()
        while len(tags) < TAG_COUNT:
            name = " ".join(self.vocabulary.sample(rng, rng.choice((1, 1, 2)), content_only=True))
            if name not in seen:
                seen.add(name)
                tags.append(name)
        return tags

    def _metas(self):
        rng = seeded(self.seed, "meta")
        metas = []
        for n in range(self.size):
            roll = rng.random()
            live = roll >= DRAFT_SHARE
            private = live and roll < DRAFT_SHARE + PRIVATE_SHARE
            stage = _weighted(rng, STAGES)
            derived_from = None
            if stage != "amati":
                if n == 0:
                    stage = "amati"
                else:
                    derived_from = rng.randrange(n)
            status = _weighted(rng, STATUSES)
            published = _date_between(rng, *FIRST_PUBLISHED)
            observed = published - datetime.timedelta(days=rng.randint(0, 700))
            trial = implemented = None
            if status in ("uji_coba", "diterapkan", "dilembagakan", "dihentikan"):
                trial = observed + datetime.timedelta(days=rng.randint(30, 300))
            if status in ("diterapkan", "dilembagakan", "dihentikan"):
                implemented = trial + datetime.timedelta(days=rng.randint(30, 400))
            source = rng.randrange(AGENCY_COUNT)
            adopting = rng.randrange(AGENCY_COUNT) if stage != "amati" else None
            metas.append(
                Meta(
                    n=n,
                    live=live,
                    private=private,
                    stage=stage,
                    status=status,
                    innovation_form=rng.choice(FORMS),
                    is_digital=rng.random() < 0.55,
                    dimensions=tuple(sorted(rng.sample(DIMENSIONS, rng.randint(1, 3)))),
                    tags=tuple(sorted(rng.sample(range(TAG_COUNT), rng.randint(0, 4)))),
                    source_agency=source,
                    adopting_agency=adopting,
                    derived_from=derived_from,
                    first_published_at=(
                        datetime.datetime.combine(
                            published,
                            datetime.time(rng.randint(0, 23), rng.randint(0, 59)),
                            tzinfo=datetime.UTC,
                        )
                        if live
                        else None
                    ),
                    observed_on=observed,
                    trial_started_on=trial,
                    implemented_on=implemented,
                )
            )
        for meta in metas:
            if meta.derived_from is not None and meta.live:
                metas[meta.derived_from].adoption_count += 1
        return metas

    def _plan(self):
        """Plant every relevance topic into title, summary and body of some public documents."""
        rng = seeded(self.seed, "plan", self.size)
        public = [m.n for m in self.metas if m.public]
        per_topic = {
            "title": max(1, min(3, self.size // 400)),
            "summary": max(1, min(4, self.size // 300)),
            "body": max(1, min(6, self.size // 200)),
        }
        grades = {"title": TITLE_GRADE, "summary": SUMMARY_GRADE, "body": BODY_GRADE}
        plan = Plan()
        # One title topic per document, unless the corpus is too small for that.
        title_cap = -(-len(TOPICS) * per_topic["title"] // max(1, len(public)))
        titled = Counter()
        for topic in TOPICS:
            labels = plan.labels.setdefault(topic.query, {})
            forms = list(topic.forms)
            rng.shuffle(forms)
            form_cycle = itertools.cycle(forms)
            for field_name in ("title", "summary", "body"):
                candidates = [
                    n
                    for n in public
                    if n not in labels and (field_name != "title" or titled[n] < title_cap)
                ]
                if len(candidates) < per_topic[field_name]:
                    raise ValueError(f"Corpus of {self.size} too small for the relevance set.")
                for n in rng.sample(candidates, per_topic[field_name]):
                    labels[n] = grades[field_name]
                    plan.plants.setdefault(n, []).append((field_name, next(form_cycle)))
                    if field_name == "title":
                        titled[n] += 1
        return plan

    # --- text ---------------------------------------------------------------------------

    def doc(self, n):
        meta = self.metas[n]
        rng = seeded(self.seed, "doc", n)
        vocab = self.vocabulary
        title = vocab.sample(rng, rng.randint(*TITLE_WORDS), content_only=True)
        summary = vocab.sample(rng, rng.randint(*SUMMARY_WORDS))
        body = vocab.sample(rng, rng.randint(*BODY_WORDS))
        paragraphs = []
        while body:
            size = rng.randint(*PARAGRAPH_WORDS)
            if len(body) - size < PARAGRAPH_WORDS[0] // 2:
                size = len(body)
            paragraphs.append(body[:size])
            body = body[size:]
        for field_name, form in self.plan.plants.get(n, ()):
            if field_name == "title":
                title[rng.randrange(len(title))] = form
            elif field_name == "summary":
                summary.insert(rng.randint(0, len(summary)), form)
            else:
                paragraph = rng.choice(paragraphs)
                paragraph.insert(rng.randint(0, len(paragraph)), form)
        return Doc(
            meta=meta,
            title=_sentence(title, stop=False),
            summary=_sentence(summary),
            paragraphs=[_sentence(p) for p in paragraphs],
        )

    def docs(self):
        for n in range(self.size):
            yield self.doc(n)

    @property
    def labels(self):
        return self.plan.labels


def _sentence(words, stop=True):
    text = " ".join(words)
    text = text[:1].upper() + text[1:]
    return text + "." if stop else text


def words_of(text):
    """The lowercase words of generated text (it has no punctuation but the final stop)."""
    return text.lower().replace(".", " ").split()


class WordCounter:
    """Counts the words of the public documents, for drawing queries with corpus frequencies."""

    def __init__(self):
        self.counts = Counter()
        self.titles = []  # (doc n, title) of public documents, for autocomplete prefixes

    def add(self, doc):
        if not doc.meta.public:
            return
        self.titles.append((doc.n, doc.title))
        self.counts.update(words_of(doc.title))
        self.counts.update(words_of(doc.summary))
        for paragraph in doc.paragraphs:
            self.counts.update(words_of(paragraph))


def sample_queries(counter, count, seed):
    """``count`` queries of 1-3 words drawn with the corpus' own frequencies of content words.

    Stop words are left out: the engine drops them, so a query made of them is trivially empty
    for it, and the benchmark is about queries that hit documents.
    """
    rng = seeded(seed, "queries")
    excluded = stop_words() | set(FUNCTION_WORDS)
    words = sorted(w for w in counter.counts if w not in excluded)
    cum = list(itertools.accumulate(counter.counts[w] for w in words))
    queries = []
    for _ in range(count):
        k = _weighted(rng, ((1, 40), (2, 35), (3, 25)))
        queries.append(" ".join(rng.choices(words, cum_weights=cum, k=k)))
    return queries


def sample_prefixes(counter, count, seed):
    """``count`` autocomplete prefixes of 2-6 letters, taken from words of public titles."""
    rng = seeded(seed, "prefixes")
    prefixes = []
    while len(prefixes) < count:
        _, title = rng.choice(counter.titles)
        word = rng.choice(words_of(title))
        if len(word) < 2:
            continue
        prefixes.append(word[: rng.randint(2, min(6, len(word)))])
    return prefixes
