"""The figures of the leaders' dashboard, one function per section.

What counts: the dashboard is internal to leaders, so the pipeline, status, agency and
most-adopted figures count every live idea, public or restricted to signed-in readers.
Drafts and unpublished ideas are proposals, not registry entries: they appear only in
"Usulan menunggu saya" (review.queries.pending_reviews), shown as the revision under
review says. Each function runs a fixed number of queries, whatever the number of ideas.
"""

from collections import Counter, defaultdict
from dataclasses import dataclass

from django.db.models import Case, Count, F, When
from django.utils import timezone

from ideas.choices import Stage, Status
from ideas.freshness import stale_condition
from ideas.models import Agency, IdeaPage
from review.queries import pending_reviews

MOST_ADOPTED_LIMIT = 10
STALE_LIMIT = 20
IMPLEMENTED = (Status.IMPLEMENTED, Status.INSTITUTIONALISED)


def live_ideas():
    return IdeaPage.objects.live()


# --- Usulan menunggu saya -------------------------------------------------------------


@dataclass
class PendingProposal:
    """A proposal as submitted: title, stage and agency come from the revision under review."""

    page_id: int
    title: str
    stage: str
    adopting_agency: Agency | None
    submitted_by: object
    days_waiting: int
    average_score: float | None


def pending_proposals(user):
    """Proposals `user` may decide, oldest first, in a fixed number of queries."""
    states = list(pending_reviews(user))
    contents = [state.revision.content for state in states]
    agencies = Agency.objects.in_bulk(
        [c["adopting_agency"] for c in contents if c.get("adopting_agency")]
    )
    stages = dict(Stage.choices)
    now = timezone.now()
    return [
        PendingProposal(
            page_id=int(state.workflow_state.object_id),
            title=content.get("title", ""),
            stage=stages.get(content.get("stage"), ""),
            adopting_agency=agencies.get(content.get("adopting_agency")),
            submitted_by=state.workflow_state.requested_by,
            days_waiting=(now - state.started_at).days,
            average_score=state.average_score,
        )
        for state, content in zip(states, contents, strict=True)
    ]


def pending_count(user):
    return pending_reviews(user).count()


# --- Alur ATM, per perangkat daerah, how many are stale -------------------------------


@dataclass
class AgencyActivity:
    agency: Agency
    observed: int = 0
    adopted: int = 0
    implemented: int = 0
    stopped: int = 0

    @property
    def total(self):
        return self.observed + self.adopted + self.implemented + self.stopped


@dataclass
class RegistryFigures:
    by_stage: list  # [(Stage, count)] in the vocabulary's order
    by_status: list  # [(Status, count)]
    agencies: list  # [AgencyActivity], busiest first
    stale_total: int


def registry_figures(today=None):
    """The pipeline, the agency table and the stale count, from one grouped query.

    One pass over the live ideas, grouped by (stage, status, agencies, stale), gives a few
    thousand rows that are summed here, instead of one scan per figure; the index
    "idea_dashboard_figures" covers it, so the wide idea rows (which hold the body) are not
    read at all.

    An amati idea belongs to its source agency, a tiru/modifikasi idea to its adopting
    agency; "implemented" counts any idea the agency adopted that is implemented or
    institutionalised. Agencies with nothing to count are left out.
    """
    stale = Case(When(stale_condition(today), then=True), default=False)
    # Only an amati idea counts for its source agency: grouping the others by source too
    # would multiply the groups (23,000 instead of 3,000 at 50,000 ideas).
    observed_at = Case(When(stage=Stage.AMATI, then=F("source_agency")))
    groups = (
        live_ideas()
        .order_by()
        .annotate(is_stale=stale, observed_at=observed_at)
        .values_list("stage", "status", "adopting_agency", "observed_at", "is_stale")
        .annotate(n=Count("pk"))
    )
    by_stage, by_status = Counter(), Counter()
    activity = defaultdict(Counter)
    stale_total = 0
    for stage, status, adopter, source, is_stale, n in groups:
        by_stage[stage] += n
        by_status[status] += n
        stale_total += n if is_stale else 0
        derived = stage in Stage.derived()
        if adopter is not None:
            activity[adopter]["adopted"] += n if derived else 0
            activity[adopter]["implemented"] += n if status in IMPLEMENTED else 0
            activity[adopter]["stopped"] += n if derived and status == Status.STOPPED else 0
        if source is not None:
            activity[source]["observed"] += n
            activity[source]["stopped"] += n if status == Status.STOPPED else 0
    agencies = Agency.objects.in_bulk([pk for pk, counts in activity.items() if counts.total()])
    rows = [AgencyActivity(agencies[pk], **activity[pk]) for pk in agencies]
    rows.sort(key=lambda row: (-row.total, row.agency.name.lower()))
    return RegistryFigures(
        by_stage=[(s, by_stage[s.value]) for s in Stage],
        by_status=[(s, by_status[s.value]) for s in Status],
        agencies=rows,
        stale_total=stale_total,
    )


# --- Paling banyak diadopsi -----------------------------------------------------------


def most_adopted(limit=MOST_ADOPTED_LIMIT):
    """The live ideas adopted most often (adoption_count > 0), most first."""
    return list(
        live_ideas()
        .filter(adoption_count__gt=0)
        .select_related("source_agency", "adopting_agency")
        .order_by("-adoption_count", "title")[:limit]
    )


# --- Entri basi -----------------------------------------------------------------------


def stale_queryset(today=None):
    """Live ideas still running whose owner has not confirmed them for KB_STALE_AFTER_DAYS."""
    return live_ideas().filter(stale_condition(today))


def stale_ideas(limit=STALE_LIMIT):
    """The `limit` stale ideas verified longest ago, never verified first."""
    return list(
        stale_queryset()
        .select_related("adopting_agency", "source_agency")
        .order_by(F("last_verified_on").asc(nulls_first=True), "first_published_at", "pk")[:limit]
    )
