"""The Content-Security-Policy of each response: the site's own, relaxed only where Wagtail must."""

from csp.constants import NONE, SELF, UNSAFE_INLINE
from csp.middleware import CSPMiddleware
from django.urls import reverse

# What Wagtail 8's admin needs beyond the site's policy (CONTENT_SECURITY_POLICY), found by
# walking the admin in Chromium with the site's policy (tests/browser/test_csp.py walks it too):
# - inline <script> elements: its widgets print them (choosers, date fields, inline panels),
#   and jQuery runs those in the HTML its modals and panels insert. They are built without
#   the request, so no nonce can reach them, and their content varies, so no hash fits.
# - inline <style> elements: its bundled libraries insert them (vendor.js).
# - blob: images: the previews of images being uploaded.
# Inline event handlers and style attributes stay forbidden: the admin uses none. The
# *-attr directives say so to current browsers; one without them falls back to the relaxed
# script-src/style-src rather than breaking the admin.
ADMIN_RELAXATIONS = {
    "script-src": [UNSAFE_INLINE],
    "script-src-attr": [NONE],
    "style-src": [UNSAFE_INLINE],
    "style-src-attr": [NONE],
    "img-src": ["blob:"],
}


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """django-csp's middleware, with two adjustments to the policy from the settings.

    - Under the Wagtail admin, ADMIN_RELAXATIONS are added.
    - What Wagtail frames in its own pages may be framed by the site itself
      (`frame-ancestors 'self'`; every other response keeps `'none'`, like its
      `X-Frame-Options: DENY`): the page the editor's preview panel renders (Wagtail runs it
      through the middleware as a request of its own, flagged `in_preview_panel`) and the
      responses Wagtail marks `X-Frame-Options: SAMEORIGIN` (preview errors, block previews).
    """

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if request.path_info.startswith(reverse("wagtailadmin_home")):
            parts.update = {**ADMIN_RELAXATIONS, **(parts.update or {})}
        if getattr(request, "in_preview_panel", False) or (
            response.get("X-Frame-Options") == "SAMEORIGIN"
        ):
            parts.replace = {**(parts.replace or {}), "frame-ancestors": [SELF]}
        return parts
