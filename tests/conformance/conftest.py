import pytest


@pytest.fixture(autouse=True)
def fresh_search_index():
    """The suite rebuilds the index itself in every setUp (the site's fixture is not for it)."""
