"""The demo registry of `manage.py load_demo` (`make run`): development content, installed by the
dev and test settings only.

The data modules (agencies, ideas, proposals, restricted, site, trips) are plain data. Dates are
given as days before the day the command runs, so the demo always has recent, older and stale
entries. Places and agencies are real; people, contacts and figures are invented and marked as
examples. `review` puts the demo's proposals through the leaders' review.
"""
