"""The site's own interface is fully translated into English (``locale/en``).

The msgids are Indonesian (the default language); ``locale/en/LC_MESSAGES/django.po``
holds their English translations. These tests check that every Indonesian msgid
has one, that placeholders and markup survive, that the language switch serves
the English home page, and that the committed ``.mo`` is compiled from the ``.po``.
"""

import gettext
import importlib.util
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from django.urls import reverse
from django.utils import translation

ROOT = Path(__file__).resolve().parents[2]
LOCALE_DIR = ROOT / "locale" / "en" / "LC_MESSAGES"
PO_FILE = LOCALE_DIR / "django.po"
MO_FILE = LOCALE_DIR / "django.mo"


def _load_build_script():
    """The PO parser of ``scripts/build_wagtail_locale.py`` (see test_admin_locale.py)."""
    spec = importlib.util.spec_from_file_location(
        "build_wagtail_locale", ROOT / "scripts" / "build_wagtail_locale.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


HEADER, ENTRIES = _load_build_script().read_po(PO_FILE)

# Msgids that are already English, or names and product vocabulary that stay as
# they are in English: the ATM stages, the site's name, loanwords.
SAME_IN_ENGLISH = frozenset(
    {
        "Actions",
        "Amati",
        "Digital",
        "Edit your notification preferences here:",
        "Enter password",
        "Hello %(username)s,",
        "Lumbung Inovasi",
        "Modifikasi",
        "Non-digital",
        "Password",
        "Status",
        "Target",
        "target",
        "Tiru",
    }
)
# Everything that must survive translation unchanged: placeholders, tags, entities.
FORMAT_TOKEN = re.compile(r"%\(\w+\)[sdif]|%[sdif]|\{\w*\}|<[^>]+>|&\w+;")
# The label of the home page's search box (templates/kb/home_page.html).
HOME_SEARCH_LABEL = "Cari inovasi, layanan, atau perangkat daerah"


def _renderings(entry):
    """``(msgid form, English)`` pairs for ``entry`` as Django renders it under ``en``."""
    if entry.msgid_plural is None:
        if entry.msgctxt is None:
            return [(entry.msgid, translation.gettext(entry.msgid))]
        return [(entry.msgid, translation.pgettext(entry.msgctxt, entry.msgid))]
    pairs = []
    for count, source in ((1, entry.msgid), (2, entry.msgid_plural)):
        if entry.msgctxt is None:
            english = translation.ngettext(entry.msgid, entry.msgid_plural, count)
        else:
            english = translation.npgettext(entry.msgctxt, entry.msgid, entry.msgid_plural, count)
        pairs.append((source, english))
    return pairs


INDONESIAN_ENTRIES = [entry for entry in ENTRIES.values() if entry.msgid not in SAME_IN_ENGLISH]


def test_catalog_header_is_english():
    assert HEADER["Language"] == "en"
    assert HEADER["Plural-Forms"] == "nplurals=2; plural=(n != 1);"


def test_catalog_has_no_fuzzy_entries():
    fuzzy = [entry.msgid for entry in ENTRIES.values() if "fuzzy" in entry.flags]
    assert not fuzzy, fuzzy[:20]


def test_catalog_is_not_trivially_small():
    """Guards the other tests against an empty or truncated catalog."""
    assert len(INDONESIAN_ENTRIES) > 200


def test_every_indonesian_msgid_is_translated():
    """Under ``en`` no Indonesian msgid comes back empty or unchanged."""
    untranslated = []
    with translation.override("en"):
        for entry in INDONESIAN_ENTRIES:
            for source, english in _renderings(entry):
                if not english.strip() or english == source:
                    untranslated.append(source)
    assert not untranslated, f"{len(untranslated)} untranslated: {untranslated[:20]}"


def test_translations_keep_placeholders_and_markup():
    """Each English string has the same placeholders, tags and entities as its msgid."""
    broken = []
    with translation.override("en"):
        for entry in INDONESIAN_ENTRIES:
            for source, english in _renderings(entry):
                if sorted(FORMAT_TOKEN.findall(english)) != sorted(FORMAT_TOKEN.findall(source)):
                    broken.append((source, english))
    assert not broken, broken[:20]


def test_plural_forms_differ_in_english():
    """``1 idea`` but ``2 ideas``: the English plural rule is in effect."""
    with translation.override("en"):
        assert translation.ngettext("%(n)s ide", "%(n)s ide", 1) % {"n": 1} == "1 idea"
        assert translation.ngettext("%(n)s ide", "%(n)s ide", 2) % {"n": 2} == "2 ideas"


@pytest.mark.parametrize("stage", ["Amati", "Tiru", "Modifikasi"])
def test_atm_stages_stay_indonesian_in_english(stage):
    with translation.override("en"):
        assert translation.gettext(stage) == stage


@pytest.mark.django_db
def test_home_page_is_indonesian_by_default(client):
    response = client.get("/")
    assert response.status_code == 200
    html = response.content.decode()
    assert '<html lang="id"' in html
    assert HOME_SEARCH_LABEL in html


@pytest.mark.django_db
def test_language_switch_serves_english_home_page(client):
    with translation.override("en"):
        english_label = translation.gettext(HOME_SEARCH_LABEL)
    assert english_label != HOME_SEARCH_LABEL

    response = client.post(reverse("set_language"), {"language": "en", "next": "/"})
    assert response.status_code == 302
    assert response["Location"] == "/"

    response = client.get("/")
    assert response.status_code == 200
    html = response.content.decode()
    assert '<html lang="en"' in html
    assert english_label in html
    assert HOME_SEARCH_LABEL not in html


def test_committed_mo_matches_po(tmp_path):
    """The committed .mo is what ``msgfmt --check`` makes of the committed .po."""
    msgfmt = shutil.which("msgfmt")
    if msgfmt is None:
        pytest.fail("msgfmt (GNU gettext) is required to check the .mo file")
    assert MO_FILE.exists(), "run: manage.py compilemessages -l en --ignore=.venv"
    fresh = tmp_path / "django.mo"
    subprocess.run([msgfmt, "--check", "-o", fresh, PO_FILE], check=True)  # noqa: S603
    with open(fresh, "rb") as expected, open(MO_FILE, "rb") as got:
        assert gettext.GNUTranslations(got)._catalog == gettext.GNUTranslations(expected)._catalog
