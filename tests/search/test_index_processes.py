"""The index survives its processes: kill -9 of a rebuild or of a writer, two rebuilds at once,
readers while another process commits. Real processes on a throwaway site
(tests/search/throwaway.py) sharing a database file and an index folder; a session process
plays a site worker that keeps serving throughout."""

import re
import signal
import time

import pytest

from .throwaway import (
    ThrowawaySite,
    finish,
    held,
    holds,
    kill,
    outcome,
    read_until,
    start_together,
)

# With the tests that use the database: they run before any test that empties it.
pytestmark = pytest.mark.django_db

IDEAS = 100
KNOWN = 6  # ideas with the word the checks search for (tests/search/steps.py)
PROGRESS = re.compile(r"(\d+)/(\d+)$")
COMMITS = 40
COMMIT_SECONDS = 8


@pytest.fixture(scope="module")
def built_site(tmp_path_factory, django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        site = ThrowawaySite.from_test_database(tmp_path_factory.mktemp("built-site"))
    site.run_step("seed", IDEAS)
    site.update_index()
    return site


@pytest.fixture
def site(built_site, tmp_path):
    site = built_site.copy(tmp_path / "site")
    yield site
    site.stop_all()


def assert_engine_serves(outcome, live):
    """A check step's outcome (tests/search/steps.py) when every page answers from the engine."""
    assert outcome.pop("suggestions") > 0
    assert outcome == {
        "search": 200,
        "notice": False,
        "live": live,
        "found": live,
        "engine": live,
        "idea_page": 200,
        "similar": True,
        "autocomplete": 200,
    }


def rebuild_until_some_pages_are_indexed(site):
    rebuild = site.start(site.manage("update_index", "--chunk_size", 20))

    def some_pages_indexed(text):
        _, _, pages = text.partition("Rebuilding index wagtailcore.page")
        progress = PROGRESS.search(pages)
        return progress is not None and int(progress[1]) >= 40

    read_until(rebuild, some_pages_indexed)
    return rebuild


def test_update_index_killed_mid_rebuild_is_cleaned_up_by_the_next_run(site):
    worker = site.session()
    before = site.current()
    kill(rebuild_until_some_pages_are_indexed(site))
    partial = site.building()
    assert partial is not None, "killed before it finished"
    assert partial in site.generations()
    assert site.current() == before, "the index in use is untouched"
    assert_engine_serves(worker("check"), live=KNOWN)

    site.update_index()
    assert site.building() is None
    assert partial not in site.generations()
    assert site.current() not in (None, before)
    assert_engine_serves(worker("check"), live=KNOWN)


def test_a_second_update_index_waits_for_the_first_and_nothing_is_lost(site):
    worker = site.session()
    first = rebuild_until_some_pages_are_indexed(site)
    first.send_signal(signal.SIGSTOP)  # a slow rebuild, deterministically
    building = site.building()
    second = site.start(site.manage("update_index", "--chunk_size", 20))
    read_until(second, lambda text: "Rebuilding index wagtailcore.page" in text)
    # Changed while both run: an idea the first rebuild has already read.
    assert worker("unpublish") == {"live": False}
    time.sleep(0.5)  # time enough for the second to start a rebuild of its own, if it may
    assert site.building() == building, "the second rebuild waits for the first"

    first.send_signal(signal.SIGCONT)
    finish(first)
    finish(second)
    assert site.building() is None
    assert site.current() == max(site.generations()), "nothing half built is left"
    assert_engine_serves(worker("check"), live=KNOWN - 1)


def test_a_writer_killed_mid_write_leaves_an_index_the_next_write_can_use(site):
    worker = site.session()
    writer = site.start(site.step("publish-loop"))
    start_together([writer])
    read_until(writer, lambda text: text.endswith("3\n"))  # three ideas published
    whoosh_lock = site.pages / site.current() / "MAIN_WRITELOCK"
    deadline = time.monotonic() + 10
    while not holds(writer, whoosh_lock):  # until Whoosh's writer is at work
        assert time.monotonic() < deadline, "the writer never took Whoosh's lock"
        time.sleep(0.001)
    kill(writer)

    # The kernel released both its locks: the next write neither waits nor fails.
    assert not held(site.pages / "write.lock")
    assert not held(whoosh_lock)
    assert worker("publish", "zirkonbaru") == {"live": True, "found": 1}
    generation = site.pages / site.current()
    leftovers = [p.name for p in generation.iterdir() if ".toc." in p.name or p.suffix == ".tmp"]
    assert leftovers == []
    found = worker("check")
    assert (found["notice"], found["similar"]) == (False, True)
    # Only the idea being indexed when the writer died may be missing (update_index adds it).
    assert found["live"] - found["engine"] in (0, 1)
    assert found["found"] == found["engine"]


def test_readers_never_fall_back_while_another_process_commits(site):
    done = site.folder / "done"
    committer = site.start(site.step("commit-loop", COMMITS, COMMIT_SECONDS, done))
    readers = [site.start(site.step("read-loop", 3, done)) for _ in range(2)]
    start_together([committer, *readers])
    commits = outcome(committer)["commits"]
    reads = [outcome(reader) for reader in readers]
    print(f"\n{commits} commits; readers: {reads}")
    assert commits >= 10, "the index really changed meanwhile"
    for read in reads:
        assert read["reads"]["engine"] >= 10
        assert read["failures"] == {}
