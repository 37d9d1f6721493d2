"""A leader returns a proposal through the review modal in the page editor, in Chromium."""

import re

from playwright.sync_api import expect
from wagtail.models import TaskState, WorkflowState

from ideas.models import IdeaPage
from review.choices import CRITERIA, Recommendation
from review.models import RubricReviewTaskState, RubricScore
from tests import factories
from tests.review.helpers import proposal

from .conftest import BROWSER_DB

SCORES = {"impact": 2, "feasibility": 3, "cost": 4, "readiness": 1, "fit": 5}
REASON = "Lengkapi rincian anggaran & dasar regulasinya <sebelum> diajukan lagi."


def open_return_modal(page, draft):
    page.goto(f"/admin/pages/{draft.pk}/edit/")
    # The workflow actions sit in the footer's action menu, behind its toggle.
    page.locator("footer .w-dropdown-button .w-dropdown__toggle").click()
    page.get_by_role("button", name="Kembalikan untuk revisi").click()
    modal = page.locator(".modal[role=dialog]")
    expect(modal.locator("form")).to_be_visible()
    return modal


@BROWSER_DB
def test_a_leader_returns_a_proposal_with_scores_and_a_reason(page, login):
    author = factories.user("penulis", group="Penulis")
    leader = factories.user("pimpinan", group="Pimpinan")
    draft = proposal(author)
    state = draft.current_workflow_task_state

    login(leader)
    modal = open_return_modal(page, draft)
    expect(modal.get_by_role("heading", name=re.compile("Kembalikan untuk revisi"))).to_be_visible()
    for _name, label, _help in CRITERIA:
        expect(modal.locator(".w-field__label", has_text=str(label))).to_be_visible()

    # Submitted empty: the modal answers with the errors, and nothing is recorded.
    submit = modal.locator("form button[type=submit]")
    submit.click()
    expect(modal.get_by_text("Beri nilai 1 sampai 5.")).to_have_count(len(CRITERIA))
    expect(modal.get_by_text("Tuliskan alasannya agar penulis tahu")).to_be_visible()
    assert "/edit/" in page.url
    state.refresh_from_db()
    assert state.status == TaskState.STATUS_IN_PROGRESS
    assert state.specific.recommendation == ""
    assert not RubricScore.objects.exists()

    # Scored and explained: the proposal goes back to its author.
    for name, score in SCORES.items():
        modal.locator(f"input[type=radio][name={name}][value='{score}']").check()
    modal.locator("textarea[name=reason]").fill(REASON)
    with page.expect_navigation():
        submit.click()

    # The editor posts the decision and lands on the section's listing; beside Wagtail's
    # "page updated", the leader is told what the decision did.
    outcome = page.locator(".messages .success", has_text="Penulis diberi tahu")
    expect(outcome).to_contain_text(f"“{draft.title}”: Dikembalikan untuk revisi.")
    decided = RubricReviewTaskState.objects.get(pk=state.pk)
    assert decided.recommendation == Recommendation.RETURN == "kembalikan"
    assert decided.reason == REASON
    assert decided.status == TaskState.STATUS_REJECTED
    assert decided.finished_by == leader
    score = decided.decision_score
    assert {name: getattr(score, name) for name in SCORES} == SCORES
    returned = IdeaPage.objects.get(pk=draft.pk)
    assert not returned.live
    assert returned.current_workflow_state.status == WorkflowState.STATUS_NEEDS_CHANGES

    # The author sees the decision and its reason on "Usulan saya".
    page.context.clear_cookies()
    login(author)
    page.goto("/admin/usulan-saya/")
    section = page.locator("section.proposal", has_text=draft.title)
    expect(section.locator(".proposal-state")).to_have_text("Dikembalikan untuk revisi")
    expect(section.get_by_text(REASON)).to_be_visible()
