"""Writes to an index: after the database commits, one process at a time, none lost to a rebuild.

Index changes made inside a transaction wait for its commit (``transaction.on_commit``), so a
rollback leaves the index as it was. Writers take an exclusive file lock, so several worker
processes queue instead of meeting Whoosh's LockError. While a rebuild fills a new generation,
each writer also notes what it changed in that generation's journal; the rebuild replays the
journal from the database before it swaps the new generation in.
"""

import logging

from django.db import transaction

from .store import IndexUnavailable

JOURNAL = "journal"
logger = logging.getLogger(__name__)


class PendingWrite:
    """Index changes waiting for the current transaction to commit (an on_commit callback)."""

    def __init__(self, index, changes):
        self.index = index
        self.changes = changes

    def __call__(self):
        changes, self.changes = self.changes, []
        if not changes:
            return
        try:
            apply_changes(self.index, changes)
        except Exception:
            # The database has committed; failing the request now would help nobody.
            # `update_index` brings the index back in line.
            logger.exception("Could not update the search index %s", self.index)


def submit(index, changes):
    """Apply ``changes`` now, or when the surrounding transaction commits."""
    connection = transaction.get_connection()
    if connection.in_atomic_block:
        transaction.on_commit(PendingWrite(index, changes))
    else:
        apply_changes(index, changes)


def flush_pending(index=None):
    """Apply the changes still waiting for a commit (``refresh`` asks for them explicitly)."""
    connection = transaction.get_connection()
    for _savepoints, callback, _robust in list(connection.run_on_commit):
        if isinstance(callback, PendingWrite) and index in (None, callback.index):
            callback()


def apply_changes(index, changes):
    """``changes``: ``(label, pk, document)`` tuples; a ``None`` document deletes."""
    store = index.store
    with store.write_lock():
        generation = store.current_generation()
        if generation is None or not store.exists():
            raise IndexUnavailable(f"No search index at {store.folder}: run update_index")
        store.remove_unfinished_tocs(generation)
        write_documents(index, store.open(generation), changes)
        building = store.building_generation()
        if building is not None:
            with open(building / JOURNAL, "a") as journal:
                journal.writelines(f"{label} {pk}\n" for label, pk, _doc in changes)


def write_documents(index, whoosh_index, changes):
    writer = whoosh_index.writer()
    try:
        for _label, pk, doc in changes:
            if doc is None:
                writer.delete_by_term("pk", str(pk))
            else:
                for name in doc.keys() - writer.schema.names():
                    writer.add_field(name, index.column(name).whoosh_field())
                writer.update_document(**doc)
    except BaseException:
        writer.cancel()
        raise
    writer.commit()


def read_journal(generation):
    try:
        lines = (generation / JOURNAL).read_text().splitlines()
    except FileNotFoundError:
        return []
    return list(dict.fromkeys(tuple(line.split(" ", 1)) for line in lines if line))
