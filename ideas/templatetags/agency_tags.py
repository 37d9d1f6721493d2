"""`{% agency_link agency %}`: an agency's name, linked to its public page when it has one."""

from django import template
from django.contrib.auth.models import AnonymousUser
from django.utils.html import format_html

from ..agencies import linkable_ids

register = template.Library()


class _Anonymous:
    user = AnonymousUser()


@register.simple_tag(takes_context=True)
def agency_link(context, agency):
    """The agency's name (with acronym) as a link to /instansi/<slug>/, or as plain text when
    this request may not see its page (no live idea it may view names it)."""
    if agency is None:
        return ""
    request = context.get("request") or _Anonymous()
    if agency.pk in linkable_ids(request):
        return format_html(
            '<a class="agency-link" href="{}">{}</a>', agency.get_absolute_url(), agency
        )
    return format_html("{}", agency)
