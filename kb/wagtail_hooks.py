"""Site-wide admin and serving hooks."""

from wagtail import hooks

from .documents import guard_document

hooks.register("before_serve_document", guard_document)
