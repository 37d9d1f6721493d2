"""Keep IdeaPage.adoption_count true, and the search index with it.

An idea's adoption_count is the number of live, public ideas in its adoption tree (the
ideas derived from it, their adaptations, and so on, through public ideas only: the tree
the idea page shows). It changes when an idea goes live or stops being live, when its
source changes, when it is deleted, or when its privacy changes (a view restriction on it
or on a page above it, or a move under or out of a restricted section). Each of those
events recomputes the count of the lineage ancestors concerned with QuerySet.update (no
save, no revision) inside the same transaction, and the ancestors whose count changed are
reindexed once the transaction commits, so a rollback leaves both as they were.
"""

import logging
from collections import defaultdict
from functools import partial

from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.models import Page, PageViewRestriction
from wagtail.search import index
from wagtail.signals import page_published, page_unpublished, post_page_move

from .lineage import chunks, count_nodes, public_adoptions, walk
from .models import IdeaPage

logger = logging.getLogger(__name__)

# Above this many changed ideas (a restriction on the whole idea index, say) one pass over
# all ideas is cheaper than walking each lineage, and keeps `pk IN (...)` lists short.
FULL_RECOUNT_ABOVE = 500


def lineage_ancestor_ids(idea_ids):
    """Every idea some of `idea_ids` derives from, directly or through other ideas."""
    found, frontier = set(), {pk for pk in idea_ids if pk is not None}
    while frontier:
        sources = set()
        for chunk in chunks(frontier):
            sources.update(
                IdeaPage.objects.filter(pk__in=chunk, derived_from__isnull=False).values_list(
                    "derived_from_id", flat=True
                )
            )
        frontier = sources - found
        found |= frontier
    return found


def _count(root, children):
    return count_nodes(walk(root, children))


def _store(counts):
    """Write the counts that differ from the stored ones; return the ideas that changed."""
    stored = {}
    for chunk in chunks(counts):
        stored.update(IdeaPage.objects.filter(pk__in=chunk).values_list("pk", "adoption_count"))
    by_value = defaultdict(list)
    for pk, value in counts.items():
        if pk in stored and stored[pk] != value:
            by_value[value].append(pk)
    for value, pks in by_value.items():
        for chunk in chunks(pks):
            IdeaPage.objects.filter(pk__in=chunk).update(adoption_count=value)
    return {pk for pks in by_value.values() for pk in pks}


def recount(idea_ids):
    """Recompute and store adoption_count for `idea_ids`; return the ids whose count changed."""
    idea_ids = {pk for pk in idea_ids if pk is not None}
    if not idea_ids:
        return set()
    children = public_adoptions(idea_ids)
    return _store({pk: _count(pk, children) for pk in idea_ids})


def recount_all():
    """Recompute adoption_count for every idea in one pass; return the ids that changed."""
    children = defaultdict(list)
    for pk, parent in (
        IdeaPage.objects.live()
        .public()
        .filter(derived_from__isnull=False)
        .values_list("pk", "derived_from_id")
    ):
        children[parent].append(pk)
    all_ids = IdeaPage.objects.values_list("pk", flat=True)
    return _store({pk: _count(pk, children) for pk in all_ids})


def reindex(idea_ids):
    for chunk in chunks(idea_ids):
        for idea in IdeaPage.objects.filter(pk__in=chunk):
            index.insert_or_update_object(idea)


def _reindex_on_commit(idea_ids):
    if idea_ids:
        transaction.on_commit(partial(reindex, frozenset(idea_ids)), robust=True)


def ideas_changed(idea_ids, extra_sources=(), reindexed_elsewhere=()):
    """The liveness, privacy or source of `idea_ids` changed: recount their lineage above.

    `extra_sources` are former sources (an idea moved to another source, or was deleted):
    they and their own sources are recounted too. The ideas whose count changed are reindexed
    on commit, but for `reindexed_elsewhere`.
    """
    idea_ids = set(idea_ids)
    if len(idea_ids) > FULL_RECOUNT_ABOVE:
        changed = recount_all()
    else:
        starts = {pk for pk in extra_sources if pk is not None}
        targets = lineage_ancestor_ids(idea_ids | starts) | starts
        changed = recount(targets)
    _reindex_on_commit(changed - set(reindexed_elsewhere))
    return changed


def _ideas_in_subtree(page):
    return set(IdeaPage.objects.descendant_of(page, inclusive=True).values_list("pk", flat=True))


# --- receivers ---------------------------------------------------------------


@receiver(post_save, sender=IdeaPage)
def idea_saved(sender, instance, created, raw=False, **kwargs):
    """Catches every save that changes liveness or source: publish, unpublish, copies, code."""
    if raw:
        return
    was_live, old_source = getattr(instance, "_lineage_before", None) or (False, None)
    if not (was_live or instance.live):
        return  # a draft's source does not count anywhere
    if instance.live == was_live and instance.derived_from_id == old_source:
        return
    instance._adoption_synced = True
    ideas_changed({instance.pk}, extra_sources={old_source} - {instance.derived_from_id})


@receiver(page_published)
@receiver(page_unpublished)
def idea_published_or_unpublished(sender, instance, **kwargs):
    if not isinstance(instance, IdeaPage) or getattr(instance, "_adoption_synced", False):
        return
    ideas_changed({instance.pk})


@receiver(post_delete, sender=IdeaPage)
def idea_deleted(sender, instance, **kwargs):
    ideas_changed(set(), extra_sources={instance.derived_from_id})


@receiver(post_save, sender=PageViewRestriction)
@receiver(post_delete, sender=PageViewRestriction)
def privacy_changed(sender, instance, raw=False, **kwargs):
    if raw:
        return
    try:
        page = Page.objects.get(pk=instance.page_id)
    except Page.DoesNotExist:  # the restricted page itself is being deleted
        return
    ideas = _ideas_in_subtree(page)
    if ideas:
        ideas_changed(ideas)


@receiver(post_page_move)
def page_moved(sender, instance, **kwargs):
    """A move may change the privacy of the ideas it carries: recount their lineage.

    The moved page's descendants are reindexed by search.signals (on commit, so after this
    recount; outside a transaction this receiver, connected first, still runs first); only
    the other ideas whose count changed (the moved page itself, sources elsewhere) are
    reindexed here.
    """
    ideas = _ideas_in_subtree(instance)
    if ideas:
        below = set(
            IdeaPage.objects.descendant_of(instance, inclusive=False).values_list("pk", flat=True)
        )
        ideas_changed(ideas, reindexed_elsewhere=below)
