"""Leaders review proposals: the rubric review task, its decisions and its scores.

A proposal is a page in the "Tinjauan Pimpinan" workflow. Each round of review is a
RubricReviewTaskState, tied by Wagtail to the revision it judged; every leader who scores
that round leaves one RubricScore, and the leader who decides records the recommendation,
the reason and (for an approved tiru/modifikasi) the idea's next status.
"""

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models, transaction
from django.db.models.functions import Cast
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.models import (
    AbstractGroupApprovalTask,
    Page,
    TaskState,
    Workflow,
    WorkflowState,
)

from ideas.choices import Stage, Status

from .choices import (
    CRITERIA,
    CRITERIA_FIELDS,
    DECISION_ACTIONS,
    SCORE_ACTION,
    SCORE_MAX,
    SCORE_MIN,
    Recommendation,
)

# Created by migration 0002, on the idea list. Its one task has the same name (migration 0003),
# so that Wagtail's "Ajukan ulang ke ..." names the review the author knows.
LEADERS_WORKFLOW = "Tinjauan Pimpinan"

NEXT_STATUS_CHOICES = [
    (Status.UNDER_REVIEW, Status.UNDER_REVIEW.label),
    (Status.TRIAL, Status.TRIAL.label),
]


def leaders_workflow():
    return Workflow.objects.get(name=LEADERS_WORKFLOW)


def is_own_proposal(obj, user):
    """Nobody reviews what they wrote or submitted themselves."""
    workflow_state = obj.current_workflow_state
    requested_by = workflow_state.requested_by_id if workflow_state else None
    return user.pk in {getattr(obj, "owner_id", None), requested_by}


def exclude_own_proposals(task_states, user):
    own_pages = (
        Page.objects.filter(owner=user).annotate(key=Cast("pk", models.CharField())).values("key")
    )
    return task_states.exclude(workflow_state__requested_by=user).exclude(
        workflow_state__object_id__in=own_pages
    )


class RubricReviewTaskState(TaskState):
    recommendation = models.CharField(
        _("keputusan"), max_length=12, choices=Recommendation.choices, blank=True
    )
    reason = models.TextField(_("alasan"), blank=True)
    next_status = models.CharField(
        _("status berikutnya"), max_length=15, choices=NEXT_STATUS_CHOICES, blank=True
    )

    class Meta:
        verbose_name = _("tinjauan pimpinan")
        verbose_name_plural = _("tinjauan pimpinan")

    @cached_property
    def asks_next_status(self):
        """A tiru/modifikasi proposal gets its next status when approved. An idea already
        published keeps its status: an edit under review is not a new proposal."""
        judged = self.revision.as_object()
        return (
            getattr(judged, "stage", None) in Stage.derived() and judged.first_published_at is None
        )

    @property
    def round_average(self):
        """Mean score of the leaders who scored this round."""
        averages = [score.average for score in self.scores.all()]
        return sum(averages) / len(averages) if averages else None

    @property
    def decision_score(self):
        """The scores of the leader who decided this round."""
        return next((s for s in self.scores.all() if s.reviewer_id == self.finished_by_id), None)

    def get_comment(self):
        """What Wagtail's workflow history and page history show: decision, reason, scores,
        comment. Plain text, because Wagtail also stores it in the audit log."""
        parts = []
        if self.recommendation:
            parts.append(str(self.get_recommendation_display()))
        if self.reason:
            parts.append(f"{_('Alasan')}: {self.reason}")
        score = self.decision_score
        if score is not None:
            scores = ", ".join(f"{label} {value}" for label, value in score.criteria())
            parts.append(f"{_('Nilai')}: {scores}")
        if self.comment:
            parts.append(f"{_('Catatan')}: {self.comment}")
        return " · ".join(parts)


class RubricReviewTask(AbstractGroupApprovalTask):
    """A group approval task whose reviewers score a rubric and give reasons."""

    task_state_class = RubricReviewTaskState

    class Meta:
        verbose_name = _("tinjauan pimpinan")
        verbose_name_plural = _("tinjauan pimpinan")

    @classmethod
    def get_description(cls):
        return _(
            "Anggota grup terpilih menilai usulan dengan rubrik 1-5 (dampak, kelayakan, biaya, "
            "kesiapan, kesesuaian), lalu menyetujui, mengembalikan atau menolaknya dengan alasan."
        )

    def is_reviewer(self, user):
        return user.is_superuser or self._user_in_groups(user)

    def _may_review(self, obj, user):
        return self.is_reviewer(user) and not is_own_proposal(obj, user)

    def user_can_access_editor(self, obj, user):
        return self._may_review(obj, user)

    def locked_for_user(self, obj, user):
        return not self._may_review(obj, user)

    def get_actions(self, obj, user):
        if not self._may_review(obj, user):
            return []
        return [
            ("approve", _("Setujui"), True),
            ("return", _("Kembalikan untuk revisi"), True),
            ("reject", _("Tolak"), True),
            (SCORE_ACTION, _("Beri nilai saja"), True),
        ]

    def get_form_for_action(self, action):
        from .forms import form_for_action

        return form_for_action(action)

    def get_template_for_action(self, action):
        return "review/action_modal.html"

    def get_task_states_user_can_moderate(self, user, **kwargs):
        if not self.is_reviewer(user):
            return TaskState.objects.none()
        return exclude_own_proposals(
            self.task_states.filter(status=TaskState.STATUS_IN_PROGRESS), user
        )

    @transaction.atomic
    def on_action(self, task_state, user, action_name, **kwargs):
        """Record the scores, and the decision if this action takes one.

        The decision is claimed with one conditional UPDATE, so when two leaders act on
        the same proposal only the first decides and nothing of the second is written.
        Either way the leader lands on review_outcome, which says what happened.
        """
        task_state = task_state.specific
        # Checked against the proposal this round belongs to, whatever page the request named.
        if not self._may_review(task_state.workflow_state.content_object, user):
            raise PermissionDenied
        decision = DECISION_ACTIONS.get(action_name)
        open_state = RubricReviewTaskState.objects.filter(
            pk=task_state.pk, status=TaskState.STATUS_IN_PROGRESS, recommendation=""
        )
        outcome = reverse("review_outcome", args=[task_state.pk])
        if decision is None:
            if not open_state.exists():
                return outcome
        elif not open_state.update(recommendation=decision):
            return outcome

        RubricScore.objects.update_or_create(
            task_state=task_state,
            reviewer=user,
            defaults={name: kwargs[name] for name in (*CRITERIA_FIELDS, "comment")},
        )
        if decision is None:
            return outcome

        task_state.recommendation = decision
        task_state.reason = kwargs.get("reason", "")
        task_state.next_status = kwargs.get("next_status") or self._default_next_status(
            task_state, decision
        )
        if decision == Recommendation.APPROVE:
            task_state.approve(user=user, comment=kwargs["comment"])
        else:
            task_state.reject(user=user, comment=kwargs["comment"])
            if decision == Recommendation.REJECT:
                # A rejected proposal is closed, not waiting for changes; the author may
                # start a new proposal later.
                WorkflowState.objects.filter(pk=task_state.workflow_state_id).update(
                    status=WorkflowState.STATUS_CANCELLED
                )
        return outcome

    @staticmethod
    def _default_next_status(task_state, decision):
        """An approved tiru/modifikasi proposal always moves on, even if the form lost the
        choice."""
        if decision == Recommendation.APPROVE and task_state.asks_next_status:
            return Status.UNDER_REVIEW
        return ""


def score_field(criterion):
    name, label, help_text = next(c for c in CRITERIA if c[0] == criterion)
    return models.PositiveSmallIntegerField(
        label,
        help_text=help_text,
        validators=[MinValueValidator(SCORE_MIN), MaxValueValidator(SCORE_MAX)],
    )


class RubricScore(models.Model):
    """One leader's scores for one round of review."""

    task_state = models.ForeignKey(
        RubricReviewTaskState, on_delete=models.CASCADE, related_name="scores"
    )
    reviewer = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("penilai"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    impact = score_field("impact")
    feasibility = score_field("feasibility")
    cost = score_field("cost")
    readiness = score_field("readiness")
    fit = score_field("fit")
    comment = models.TextField(_("catatan"), blank=True)
    created_at = models.DateTimeField(_("waktu"), auto_now=True)

    class Meta:
        verbose_name = _("nilai rubrik")
        verbose_name_plural = _("nilai rubrik")
        constraints = [
            models.UniqueConstraint(
                fields=["task_state", "reviewer"], name="one_score_per_reviewer"
            ),
            *(
                models.CheckConstraint(
                    condition=models.Q(**{f"{name}__gte": SCORE_MIN, f"{name}__lte": SCORE_MAX}),
                    name=f"rubric_{name}_in_range",
                )
                for name in CRITERIA_FIELDS
            ),
        ]

    def __str__(self):
        return f"{self.reviewer} · {self.task_state_id}: {self.average:.1f}"

    @property
    def average(self):
        return sum(getattr(self, name) for name in CRITERIA_FIELDS) / len(CRITERIA_FIELDS)

    def criteria(self):
        return [(label, getattr(self, name)) for name, label, _help in CRITERIA]
