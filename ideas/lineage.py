"""Lineage of ideas: the chain up to the observed original and the tree of adopters.

Walks follow `derived_from` one level per query; chains are short (a handful of
levels), so this stays cheap without denormalised paths.
"""

from collections import defaultdict
from dataclasses import dataclass, field


@dataclass
class SourceLink:
    """One step up the chain. `idea` is None when that source is not public."""

    idea: object | None


@dataclass
class AdoptionNode:
    idea: object
    children: list = field(default_factory=list)


def _idea_model():
    from .models import IdeaPage

    return IdeaPage


def would_cycle(page, source_id):
    """True if deriving `page` from `source_id` would make the lineage loop."""
    if page.pk is None:
        return False
    IdeaPage = _idea_model()
    seen = set()
    current = source_id
    while current is not None and current not in seen:
        if current == page.pk:
            return True
        seen.add(current)
        current = (
            IdeaPage.objects.filter(pk=current).values_list("derived_from_id", flat=True).first()
        )
    return current is not None  # an existing loop upstream


def ancestors(page):
    """The sources of `page`, nearest first, up to the original observation."""
    IdeaPage = _idea_model()
    chain, seen = [], {page.pk}
    next_id = page.derived_from_id
    while next_id is not None and next_id not in seen:
        seen.add(next_id)
        source = (
            IdeaPage.objects.select_related("source_agency", "adopting_agency")
            .filter(pk=next_id)
            .first()
        )
        if source is None:
            break
        chain.append(source)
        next_id = source.derived_from_id
    public = set(
        IdeaPage.objects.live()
        .public()
        .filter(pk__in=[s.pk for s in chain])
        .values_list("pk", flat=True)
    )
    return [SourceLink(s if s.pk in public else None) for s in chain]


def descendants_tree(page):
    """Public adoptions of `page`, as a tree (adaptations of adaptations below)."""
    IdeaPage = _idea_model()
    public = (
        IdeaPage.objects.live()
        .public()
        .select_related("adopting_agency")
        .order_by("first_published_at", "pk")
    )
    children = defaultdict(list)
    seen = {page.pk}
    frontier = [page.pk]
    while frontier:
        level = [i for i in public.filter(derived_from_id__in=frontier) if i.pk not in seen]
        frontier = []
        for idea in level:
            seen.add(idea.pk)
            children[idea.derived_from_id].append(idea)
            frontier.append(idea.pk)

    def build(pk):
        return [AdoptionNode(i, build(i.pk)) for i in children[pk]]

    return build(page.pk)


def count_nodes(tree):
    return sum(1 + count_nodes(node.children) for node in tree)
