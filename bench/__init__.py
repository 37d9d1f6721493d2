"""The benchmarks (``manage.py bench_search``, ``bench_dashboard``, ``bench_load``): development
code, installed by the dev and test settings only. No app that serves users imports it."""
