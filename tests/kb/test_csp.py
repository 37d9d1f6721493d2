"""The Content-Security-Policy and framing headers: strict on the site, relaxed in the admin only
as far as Wagtail needs (kb/csp.py), and nothing allowed from another host."""

import base64
import hashlib
import re

import pytest
from django.test import Client
from wagtail.embeds.embeds import get_embed_hash
from wagtail.embeds.models import Embed

from kb.csp import ADMIN_RELAXATIONS
from tests import factories
from tests.kb.broken_urls import BROKEN_URL

SITE_POLICY = {
    "default-src": ["'self'"],
    "script-src": ["'self'"],
    "style-src": ["'self'"],
    "img-src": ["'self'"],
    "object-src": ["'none'"],
    "base-uri": ["'none'"],
    "form-action": ["'self'"],
    "frame-ancestors": ["'none'"],
}


def policy(response):
    """The Content-Security-Policy header as {directive: [sources]}."""
    directives = (part.split() for part in response["Content-Security-Policy"].split(";"))
    return {name: sources for name, *sources in directives}


def assert_no_outside_host(directives):
    for sources in directives.values():
        for source in sources:
            assert source.startswith("'") or source == "blob:", f"{source} in {directives}"


@pytest.fixture
def admin_client(db):
    client = Client()
    client.force_login(factories.user("admin", is_superuser=True))
    return client


def test_public_pages_get_the_site_policy_and_no_framing(client, db):
    idea = factories.idea("Antrean daring puskesmas")
    for url in ("/", idea.url, "/search/?q=antrean", "/tidak-ada/"):
        response = client.get(url)
        assert policy(response) == SITE_POLICY, url
        assert response["X-Frame-Options"] == "DENY"


def test_an_embed_shows_as_a_link_to_its_site_not_its_player(client, db):
    """The provider's frame would load from another host: the policy blocks it."""
    video = "https://www.youtube.com/watch?v=abc123"
    Embed.objects.create(  # as Wagtail caches what the provider answered when it was saved
        url=video,
        hash=get_embed_hash(video),
        type="video",
        html='<iframe src="https://www.youtube.com/embed/abc123"></iframe>',
    )
    idea = factories.idea("Antrean daring puskesmas", body=[("embed", video)])
    html = client.get(idea.url).content.decode()
    assert f'<a href="{video}">' in html
    assert "<iframe" not in html
    assert "youtube.com/embed" not in html


def test_the_admin_adds_only_what_wagtail_needs(admin_client):
    for url in ("/admin/login/", "/admin/", "/admin/pages/"):
        directives = policy(admin_client.get(url))
        assert directives == {
            **SITE_POLICY,
            "script-src": ["'self'", "'unsafe-inline'"],
            "script-src-attr": ["'none'"],
            "style-src": ["'self'", "'unsafe-inline'"],
            "style-src-attr": ["'none'"],
            "img-src": ["'self'", "blob:"],
        }, url
        assert_no_outside_host(directives)
    assert set(ADMIN_RELAXATIONS) <= set(directives)


def test_a_preview_wagtail_frames_may_be_framed_by_the_site_only(admin_client):
    idea = factories.idea("Antrean daring puskesmas")
    # Without a form to preview, Wagtail answers with its preview error, framed in the panel.
    response = admin_client.get(f"/admin/pages/{idea.pk}/edit/preview/?in_preview_panel=true")
    assert response["X-Frame-Options"] == "SAMEORIGIN"
    assert policy(response)["frame-ancestors"] == ["'self'"]
    edit = admin_client.get(f"/admin/pages/{idea.pk}/edit/")
    assert edit["X-Frame-Options"] == "DENY"
    assert policy(edit)["frame-ancestors"] == ["'none'"]


def test_the_admin_shows_no_gravatar(admin_client):
    """Avatars from gravatar.com would be a request to the outside, with a hash of each email."""
    factories.user("penulis", group="Penulis")
    for url in ("/admin/", "/admin/users/"):
        response = admin_client.get(url)
        assert response.status_code == 200
        assert b"gravatar" not in response.content, url


def test_the_server_error_page_may_use_its_own_inline_style_only(db, settings):
    settings.ROOT_URLCONF = "tests.kb.broken_urls"
    response = Client(raise_request_exception=False).get(BROKEN_URL)
    assert response.status_code == 500
    styles = re.findall(r"<style>(.*?)</style>", response.content.decode(), re.DOTALL)
    assert len(styles) == 1
    digest = base64.b64encode(hashlib.sha256(styles[0].encode()).digest()).decode()
    assert policy(response) == {**SITE_POLICY, "style-src": ["'self'", f"'sha256-{digest}'"]}
