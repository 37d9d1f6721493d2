"""Signing in and out on the public site, and where a sign-in at the admin ends for someone
who may not use the admin.

Both sign-in forms authenticate through AUTHENTICATION_BACKENDS, so django-axes counts and
locks failures on either of them alike (kb/login_throttle.py).
"""

from urllib.parse import urlsplit

from django.contrib import messages
from django.contrib.auth import views as auth_views
from django.urls import reverse
from django.utils.translation import gettext as _
from wagtail.admin.views.account import LoginView as WagtailLoginView

PUBLIC_HOME = "/"


def may_use_admin(user):
    return user.has_perm("wagtailadmin.access_admin")


def _in_admin(url):
    return urlsplit(url).path.startswith(reverse("wagtailadmin_home"))


def _public_landing(view):
    """Where a user who may not use the admin goes after signing in: the safe `next`, unless
    it is in the admin (which would only refuse them), else the public home page."""
    url = view.get_redirect_url()
    return url if url and not _in_admin(url) else PUBLIC_HOME


class SignInView(auth_views.LoginView):
    """ "Masuk" on the public site: back to the page the person came from (`next`, if it is on
    this site), the home page otherwise."""

    template_name = "kb/sign_in.html"
    next_page = PUBLIC_HOME

    def get_success_url(self):
        if may_use_admin(self.request.user):
            return super().get_success_url()
        return _public_landing(self)

    def form_valid(self, form):
        response = super().form_valid(form)
        user = form.get_user()
        messages.success(
            self.request,
            _("Anda masuk sebagai %(name)s.")
            % {"name": user.get_full_name() or user.get_username()},
        )
        return response


class SignOutView(auth_views.LogoutView):
    """ "Keluar" (a POST): the session ends and the person lands on the public home page,
    since the page they were on may be one only their account could read."""

    next_page = PUBLIC_HOME

    def post(self, request, *args, **kwargs):
        response = super().post(request, *args, **kwargs)
        messages.success(request, _("Anda sudah keluar."))
        return response


class AdminLoginView(WagtailLoginView):
    """Wagtail's admin sign-in. Someone signing in here whose account may not use the admin
    (a reader) is signed in all the same and taken to the public site with a message saying
    why, rather than to the admin's refusal with a session they cannot see."""

    def get_success_url(self):
        if may_use_admin(self.request.user):
            return super().get_success_url()
        messages.info(
            self.request,
            _(
                "Anda sudah masuk. Akun Anda tidak memiliki akses ke admin, jadi Anda dibawa "
                "ke situs; halaman terbatas yang boleh dibaca akun Anda kini dapat dibuka."
            ),
        )
        return _public_landing(self)
