"""The admin screens of the author's and the leader's journeys speak Indonesian.

test_admin_locale.py checks the catalogs string by string; this walks the screens as they
are rendered (text, the labels in attributes, the sidebar's JSON) and fails on any English
message the project could translate or override: Wagtail's, Django's and taggit's msgids,
a workflow still named in English, Wagtail's name where the product's belongs.
"""

import functools
import html
import json
import re
from html.parser import HTMLParser

import django
import taggit
from django.test import TestCase
from django.urls import reverse
from wagtail.models import Task, Workflow

from ideas.models import IdeaPage, StudyTripPage
from tests import factories
from tests.ideas.editor import add_url, edit_url
from tests.kb.test_admin_locale import SAME_IN_INDONESIAN, build

PLACEHOLDER = re.compile(r"%\(\w+\)[sdif]|%[sdif]|\{\w*\}")
ATTRIBUTES = {"title", "aria-label", "placeholder", "alt", "data-w-tooltip-content-value"}
# <noscript>: Wagtail's "needs JavaScript" note (translated, but naming Wagtail) sits outside
# any template block, and nobody with a working browser sees it.
SKIPPED_ELEMENTS = {"style", "script", "code", "pre", "noscript"}
# Spelled the same in both languages (month names, names, loanwords).
SAME_WORDS = SAME_IN_INDONESIAN | {
    "april",
    "september",
    "november",
    "wagtail",
    "ok",
    "pdf",
    "html",
    "none",  # Python's None, which Wagtail prints into the hidden counter of a side panel
}


def _catalog_msgids():
    from pathlib import Path

    wagtail_ids = [
        entry.msgid for domain in build.DOMAINS for entry in build.collect_msgids(domain).values()
    ]
    others = [
        Path(django.__file__).parent / "conf/locale/en/LC_MESSAGES/django.po",
        Path(taggit.__file__).parent / "locale/de/LC_MESSAGES/django.po",
    ]
    other_ids = [entry.msgid for po in others for entry in build.read_po(po)[1].values()]
    return wagtail_ids + other_ids


@functools.cache
def english_messages():
    """(exact texts, one pattern for the texts with placeholders) of every English msgid."""
    exact, patterns = set(), []
    for msgid in _catalog_msgids():
        text = " ".join(msgid.split())
        words = PLACEHOLDER.sub("", text).strip(" :.…").lower()
        if not re.search(r"[a-z]{2}", words) or words in SAME_WORDS or "<" in text:
            continue
        if PLACEHOLDER.search(text):
            parts = PLACEHOLDER.split(text)
            if sum(len(p.strip()) for p in parts) < 8:
                continue  # "%(a)s: %(b)s" says nothing in any language
            patterns.append(".+?".join(re.escape(p) for p in parts))
        else:
            exact.add(text)
    return exact, re.compile("|".join(f"(?:{p})" for p in patterns))


class ScreenText(HTMLParser):
    """Visible text nodes, label attributes and the strings of JSON scripts of a page."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.texts, self.skipping, self.json_script = [], [], False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag in SKIPPED_ELEMENTS:
            self.skipping.append(tag)
            self.json_script = tag == "script" and attrs.get("type") == "application/json"
        for name, value in attrs.items():
            if name in ATTRIBUTES and value:
                self.texts.append(value)

    def handle_endtag(self, tag):
        if self.skipping and self.skipping[-1] == tag:
            self.skipping.pop()
            self.json_script = False

    def handle_data(self, data):
        if self.json_script:
            # Labels, not the identifiers ("documents", "wagtail.sidebar.LinkMenuItem").
            self.texts.extend(
                text
                for text in _json_strings(json.loads(data))
                if " " in text.strip() or text[:1].isupper()
            )
        elif not self.skipping:
            self.texts.append(data)


def _json_strings(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _json_strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _json_strings(item)


def screen_texts(content):
    parser = ScreenText()
    parser.feed(content)
    texts = (" ".join(html.unescape(t).split()) for t in parser.texts)
    return [t for t in texts if t]


def english_on(content):
    exact, pattern = english_messages()
    found = []
    for text in screen_texts(content):
        for candidate in {text, text.rstrip(":").strip(), text.strip(" *")}:
            if candidate in exact or pattern.fullmatch(candidate):
                found.append(text)
                break
        else:
            if "Moderators approval" in text:
                found.append(text)
    return sorted(set(found))


class AdminLanguageTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.author = factories.user("penulis", group="Penulis")
        cls.leader = factories.user("pimpinan", group="Pimpinan")
        cls.agency = factories.agency("Dinas Kependudukan dan Pencatatan Sipil", acronym="Dukcapil")
        cls.idea = factories.idea(
            "Antrean daring Dukcapil", source_agency=cls.agency, owner=cls.author
        )
        cls.trip = factories.trip(owner=cls.author)

    def assertIndonesian(self, url, user=None):
        if user is not None:
            self.client.force_login(user)
        response = self.client.get(url, follow=True)
        self.assertEqual(response.status_code, 200, url)
        english = english_on(response.content.decode())
        self.assertEqual(english, [], f"English on {url}")
        return response

    def test_sign_in_page(self):
        response = self.assertIndonesian(reverse("wagtailadmin_login"))
        self.assertContains(response, "Masuk ke Lumbung Inovasi")
        wagtail = [t for t in screen_texts(response.content.decode()) if "Wagtail" in t]
        self.assertEqual(wagtail, [], "the sign-in page names the product")
        self.assertContains(response, "<title>Masuk - Lumbung Inovasi</title>", html=True)

    def test_author_screens(self):
        self.client.force_login(self.author)
        index = self.idea.get_parent()
        for url in (
            reverse("wagtailadmin_home"),
            reverse("wagtailadmin_explore", args=[index.pk]),
            add_url(IdeaPage, index),
            edit_url(self.idea),
            reverse("ideas_adapt", args=[self.idea.pk]),
            reverse("ideas_observe", args=[self.trip.pk]),
            add_url(StudyTripPage, self.trip.get_parent()),
            edit_url(self.trip),
            reverse("wagtailsnippets_ideas_agency:list"),
            reverse("my_proposals"),
            reverse("wagtaildocs:index"),
            reverse("wagtaildocs:add"),
        ):
            with self.subTest(url=url):
                self.assertIndonesian(url)

    def test_leader_screens(self):
        self.client.force_login(self.leader)
        for url in (
            reverse("wagtailadmin_home"),
            reverse("leaders_dashboard"),
            edit_url(self.idea),
            edit_url(self.trip),
            reverse("wagtailsnippets_ideas_agency:edit", args=[self.agency.pk]),
        ):
            with self.subTest(url=url):
                self.assertIndonesian(url)

    def test_submit_menu_names_workflows_in_indonesian(self):
        self.client.force_login(self.author)
        response = self.assertIndonesian(edit_url(self.trip))
        self.assertContains(response, "Persetujuan moderator")
        for model in (Workflow, Task):
            names = list(model.objects.values_list("name", flat=True))
            self.assertNotIn("Moderators approval", names)

    def test_tag_field_explains_itself_in_indonesian(self):
        self.client.force_login(self.author)
        response = self.client.get(edit_url(self.idea))
        self.assertContains(response, "Pisahkan label dengan koma")

    def test_no_admin_image_loads_from_outside_the_site(self):
        """Intranets have no internet: no Gravatar, nothing absolute."""
        self.client.force_login(self.author)
        for url in (reverse("wagtailadmin_home"), edit_url(self.idea)):
            content = self.client.get(url).content.decode()
            sources = re.findall(r"<img[^>]+src=\"([^\"]+)\"", content)
            self.assertTrue(sources, url)
            outside = [s for s in sources if re.match(r"(https?:)?//", s)]
            self.assertEqual(outside, [], url)

    def test_the_detector_finds_english(self):
        """Guards the walk against a detector that finds nothing."""
        page = (
            '<p>Sign in to Wagtail</p><button title="Delete">x</button>'
            '<script type="application/json">{"label": "Pages"}</script>'
            "<span>The slug 'abc' is already in use within the parent page.</span>"
            "<p>Simpan</p>"
        )
        self.assertEqual(
            english_on(page),
            [
                "Delete",
                "Pages",
                "Sign in to Wagtail",
                "The slug 'abc' is already in use within the parent page.",
            ],
        )
