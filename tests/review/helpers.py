"""Proposals in the "Tinjauan Pimpinan" workflow, and the posts a leader's modal makes."""

from django.urls import reverse

from ideas.choices import Stage
from review.models import leaders_workflow
from tests import factories

SCORES = {"impact": 4, "feasibility": 3, "cost": 5, "readiness": 4, "fit": 4}


def proposal(author, title="Antrean daring (Dukcapil Ambon)", stage=Stage.TIRU):
    """A tiru draft adapted from a live amati idea, submitted by `author`."""
    source = factories.idea(f"Sumber {title}")
    draft = factories.idea(
        title,
        stage=stage,
        publish=False,
        owner=author,
        derived_from=source,
        adopting_agency=factories.agency(f"Agen {title}"),
    )
    draft.save_revision(user=author)
    leaders_workflow().start(draft, author)
    return draft


def action_url(page, action, task_state=None):
    task_state = task_state or page.current_workflow_task_state
    return reverse("wagtailadmin_pages:workflow_action", args=(page.pk, action, task_state.pk))


def modal_post(client, page, action, task_state=None, **data):
    """POST the review modal as the admin's JavaScript does (XHR)."""
    return client.post(
        action_url(page, action, task_state), data, headers={"x-requested-with": "XMLHttpRequest"}
    )
