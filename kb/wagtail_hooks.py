"""Site-wide wiring: who may download a document, and the "Kunci masuk" page under Settings."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from .documents import guard_document
from .login_lockouts import UNLOCK_ACTION, LoginLockoutsView, unlock

hooks.register("before_serve_document", guard_document)


class SuperuserMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.is_superuser


@hooks.register("register_admin_urls")
def register_login_lockout_urls():
    return [
        path("kunci-masuk/", LoginLockoutsView.as_view(), name="login_lockouts"),
        path("kunci-masuk/buka/", unlock, name="login_unlock"),
    ]


@hooks.register("register_settings_menu_item")
def register_login_lockouts_menu_item():
    return SuperuserMenuItem(
        _("Kunci masuk"), reverse("login_lockouts"), name="login-lockouts", icon_name="lock"
    )


@hooks.register("register_log_actions")
def register_unlock_log_action(actions):
    actions.register_action(UNLOCK_ACTION, _("Buka kunci masuk"), _("Kunci masuk dibuka"))
