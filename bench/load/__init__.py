"""The load test of ``manage.py bench_load`` (issue 9): development code, never served to users.

A throwaway site (database, index, static files) is prepared in a child process
(``prepare``), served by gunicorn (``server``), driven by virtual users over HTTP
(``browser``, ``traffic``), then checked for lost index updates (``verify``) and
reported (``report``).
"""
