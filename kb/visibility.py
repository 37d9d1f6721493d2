"""Who may see a page on the site: one rule for every view that takes a page id.

"Live" is not "may view": a live page can sit under a restriction to signed-in users, to
some groups or behind a password. A request may view a page when it is live and every view
restriction on it and its ancestors lets this request through, exactly as Wagtail's own
page serving decides (a password counts once entered in this session).
"""

from django.http import Http404


def can_view(page, request):
    return page.live and all(r.accept_request(request) for r in page.get_view_restrictions())


def viewable_or_404(page, request):
    """`page`, if `request` may view it; otherwise a 404 that says nothing about it."""
    if page is None or not can_view(page, request):
        raise Http404
    return page
