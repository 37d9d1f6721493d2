"""The raw FTS5 floor: the public ideas' text staged in a plain SQLite file, indexed on demand."""

import sqlite3
import time

from .loader import compute_year

SCHEMA = """
CREATE TABLE staging (
    doc INTEGER PRIMARY KEY, title TEXT, summary TEXT, body TEXT,
    stage TEXT, status TEXT, year INTEGER, tags TEXT, agencies TEXT
);
CREATE TABLE dims (doc INTEGER, slug TEXT);
"""

BUILD = """
CREATE VIRTUAL TABLE fts USING fts5(
    title, summary, body, stage UNINDEXED, status UNINDEXED, year UNINDEXED
);
INSERT INTO fts (rowid, title, summary, body, stage, status, year)
    SELECT doc, title, summary, body, stage, status, year FROM staging;
CREATE VIRTUAL TABLE ac USING fts5(title, tags, agencies, prefix='2 3 4 5 6');
INSERT INTO ac (rowid, title, tags, agencies) SELECT doc, title, tags, agencies FROM staging;
CREATE INDEX dims_doc ON dims (doc);
"""


class Stager:
    """Collects the public documents as the loader writes them (``on_doc`` callback)."""

    def __init__(self, path, corpus, batch=1000):
        self.db = sqlite3.connect(path)
        self.db.executescript(SCHEMA)
        self.corpus = corpus
        self.batch = batch
        self.rows, self.dims = [], []

    def add(self, doc):
        meta = doc.meta
        if not meta.public:
            return
        agencies = [self.corpus.agencies[meta.source_agency].name]
        if meta.adopting_agency is not None:
            agencies.append(self.corpus.agencies[meta.adopting_agency].name)
        self.rows.append(
            (
                doc.n,
                doc.title,
                doc.summary,
                doc.body_text,
                meta.stage,
                meta.status,
                compute_year(meta),
                " ".join(self.corpus.tags[t] for t in meta.tags),
                " ".join(agencies),
            )
        )
        self.dims.extend((doc.n, slug) for slug in meta.dimensions)
        if len(self.rows) >= self.batch:
            self.flush()

    def flush(self):
        self.db.executemany("INSERT INTO staging VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", self.rows)
        self.db.executemany("INSERT INTO dims VALUES (?, ?)", self.dims)
        self.db.commit()
        self.rows, self.dims = [], []

    def close(self):
        self.flush()
        self.db.close()


def build(path):
    """Index the staged text with FTS5; returns seconds."""
    db = sqlite3.connect(path)
    started = time.perf_counter()
    db.executescript(BUILD)
    db.commit()
    elapsed = time.perf_counter() - started
    db.close()
    return elapsed
