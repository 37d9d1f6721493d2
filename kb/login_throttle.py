"""How django-axes throttles sign-in here: the client's address, how failures count, what a
successful sign-in forgives, and the page a locked-out person sees (the AXES_* settings)."""

import ipaddress
import math

from axes.attempts import get_cool_off_threshold
from axes.handlers.database import AxesDatabaseHandler
from axes.helpers import get_client_username, get_cool_off
from axes.models import AccessAttempt
from django.conf import settings
from django.db.models import Sum
from django.shortcuts import render
from django.utils.cache import add_never_cache_headers


def _valid_address(value):
    try:
        return str(ipaddress.ip_address(value.strip()))
    except (AttributeError, ValueError):
        return None


def client_ip(request):
    """The address failures are counted against.

    By default the connection's own address: X-Forwarded-For is whatever the client chose
    to send. Behind KB_TRUSTED_PROXY_COUNT = n proxies that each append the address they
    saw, the n-th entry from the right is the one the outermost proxy saw; anything left
    of it is the client's to invent. If the header is shorter than that or not an address,
    the request did not come through the proxies as configured, and the connection's
    address (the proxy's) is used: a shared count, never one the client picked.
    """
    proxies = settings.KB_TRUSTED_PROXY_COUNT
    if proxies > 0:
        forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")
        if len(forwarded) >= proxies:
            address = _valid_address(forwarded[-proxies])
            if address:
                return address
    return _valid_address(request.META.get("REMOTE_ADDR"))


class ThrottleHandler(AxesDatabaseHandler):
    """Axes' database handler with a limit of its own for addresses, forgiving only the
    person who signs in.

    Axes has one limit for every lockout parameter. Were an address locked as soon as an
    account is, one person's typos would lock everyone behind the same office router; so an
    address has KB_LOGIN_ADDRESS_FAILURE_LIMIT, higher than an account's AXES_FAILURE_LIMIT.
    """

    def get_failures(self, request, credentials=None):
        """Failures within the cool-off on the scale of AXES_FAILURE_LIMIT (axes locks when
        this reaches it): the account's own count, or the whole limit once the address has
        reached its limit."""
        recent = AccessAttempt.objects.filter(attempt_time__gte=get_cool_off_threshold(request))

        def total(**match):
            return recent.filter(**match).aggregate(n=Sum("failures_since_start"))["n"] or 0

        by_account = total(username=get_client_username(request, credentials))
        if total(ip_address=request.axes_ip_address) >= settings.KB_LOGIN_ADDRESS_FAILURE_LIMIT:
            return max(by_account, settings.AXES_FAILURE_LIMIT)
        return by_account

    def reset_user_attempts(self, request, credentials=None):
        """On a successful sign-in (AXES_RESET_ON_SUCCESS), forgive only the failures this
        address made on this account. Axes deletes every failure for the account and every
        one from the address: whoever holds any account could sign in to it between guesses
        at another from the same address and never reach a limit (the axes maintainers
        recommend this narrower reset in their issue #317)."""
        count, _ = AccessAttempt.objects.filter(
            username=get_client_username(request, credentials),
            ip_address=request.axes_ip_address,
        ).delete()
        return count


def lockout_response(request, original_response=None, credentials=None):
    """The Indonesian lockout page, 429 Too Many Requests: the request was refused because
    of how many came before it, not because of who is asking (403), and Retry-After says
    when to come back. The cool-off counts from the last counted failure, so it is the
    longest the wait can be."""
    cool_off = get_cool_off(request)
    response = render(
        request,
        "kb/login_locked.html",
        {"cool_off_minutes": math.ceil(cool_off.total_seconds() / 60)},
        status=429,
    )
    response["Retry-After"] = str(math.ceil(cool_off.total_seconds()))
    add_never_cache_headers(response)
    return response
