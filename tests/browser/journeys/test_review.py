"""Journey 4: a proposal goes back and forth between its author (penulis) and a leader
(pimpinan) until it is published, found and trusted."""

import re

from django.urls import reverse
from django.utils import timezone
from playwright.sync_api import expect
from wagtail.models import WorkflowState

from ideas.models import IdeaPage
from ideas.staleness import stale_condition
from review.choices import Recommendation
from review.models import RubricReviewTaskState
from tests.review.helpers import proposal

from ..conftest import BROWSER_DB

TITLE = "Sasi kewang digital untuk hasil laut Negeri Hutumuri (DKP Ambon)"
WORD = "kewang"
RETURN_SCORES = {"impact": 4, "feasibility": 2, "cost": 3, "readiness": 2, "fit": 4}
APPROVE_SCORES = {"impact": 4, "feasibility": 4, "cost": 4, "readiness": 3, "fit": 5}
REASON = "Tuliskan siapa yang mencatat hasil laut dan berapa biaya tabletnya."
RESUBMIT = "Ajukan ulang ke Tinjauan Pimpinan"


def open_actions(page):
    """The footer's action menu, behind its toggle."""
    page.locator("footer .w-dropdown-button .w-dropdown__toggle").click()
    return page.locator("footer")


def fill_modal(page, action, scores):
    page.get_by_role("button", name=action).click()
    modal = page.locator(".modal[role=dialog]")
    expect(modal.locator("form")).to_be_visible()
    for name, score in scores.items():
        modal.locator(f"input[type=radio][name={name}][value='{score}']").check()
    return modal


def sign_in_as(page, login, user):
    page.context.clear_cookies()
    login(user)


@BROWSER_DB
def test_a_proposal_is_returned_resubmitted_approved_and_found(demo, journey, login, page):
    author, leader = demo["penulis"], demo["pimpinan"]
    draft = proposal(author, title=TITLE)
    edit = f"/admin/pages/{draft.pk}/edit/"

    # The leader opens the proposal and returns it, with scores and a reason.
    sign_in_as(page, login, leader)
    page.goto(edit)
    expect(page.get_by_role("heading", name=re.compile("Sasi kewang digital"))).to_be_visible()
    journey.step("Pimpinan membuka usulan Sasi kewang digital yang menunggu tinjauan")
    footer = open_actions(page)
    expect(footer.get_by_role("button", name="Kembalikan untuk revisi")).to_be_visible()
    expect(footer.get_by_role("button", name="Terbitkan", exact=True)).to_have_count(0)
    expect(footer.get_by_role("button", name="Batalkan alur kerja")).to_have_count(0)
    modal = fill_modal(page, "Kembalikan untuk revisi", RETURN_SCORES)
    expect(modal.get_by_text("Alasan keputusan")).to_be_visible()
    expect(modal.get_by_text("Catatan penilaian (tidak wajib)")).to_be_visible()
    modal.locator("textarea[name=reason]").fill(REASON)
    journey.step("Pimpinan memberi nilai dan menulis alasan di jendela Kembalikan untuk revisi")
    with page.expect_navigation():
        modal.locator("form button[type=submit]").click()
    expect(page.locator(".messages .success", has_text="Penulis diberi tahu")).to_be_visible()
    journey.step("Pimpinan diberi tahu bahwa usulan dikembalikan dan penulis diberi tahu")
    returned = IdeaPage.objects.get(pk=draft.pk)
    assert returned.current_workflow_state.status == WorkflowState.STATUS_NEEDS_CHANGES

    # The author opens the editor: the reason is there, and one way on: resubmit.
    sign_in_as(page, login, author)
    page.goto(edit)
    decision = page.locator("section.review-decision")
    expect(decision).to_contain_text("Usulan ini dikembalikan untuk revisi")
    expect(decision).to_contain_text(REASON)
    expect(decision).to_contain_text("Kelayakan 2")
    expect(decision).to_contain_text("Diputuskan oleh")
    journey.step("Penulis membuka editor dan membaca alasan pimpinan di atas formulir")
    footer = page.locator("footer")
    primary = footer.locator(".w-dropdown-button > button[name=action-submit]")
    expect(primary).to_have_text(re.compile(RESUBMIT))
    open_actions(page)
    expect(footer.get_by_role("button", name="Mulai ulang alur kerja")).to_have_count(0)
    expect(footer.get_by_role("button", name="Batalkan alur kerja")).to_have_count(0)
    expect(footer.get_by_role("button", name=re.compile("Ajukan ulang"))).to_have_count(1)
    journey.step("Penulis melihat satu tindakan utama: Ajukan ulang ke Tinjauan Pimpinan")
    page.keyboard.press("Escape")
    page.locator("#id_summary").fill(
        "Kewang mencatat hasil laut di tablet; biaya dua tablet dari dana desa (contoh demo)."
    )
    with page.expect_navigation():
        primary.click()
    journey.step("Penulis mengajukan ulang usulannya")
    resubmitted = IdeaPage.objects.get(pk=draft.pk)
    assert resubmitted.current_workflow_state.status == WorkflowState.STATUS_IN_PROGRESS
    rounds = RubricReviewTaskState.objects.filter(workflow_state__object_id=str(draft.pk))
    assert rounds.count() == 2

    # The leader sees the earlier decision and approves through the rubric.
    sign_in_as(page, login, leader)
    page.goto(edit)
    expect(page.locator("section.review-decision")).to_contain_text("Keputusan sebelumnya")
    open_actions(page)
    modal = fill_modal(page, "Setujui dan terbitkan", APPROVE_SCORES)
    modal.get_by_label("Dikaji").check()
    journey.step("Pimpinan menilai ulang dan menyetujui usulan")
    with page.expect_navigation():
        modal.locator("form button[type=submit]").click()
    expect(page.locator(".messages .success", has_text="disetujui dan diterbitkan")).to_be_visible()
    journey.step("Pimpinan diberi tahu bahwa usulan disetujui dan diterbitkan")
    published = IdeaPage.objects.get(pk=draft.pk)
    assert published.live
    assert published.last_verified_on == timezone.localdate()
    assert not IdeaPage.objects.filter(stale_condition(), pk=draft.pk).exists()
    approved = rounds.latest("pk")
    assert approved.recommendation == Recommendation.APPROVE

    # Anyone finds it on the public search, and its page does not ask for re-verification.
    page.context.clear_cookies()
    page.goto(f"{reverse('search')}?q={WORD}")
    result = page.get_by_role("link", name=TITLE, exact=True)
    expect(result).to_be_visible()
    journey.step("Pencari menemukan ide baru lewat pencarian “kewang”")
    result.click()
    expect(page.get_by_role("heading", level=1)).to_have_text(TITLE)
    expect(page.get_by_text("Perlu diverifikasi ulang")).to_have_count(0)
    journey.step("Halaman publik ide baru, tanpa peringatan perlu diverifikasi ulang")

    # The leaders' dashboard does not list it as stale.
    sign_in_as(page, login, leader)
    page.goto("/admin/dasbor-pimpinan/")
    stale = page.locator("section[aria-labelledby=dashboard-stale]")
    expect(stale).to_be_visible()
    expect(stale.get_by_role("link", name=TITLE, exact=True)).to_have_count(0)
    journey.step("Dasbor pimpinan tidak mencantumkan ide baru sebagai entri basi")
