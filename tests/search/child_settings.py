"""Settings for the site processes a fault test starts (tests/search/throwaway.py).

The test settings, with the database (DATABASE_URL, read by the base settings) and the index
folder (KB_SEARCH_INDEX) the test names: files in its throwaway folder, shared by every process
it starts.
"""

import os
from pathlib import Path

from kb.settings.test import *  # noqa: F403

SEARCH_INDEX_DIR = Path(os.environ["KB_SEARCH_INDEX"])
WAGTAILSEARCH_BACKENDS = {
    "default": {"BACKEND": "search.backends.whoosh", "PATH": SEARCH_INDEX_DIR},
}
