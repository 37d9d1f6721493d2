"""Wagtail's admin is fully translated into Indonesian (``locale/id``).

The catalogs are built by ``scripts/build_wagtail_locale.py``; these tests
check them against Wagtail's English source catalogs.
"""

import functools
import gettext
import importlib.util
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from django.utils import translation
from django.utils.translation.trans_real import DjangoTranslation

ROOT = Path(__file__).resolve().parents[2]
LOCALE_DIR = ROOT / "locale" / "id" / "LC_MESSAGES"


def _load_build_script():
    spec = importlib.util.spec_from_file_location(
        "build_wagtail_locale", ROOT / "scripts" / "build_wagtail_locale.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


build = _load_build_script()

# Loanwords and abbreviations that standard Indonesian (KBBI) spells exactly
# as English does; a msgid reduced to one of these may stay unchanged.
SAME_IN_INDONESIAN = {
    "admin",
    "administrator",
    "alias",
    "email",
    "format",
    "id",
    "item",
    "label",
    "slug",
    "status",
    "tag",
    "token",
    "url",
}
PLACEHOLDER = re.compile(r"%\(\w+\)[sdif]|%[sdif]|\{\w*\}")
# Everything that must survive translation unchanged.
FORMAT_TOKEN = re.compile(r"%\(\w+\)[sdif]|%[sdif]|\{\w*\}|<[^>]+>|&\w+;")

SOURCE = {domain: build.collect_msgids(domain) for domain in build.DOMAINS}
APP_CASES = [
    (domain, app)
    for domain, messages in SOURCE.items()
    for app in sorted({app for entry in messages.values() for app in entry.apps})
]


def _may_stay_english(text):
    words = PLACEHOLDER.sub("", text).strip(" :.").lower()
    return not re.search(r"[a-z]", words) or words in SAME_IN_INDONESIAN


@functools.cache
def _js_catalog():
    """The catalog Django's JavaScriptCatalog view serves for ``id``."""
    return DjangoTranslation("id", domain="djangojs")


def _translate(domain, entry, count):
    """Return ``(English, Indonesian)`` for ``entry`` as Django renders it."""
    english = entry.msgid if entry.msgid_plural is None or count == 1 else entry.msgid_plural
    if domain == "djangojs":
        catalog = _js_catalog()
        if entry.msgid_plural is None:
            return english, catalog.gettext(entry.msgid)
        return english, catalog.ngettext(entry.msgid, entry.msgid_plural, count)
    if entry.msgid_plural is None and entry.msgctxt is None:
        return english, translation.gettext(entry.msgid)
    if entry.msgid_plural is None:
        return english, translation.pgettext(entry.msgctxt, entry.msgid)
    if entry.msgctxt is None:
        return english, translation.ngettext(entry.msgid, entry.msgid_plural, count)
    return english, translation.npgettext(entry.msgctxt, entry.msgid, entry.msgid_plural, count)


@pytest.mark.parametrize(("domain", "app"), APP_CASES, ids=[f"{d}:{a}" for d, a in APP_CASES])
def test_every_wagtail_string_is_translated(domain, app):
    """Under ``id`` no msgid of the app comes back empty or in English."""
    untranslated = []
    with translation.override("id"):
        for entry in SOURCE[domain].values():
            if app not in entry.apps:
                continue
            for count in (1, 2) if entry.msgid_plural else (1,):
                english, indonesian = _translate(domain, entry, count)
                if not indonesian.strip() or (
                    indonesian == english and not _may_stay_english(english)
                ):
                    untranslated.append(english)
    assert not untranslated, f"{len(untranslated)} untranslated: {untranslated[:20]}"


def _committed_entries(domain):
    return build.read_po(LOCALE_DIR / f"{domain}.po")[1].values()


@pytest.mark.parametrize("domain", build.DOMAINS)
def test_translations_keep_placeholders_and_markup(domain):
    """Each msgstr has the same placeholders, tags and entities as its msgid."""
    broken = []
    for entry in _committed_entries(domain):
        if not entry.msgstr[0]:
            continue
        expected = [
            sorted(FORMAT_TOKEN.findall(text))
            for text in (entry.msgid, entry.msgid_plural)
            if text is not None
        ]
        if sorted(FORMAT_TOKEN.findall(entry.msgstr[0])) not in expected:
            broken.append((entry.msgid, entry.msgstr[0]))
    assert not broken, broken[:20]


def _edges(text):
    return re.match(r"\s*", text)[0], re.search(r"\s*$", text)[0]


@pytest.mark.parametrize("domain", build.DOMAINS)
def test_translations_keep_surrounding_whitespace(domain):
    """Labels like 'Status: ' keep their trailing space in Indonesian."""
    broken = [
        (entry.msgid, entry.msgstr[0])
        for entry in _committed_entries(domain)
        if entry.msgstr[0] and _edges(entry.msgstr[0]) != _edges(entry.msgid)
    ]
    assert not broken, broken[:20]


@pytest.mark.parametrize("domain", build.DOMAINS)
def test_committed_mo_matches_po(domain, tmp_path):
    """The committed .mo is what ``msgfmt --check`` makes of the committed .po."""
    msgfmt = shutil.which("msgfmt")
    if msgfmt is None:
        pytest.fail("msgfmt (GNU gettext) is required to check the .mo files")
    fresh = tmp_path / f"{domain}.mo"
    po = LOCALE_DIR / f"{domain}.po"
    subprocess.run([msgfmt, "--check", "-o", fresh, po], check=True)  # noqa: S603
    with open(fresh, "rb") as expected, open(LOCALE_DIR / f"{domain}.mo", "rb") as got:
        assert gettext.GNUTranslations(got)._catalog == (gettext.GNUTranslations(expected)._catalog)
