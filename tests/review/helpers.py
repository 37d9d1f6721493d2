"""Proposals in the "Tinjauan Pimpinan" workflow, and the posts a leader's modal makes."""

from django.urls import reverse

from ideas.choices import Stage
from review.models import leaders_workflow
from tests import factories
from tests.ideas.editor import edit_url, idea_form

SCORES = {"impact": 4, "feasibility": 3, "cost": 5, "readiness": 4, "fit": 4}


def proposal(author, title="Antrean daring (Dukcapil Ambon)", stage=Stage.TIRU):
    """A tiru draft adapted from a live amati idea, submitted by `author`."""
    page = draft(author, title, stage)
    leaders_workflow().start(page, author)
    return page


def draft(author, title="Antrean daring (Dukcapil Ambon)", stage=Stage.TIRU):
    """A tiru draft adapted from a live amati idea, not submitted yet."""
    source = factories.idea(f"Sumber {title}")
    page = factories.idea(
        title,
        stage=stage,
        publish=False,
        owner=author,
        derived_from=source,
        adopting_agency=factories.agency(f"Agen {title}"),
    )
    page.save_revision(user=author)
    return page


def submit_in_editor(client, page, **post_kwargs):
    """The author's "Ajukan ke Tinjauan Pimpinan" from the editor (the client is signed in)."""
    data = idea_form(
        title=page.title,
        slug=page.slug,
        stage=page.stage,
        derived_from=page.derived_from_id,
        adopting_agency=page.adopting_agency_id,
    )
    data["action-submit"] = "action-submit"
    return client.post(edit_url(page), data, **post_kwargs)


def action_url(page, action, task_state=None):
    task_state = task_state or page.current_workflow_task_state
    return reverse("wagtailadmin_pages:workflow_action", args=(page.pk, action, task_state.pk))


def modal_post(client, page, action, task_state=None, **data):
    """POST the review modal as the admin's JavaScript does (XHR)."""
    return client.post(
        action_url(page, action, task_state), data, headers={"x-requested-with": "XMLHttpRequest"}
    )
