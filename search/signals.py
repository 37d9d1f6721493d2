"""Index upkeep that Wagtail's own signal handlers leave out.

Moving a page rewrites the tree paths of all its descendants in one SQL update, without
saving them, so their documents would keep the old path. The public filter (`.public()`)
and section filters (`descendant_of`) read that path from the index, so the descendants are
reindexed once the move commits. This is the one receiver that reindexes them: receivers of
other apps that change their data on a move (ideas.signals recounts adoption) leave it to this.
"""

from django.db import transaction
from wagtail.search import index
from wagtail.signals import post_page_move


def reindex_descendants(instance, **kwargs):
    page_ids = list(instance.get_descendants().values_list("pk", flat=True))

    def reindex():
        from wagtail.models import Page

        for page in Page.objects.filter(pk__in=page_ids).specific().iterator():
            index.insert_or_update_object(page)

    if page_ids:
        transaction.on_commit(reindex)


def connect():
    post_page_move.connect(reindex_descendants, dispatch_uid="search-reindex-descendants")
