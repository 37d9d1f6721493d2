"""Journey 3: the author (Penulis) records what they observed on a study trip, adapts a
published idea into a Tiru, attaches evidence and submits it for review, in Chromium."""

import re

import pytest
from playwright.sync_api import expect
from wagtail.models import WorkflowState

from ideas.choices import Stage
from ideas.models import Agency, IdeaPage, StudyTripPage
from tests.browser.conftest import BROWSER_DB

pytestmark = pytest.mark.engines

OBSERVED_TITLE = "Pojok layanan perizinan di pasar"
OBSERVED_SUMMARY = "Petugas perizinan membuka meja di pasar tiap Sabtu untuk pedagang kecil."
EVIDENCE_TITLE = "Surat minat replikasi"
# Saving a page updates the search and reference indexes: slower than a click on a busy CI.
SAVE_MS = 30_000


def save_draft(page):
    with page.expect_navigation(timeout=SAVE_MS):
        page.get_by_role("button", name="Simpan draf", exact=True).click()


@BROWSER_DB
def test_author_observes_on_a_trip_then_adapts_and_submits(demo, journey, login, page, tmp_path):
    author = demo["penulis"]
    trip = StudyTripPage.objects.live().order_by("pk").first()
    login(author)

    # On the trip's public page, the author records an idea observed there.
    page.goto(trip.url)
    journey.step("Penulis membuka halaman publik studi banding")
    page.get_by_role("link", name="Catat ide yang diamati di sini").click()
    expect(page.locator("input[name=origin_place]")).to_have_value(trip.destination)
    expect(page.locator("select[name=stage]")).to_have_value("amati")
    journey.step("Editor ide baru, studi banding dan asalnya sudah terisi")
    page.locator("input[name=title]").fill(OBSERVED_TITLE)
    page.locator("textarea[name=summary]").fill(OBSERVED_SUMMARY)
    page.get_by_role("checkbox", name="Smart Governance").check()
    # No autosave on a new idea: nothing exists, and nothing complains, until it is saved.
    page.wait_for_timeout(1500)
    expect(page.get_by_text("Terdapat galat validasi")).to_have_count(0)
    assert not IdeaPage.objects.filter(title=OBSERVED_TITLE).exists()
    save_draft(page)
    expect(page.locator(".messages")).to_contain_text(OBSERVED_TITLE)
    journey.step("Ide Amati tersimpan sebagai draf")
    observed = IdeaPage.objects.get(title=OBSERVED_TITLE)
    assert observed.stage == Stage.AMATI
    assert observed.study_trip_id == trip.pk
    assert observed.origin_place == trip.destination
    assert observed.observed_on == trip.start_date
    assert observed.owner == author
    assert not observed.live

    # A published, illustrative idea from the demo, adapted into a Tiru.
    source = (
        IdeaPage.objects.live()
        .filter(stage=Stage.AMATI, is_illustrative=True)
        .exclude(study_trip=None)
        .order_by("pk")
        .first()
    )
    adopter = Agency.objects.filter(is_own=True).exclude(pk=source.source_agency_id).first()
    page.goto(source.url)
    journey.step("Penulis membuka ide yang sudah terbit")
    page.get_by_role("link", name="Adaptasi ide ini").click()
    title = page.locator("input[name=title]")
    expect(title).to_have_value(source.title)
    journey.step("Formulir adaptasi: judul dari sumbernya, tanpa kurung")
    page.get_by_label("Tiru", exact=True).check()
    page.get_by_label("Perangkat daerah pengadopsi").select_option(label=str(adopter))
    with page.expect_navigation():
        page.get_by_role("button", name="Buat draf adaptasi").click()
    expect(page.locator(".messages")).to_contain_text("Draf adaptasi dibuat")
    duplicates = page.locator("[data-idea-duplicates]")
    expect(duplicates).to_be_attached()
    expect(duplicates.locator("[data-duplicates-list]")).not_to_contain_text(source.title)
    journey.step("Draf Tiru di editor; ide sumbernya tidak disebut duplikat")
    draft = IdeaPage.objects.get(pk=re.search(r"/pages/(\d+)/edit/", page.url)[1])
    assert draft.derived_from == source
    assert draft.owner == author
    assert draft.stage == Stage.TIRU
    assert draft.title == source.title
    assert not draft.is_illustrative
    assert "Contoh ilustratif" not in str(draft.body)
    assert draft.adopting_agency == adopter
    assert (draft.origin_place, draft.study_trip_id, draft.observed_on) == (
        source.origin_place,
        source.study_trip_id,
        source.observed_on,
    )

    # Evidence: a letter of interest, uploaded through the document chooser.
    letter = tmp_path / "surat-minat-replikasi.txt"
    letter.write_text("Surat minat replikasi dari perangkat daerah pengadopsi.\n")
    page.get_by_role("tab", name="Hasil dan bukti").click()
    page.get_by_role("button", name=re.compile("Tambah bukti dukung", re.I)).click()
    page.get_by_role("button", name="Pilih dokumen").first.click()
    modal = page.locator(".modal[role=dialog]")
    modal.get_by_role("tab", name="Unggah").click()
    modal.locator("input[type=file]").set_input_files(str(letter))
    modal.locator("#tab-upload input[name$=title]").fill(EVIDENCE_TITLE)
    journey.step("Mengunggah bukti dukung lewat pemilih dokumen")
    modal.get_by_role("button", name="Unggah").click()
    expect(modal).to_be_hidden()
    expect(page.get_by_text(EVIDENCE_TITLE).first).to_be_visible()
    journey.step("Bukti dukung terpasang pada draf")
    save_draft(page)
    draft.refresh_from_db()
    latest = draft.get_latest_revision_as_object()
    assert [item.document.title for item in latest.evidence.all()] == [EVIDENCE_TITLE]

    # Submitted for review from the footer's action menu.
    page.locator("footer .w-dropdown-button .w-dropdown__toggle").click()
    journey.step("Menu aksi: ajukan untuk ditinjau")
    with page.expect_navigation(timeout=SAVE_MS):
        page.get_by_role("button", name=re.compile("^Ajukan ke")).click()
    journey.step("Draf diajukan ke pimpinan")
    state = IdeaPage.objects.get(pk=draft.pk).current_workflow_state
    assert state is not None
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert state.requested_by == author
