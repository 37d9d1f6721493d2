"""Lineage of ideas: the chain up to the observed original and the tree of adopters.

Walks follow `derived_from` one level per query; chains are short (a handful of
levels), so this stays cheap without denormalised paths.
"""

from collections import defaultdict, deque
from dataclasses import dataclass, field

# Sources per query in a walk over many trees (the adoption_count recount).
CHUNK = 500


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


def chunks(items, size=CHUNK):
    """`items` in lists of at most `size` (keeps `pk IN (...)` lists short)."""
    items = list(items)
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _adoption_pks(sources):
    public = _idea_model().objects.live().public()
    for pk, source in public.filter(derived_from_id__in=sources).values_list(
        "pk", "derived_from_id"
    ):
        yield pk, source, pk


def _adoption_pages(sources):
    public = (
        _idea_model()
        .objects.live()
        .public()
        .select_related("adopting_agency")
        .order_by("first_published_at", "pk")
    )
    for idea in public.filter(derived_from_id__in=sources):
        yield idea.pk, idea.derived_from_id, idea


def public_adoptions(root_ids, read=_adoption_pks):
    """{source pk: [adoption, ...]}: the adoption trees below `root_ids`, through live, public
    ideas only (the tree the idea page shows, and what adoption_count counts).

    The walk: one query per level (and per CHUNK sources), each idea's adoptions read once.
    `read(source_pks)` yields (pk, source pk, adoption) rows, each level's in the order it
    shows; the adoptions are pks by default. An adoption that is also a root (or seen before,
    in a loop) is listed under its source but not read again: `walk` counts it once.
    """
    children = defaultdict(list)
    seen, frontier = set(root_ids), list(dict.fromkeys(root_ids))
    while frontier:
        next_frontier = []
        for chunk in chunks(frontier):
            for pk, source, adoption in read(chunk):
                children[source].append(adoption)
                if pk not in seen:
                    seen.add(pk)
                    next_frontier.append(pk)
        frontier = next_frontier
    return children


def walk(root, children, key=lambda adoption: adoption):
    """The tree below `root` in `children` (from public_adoptions), as nested AdoptionNodes,
    breadth first, each adoption once (a loop in the data ends there)."""
    seen, top = {root}, []
    queue = deque([(root, top)])
    while queue:
        pk, siblings = queue.popleft()
        for adoption in children.get(pk, ()):
            if key(adoption) not in seen:
                seen.add(key(adoption))
                node = AdoptionNode(adoption)
                siblings.append(node)
                queue.append((key(adoption), node.children))
    return top


def descendants_tree(page):
    """Public adoptions of `page`, as a tree (adaptations of adaptations below)."""
    children = public_adoptions([page.pk], read=_adoption_pages)
    return walk(page.pk, children, key=lambda idea: idea.pk)


def count_nodes(tree):
    """How many adoptions `tree` holds, at every level."""
    total, stack = 0, list(tree)
    while stack:
        node = stack.pop()
        total += 1
        stack.extend(node.children)
    return total
