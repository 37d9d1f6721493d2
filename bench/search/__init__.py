"""The search benchmark of ``manage.py bench_search``: corpus, relevance labels, engines, report."""
