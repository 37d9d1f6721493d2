"""The server-error page, whose own inline stylesheet the Content-Security-Policy allows by hash.

templates/500.html stands alone on purpose (no context, database or static-file lookups), so it
carries its styles inline; the site's policy forbids inline styles except these exact ones.
"""

import base64
import hashlib
import re
from functools import cache

from csp.decorators import csp_update
from django.template import loader
from django.views import defaults


@cache
def style_hashes():
    """CSP sources for the <style> elements of 500.html, as written (no template tag in them)."""
    source = loader.get_template(defaults.ERROR_500_TEMPLATE_NAME).template.source
    styles = re.findall(r"<style>(.*?)</style>", source, re.DOTALL)
    digests = (hashlib.sha256(css.encode()).digest() for css in styles)
    return [f"'sha256-{base64.b64encode(digest).decode()}'" for digest in digests]


def server_error(request):
    return csp_update({"style-src": style_hashes()})(defaults.server_error)(request)
