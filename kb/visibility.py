"""Who may see a page on the site: one rule for every view that takes a page id.

"Live" is not "may view": a live page can sit under a restriction to signed-in users, to
some groups or behind a password. A request may view a page when it is live and every view
restriction on it and its ancestors lets this request through, exactly as Wagtail's own
page serving decides (a password counts once entered in this session). For lists made for a
user without a request, `viewable_by` applies the same rule, a password never counting.
"""

from django.db.models import Q
from django.http import Http404
from wagtail.models import PageViewRestriction


def can_view(page, request):
    return page.live and all(r.accept_request(request) for r in page.get_view_restrictions())


def viewable_or_404(page, request):
    """`page`, if `request` may view it; otherwise a 404 that says nothing about it."""
    if page is None or not can_view(page, request):
        raise Http404
    return page


def _lets_in(restriction, user, group_ids):
    if restriction.restriction_type == PageViewRestriction.LOGIN:
        return user.is_authenticated
    if restriction.restriction_type == PageViewRestriction.GROUPS:
        return user.is_superuser or any(g.pk in group_ids for g in restriction.groups.all())
    return False  # a password is given in a session, never assumed


def viewable_by(pages, user):
    """The live pages of `pages` (a PageQuerySet) that `user` may view."""
    group_ids = set(user.groups.values_list("pk", flat=True)) if user.is_authenticated else set()
    hidden = Q()
    restrictions = PageViewRestriction.objects.select_related("page").prefetch_related("groups")
    for restriction in restrictions:
        if not _lets_in(restriction, user, group_ids):
            hidden |= pages.descendant_of_q(restriction.page, inclusive=True)
    pages = pages.live()
    return pages.exclude(hidden) if hidden else pages
