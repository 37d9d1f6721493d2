"""Illustrative demo content for `manage.py load_demo`: plain data, no logic.

Dates are given as days before the day the command runs, so the demo always has
recent, older and stale entries. Places and agencies are real; people, contacts
and figures are invented and marked as examples.
"""
