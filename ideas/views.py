"""'Masih berjalan?': the public page an owner reaches from a reminder email, and the admin
action that does the same for an editor."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.formats import date_format
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST

from . import freshness
from .choices import Status
from .models import IdeaPage

STATUS_CODES = {
    freshness.EXPIRED: 410,
    freshness.INVALID: 400,
    freshness.UNAVAILABLE: 404,
    freshness.RESTRICTED: 403,
}


@never_cache
def confirm_running(request, token):
    """GET shows the idea and a "Ya, masih berjalan" button; only the POST confirms.

    GET must never change anything: mail scanners, link previews and antivirus gateways
    fetch every link in an email, which would confirm ideas no person looked at.
    """
    check = freshness.check_token(token, request)
    confirmed = False
    if request.method == "POST" and check.is_valid:
        freshness.confirm_running(check.idea)
        confirmed = True
    context = {"check": check, "idea": check.idea, "confirmed": confirmed}
    response = TemplateResponse(
        request,
        "ideas/confirm_running.html",
        context,
        status=STATUS_CODES.get(check.state, 200),
    )
    response["X-Robots-Tag"] = "noindex"
    return response


@require_POST
def confirm_running_admin(request, page_id):
    """The admin page-header action "Konfirmasi masih berjalan", for users who may edit."""
    idea = get_object_or_404(IdeaPage, pk=page_id)
    if not idea.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
    if idea.status == Status.STOPPED:
        messages.error(
            request,
            _("“%(title)s” berstatus Dihentikan, jadi tidak dapat dikonfirmasi masih berjalan.")
            % {"title": idea.get_admin_display_title()},
        )
    else:
        today = freshness.confirm_running(idea)
        messages.success(
            request,
            _("“%(title)s” tercatat masih berjalan per %(date)s.")
            % {"title": idea.get_admin_display_title(), "date": date_format(today, "j F Y")},
        )
    next_url = request.POST.get("next", "")
    if url_has_allowed_host_and_scheme(
        next_url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return redirect(next_url)
    return redirect("wagtailadmin_pages:edit", idea.pk)
