"""Whoosh search backend for Wagtail (modelsearch): ``search.backends.whoosh``."""

from .backend import SearchBackend, WhooshSearchBackend

__all__ = ["SearchBackend", "WhooshSearchBackend"]
