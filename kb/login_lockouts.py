"""The "Kunci masuk" admin page: current sign-in lockouts, and unlocking them (superusers only)."""

from dataclasses import dataclass
from datetime import datetime

from axes.helpers import get_cool_off
from axes.models import AccessAttempt
from axes.utils import reset
from django import forms
from django.conf import settings
from django.contrib import messages
from django.db.models import Count, Max, Sum
from django.http import Http404
from django.shortcuts import redirect
from django.utils.timezone import now
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST
from django.views.generic import TemplateView
from wagtail.admin.views.generic import WagtailAdminTemplateMixin
from wagtail.log_actions import log

UNLOCK_ACTION = "kb.login_unlock"
# Rows shown per table; "Buka semua kunci" reaches the rest.
LIST_LIMIT = 200


@dataclass
class Lockout:
    value: str  # the username, or the address
    failures: int
    spread: int  # the addresses the account was tried from, or the accounts tried from it
    last_attempt: datetime
    ends: datetime  # at the latest: the cool-off counts from the last failure


def _lockouts(field, spread_field, limit):
    """Usernames or addresses whose failures within the cool-off reach their limit, counted
    as kb.login_throttle.ThrottleHandler does."""
    cool_off = get_cool_off()
    rows = (
        AccessAttempt.objects.filter(attempt_time__gte=now() - cool_off)
        .exclude(**{f"{field}__isnull": True})
        .values(field)
        .annotate(
            failures=Sum("failures_since_start"),
            spread=Count(spread_field, distinct=True),
            last_attempt=Max("attempt_time"),
        )
        .filter(failures__gte=limit)
        .order_by("-last_attempt")
    )
    total = rows.count()
    return total, [
        Lockout(
            value=row[field],
            failures=row["failures"],
            spread=row["spread"],
            last_attempt=row["last_attempt"],
            ends=row["last_attempt"] + cool_off,
        )
        for row in rows[:LIST_LIMIT]
    ]


def _superuser_only(request):
    # 404 rather than 403: the page's existence is nobody else's business.
    if not request.user.is_superuser:
        raise Http404


class LoginLockoutsView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "kb/login_lockouts.html"
    page_title = gettext_lazy("Kunci masuk")
    header_icon = "lock"

    def dispatch(self, request, *args, **kwargs):
        _superuser_only(request)
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.get_page_title()}]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        account_limit = settings.AXES_FAILURE_LIMIT
        address_limit = settings.KB_LOGIN_ADDRESS_FAILURE_LIMIT
        account_total, accounts = _lockouts("username", "ip_address", account_limit)
        address_total, addresses = _lockouts("ip_address", "username", address_limit)
        context.update(
            accounts=accounts,
            account_total=account_total,
            addresses=addresses,
            address_total=address_total,
            any_attempts=AccessAttempt.objects.exists(),
            account_limit=account_limit,
            address_limit=address_limit,
            cool_off_minutes=int(get_cool_off().total_seconds() // 60),
            list_limit=LIST_LIMIT,
        )
        return context


class UnlockForm(forms.Form):
    ACCOUNT, ADDRESS, ALL = "akun", "alamat", "semua"
    kind = forms.ChoiceField(choices=[(ACCOUNT, ""), (ADDRESS, ""), (ALL, "")])
    value = forms.CharField(max_length=255, required=False, strip=False)

    def clean(self):
        data = super().clean()
        kind, value = data.get("kind"), data.get("value", "")
        if kind == self.ADDRESS:
            try:
                data["value"] = forms.GenericIPAddressField().clean(value)
            except forms.ValidationError:
                raise forms.ValidationError(gettext_lazy("Alamat itu bukan alamat IP.")) from None
        elif kind == self.ACCOUNT and not value:
            raise forms.ValidationError(gettext_lazy("Nama pengguna kosong."))
        return data


@require_POST
def unlock(request):
    """Remove the failures behind one lockout (or all of them), and log who did it."""
    _superuser_only(request)
    form = UnlockForm(request.POST)
    if not form.is_valid():
        messages.error(request, " ".join(form.non_field_errors()) or _("Permintaan tidak sah."))
        return redirect("login_lockouts")
    kind, value = form.cleaned_data["kind"], form.cleaned_data["value"]
    if kind == UnlockForm.ACCOUNT:
        scope, target = {"username": value}, _("akun “%(username)s”") % {"username": value}
    elif kind == UnlockForm.ADDRESS:
        scope, target = {"ip_address": value}, _("alamat %(address)s") % {"address": value}
    else:
        scope, target = {}, _("semua akun dan alamat")
    latest = AccessAttempt.objects.filter(**scope).order_by("-attempt_time").first()
    if latest is None:
        messages.info(request, _("Tidak ada kunci untuk %(target)s.") % {"target": target})
        return redirect("login_lockouts")
    # The log entry hangs on the newest attempt removed; its label says what was unlocked.
    log(latest, UNLOCK_ACTION, user=request.user, title=target, data={"kind": kind, "value": value})
    reset(username=scope.get("username"), ip=scope.get("ip_address"))
    messages.success(request, _("Kunci masuk %(target)s dibuka.") % {"target": target})
    return redirect("login_lockouts")
