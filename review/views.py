"""The author's "my proposals" view, and what a leader is told after a review action."""

from collections import defaultdict

from django.contrib import messages
from django.contrib.contenttypes.models import ContentType
from django.core.paginator import Paginator
from django.db.models import CharField, Q
from django.db.models.functions import Cast
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils import formats, timezone
from django.utils.translation import gettext as _
from wagtail.models import Page, TaskState, WorkflowState

from ideas.models import IdeaPage

from .choices import Recommendation
from .models import RubricReviewTaskState

PROPOSALS_PER_PAGE = 20


def tell_outcome(request, state):
    """Tell the leader what their review action did, or that another leader decided first."""
    title = Page.objects.get(pk=state.workflow_state.object_id).get_admin_display_title()
    if state.finished_by_id and state.finished_by_id != request.user.pk:
        messages.warning(
            request,
            _(
                "Usulan “%(title)s” sudah diputuskan oleh %(name)s pada %(when)s (%(decision)s). "
                "Penilaian Anda tidak disimpan dan keputusan itu tidak diubah."
            )
            % {
                "title": title,
                "name": state.finished_by.get_full_name() or state.finished_by.get_username(),
                "when": formats.date_format(timezone.localtime(state.finished_at), "j F Y H:i"),
                "decision": state.get_recommendation_display() or state.get_status_display(),
            },
        )
    elif state.status == TaskState.STATUS_CANCELLED:
        messages.warning(
            request,
            _("Tinjauan usulan “%(title)s” ini sudah ditutup. Penilaian Anda tidak disimpan.")
            % {"title": title},
        )
    elif state.recommendation == Recommendation.APPROVE:
        messages.success(
            request,
            (
                _("“%(title)s” disetujui dan diterbitkan dengan status %(status)s.")
                if state.next_status
                else _("“%(title)s” disetujui dan diterbitkan.")
            )
            % {"title": title, "status": state.get_next_status_display()}
            + " "
            + _("Penulis diberi tahu."),
        )
    elif state.recommendation:
        messages.success(
            request,
            _("“%(title)s”: %(decision)s. Penulis diberi tahu beserta alasannya.")
            % {"title": title, "decision": state.get_recommendation_display()},
        )
    else:
        messages.success(request, _("Nilai Anda untuk “%(title)s” tersimpan.") % {"title": title})


def review_outcome(request, task_state_id):
    """Where the review modal lands: the outcome as a message, then the proposal's editor."""
    state = get_object_or_404(RubricReviewTaskState, pk=task_state_id)
    if not state.task.specific.is_reviewer(request.user):
        # Only reviewers land here; nobody else learns of other people's proposals.
        raise Http404
    tell_outcome(request, state)
    return redirect("wagtailadmin_pages:edit", state.workflow_state.object_id)


def proposal_state(page, workflow_state, rounds):
    """(css modifier, label) of where a proposal stands for its author."""
    if workflow_state is None:
        return ("draft", _("Belum diajukan")) if not page.live else ("live", _("Terbit"))
    if workflow_state.status == WorkflowState.STATUS_IN_PROGRESS:
        return "waiting", _("Menunggu tinjauan")
    if workflow_state.status == WorkflowState.STATUS_NEEDS_CHANGES:
        return "returned", _("Dikembalikan untuk revisi")
    if workflow_state.status == WorkflowState.STATUS_APPROVED:
        return "approved", _("Disetujui")
    decided = rounds[0].recommendation if rounds else ""
    if decided == Recommendation.REJECT:
        return "rejected", _("Ditolak")
    return "cancelled", _("Dibatalkan")


def my_proposals(request):
    """The user's proposals, with each review round's decision, scores and reason."""
    user = request.user
    page_type = ContentType.objects.get_for_model(Page)
    workflow_states = WorkflowState.objects.filter(base_content_type=page_type)
    # A proposal is a draft, or an idea that went through review.
    ideas = (
        IdeaPage.objects.annotate(key=Cast("pk", CharField()))
        .filter(
            Q(owner=user) | Q(key__in=workflow_states.filter(requested_by=user).values("object_id"))
        )
        .filter(Q(live=False) | Q(key__in=workflow_states.values("object_id")))
        .order_by("-latest_revision_created_at", "-pk")
    )
    paginator = Paginator(ideas, PROPOSALS_PER_PAGE)
    listing = paginator.get_page(request.GET.get("p"))
    keys = [str(page.pk) for page in listing]

    latest_state = {}
    for state in WorkflowState.objects.filter(
        base_content_type=page_type, object_id__in=keys
    ).order_by("created_at", "pk"):
        latest_state[state.object_id] = state
    rounds = defaultdict(list)
    for state in (
        RubricReviewTaskState.objects.filter(
            workflow_state__base_content_type=page_type,
            workflow_state__object_id__in=keys,
        )
        .exclude(status=TaskState.STATUS_CANCELLED)
        .select_related("workflow_state", "finished_by", "revision")
        .prefetch_related("scores__reviewer")
        .order_by("-started_at", "-pk")
    ):
        rounds[state.workflow_state.object_id].append(state)

    proposals = []
    for page in listing:
        key = str(page.pk)
        workflow_state = latest_state.get(key)
        page_rounds = [
            r for r in rounds[key] if workflow_state and r.workflow_state_id == workflow_state.pk
        ]
        state_class, state_label = proposal_state(page, workflow_state, page_rounds)
        proposals.append(
            {
                "page": page,
                "state_class": state_class,
                "state_label": state_label,
                "rounds": rounds[key],
            }
        )
    return TemplateResponse(
        request,
        "review/my_proposals.html",
        {"proposals": proposals, "listing": listing},
    )
