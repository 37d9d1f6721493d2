"""Who may download a document: the public only what a page they may view shows.

Wagtail serves any document to anyone who has its link, unless its collection is
restricted. Here a document is served when a live page that this request may view (kb.visibility)
uses it, as published (evidence, trip documents, a document block or link in the text: Wagtail's
reference index records each page's database row, which for a live page is its published
content), or when the user may change it in the admin (who uploaded it, leaders). A document
attached only to a draft, to a private page or to nothing is not found for anybody else, other
authors included; a visitor who is not signed in is
offered the sign-in page first when a restricted page uses it.
"""

from django.contrib.auth.views import redirect_to_login
from django.contrib.contenttypes.models import ContentType
from django.http import Http404
from wagtail.documents import get_document_model
from wagtail.models import Page, ReferenceIndex
from wagtail.permissions import policy_registry

from .visibility import can_view


def pages_using(document):
    """Live pages whose saved content uses `document`."""
    ids = ReferenceIndex.get_references_to(document).filter(
        base_content_type=ContentType.objects.get_for_model(Page)
    )
    return Page.objects.live().filter(
        pk__in=[int(pk) for pk in ids.values_list("object_id", flat=True)]
    )


def may_download(document, request):
    permission_policy = policy_registry.get_by_type(get_document_model())
    if request.user.is_authenticated and permission_policy.user_has_permission_for_instance(
        request.user, "change", document
    ):
        return True
    return any(can_view(page, request) for page in pages_using(document))


def guard_document(document, request):
    """The before_serve_document hook: a response (or 404) when `request` may not have it."""
    if may_download(document, request):
        return None
    if not request.user.is_authenticated and pages_using(document).exists():
        return redirect_to_login(request.get_full_path())
    raise Http404(get_document_model()._meta.verbose_name)
