"""The figures of the leaders' dashboard, one function per section.

What counts: only what the leader may view, by the one rule (kb.visibility.viewable_by): live
ideas, public or restricted to a group the leader is in (a password-protected idea never counts,
as a password is given per session). Drafts are proposals, not registry entries: they appear
only in "Usulan menunggu saya" (review.queries.pending_reviews), shown as the revision under
review says, to the leaders who may decide them.

The period (dashboard.period) applies to every section, each by one date:
- the pipeline, the agency tables and the stale entries: the idea's first publication
  (first_published_at), so a figure counts the entries that reached the registry in the period;
- "Paling banyak diadopsi": the adoptions' first publication (the source idea may be older);
- "Usulan menunggu saya": when the proposal reached the leaders' task (its task state's start).

Each function runs a fixed number of queries, whatever the number of ideas.
"""

from collections import Counter, defaultdict
from dataclasses import dataclass

from django.db.models import Case, Count, F, When
from django.utils import timezone

from ideas.choices import Stage, Status
from ideas.models import Agency, IdeaPage
from ideas.staleness import stale_condition
from kb.visibility import viewable_by
from review.queries import pending_reviews

from .period import ALL_TIME

MOST_ADOPTED_LIMIT = 10
STALE_LIMIT = 20

# The agency tables' columns, for an idea a tiru/modifikasi idea's adopting agency owns.
IN_PROGRESS = (Status.PROPOSED, Status.UNDER_REVIEW, Status.TRIAL)
IMPLEMENTED = (Status.IMPLEMENTED, Status.INSTITUTIONALISED)


def viewable_ideas(user):
    """Every live idea `user` may view, whenever published."""
    return viewable_by(IdeaPage.objects.all(), user)


def ideas_in(user, period=ALL_TIME):
    """The live ideas `user` may view that were first published in `period`."""
    return period.filter(viewable_ideas(user), "first_published_at")


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


def pending_proposals(user, period=ALL_TIME):
    """Proposals `user` may decide that reached the task in `period`, oldest first."""
    states = list(period.filter(pending_reviews(user), "started_at"))
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
    """The ideas one agency owns, each in exactly one column (see registry_figures)."""

    agency: Agency
    observed: int = 0
    in_progress: int = 0
    implemented: int = 0
    stopped: int = 0

    @property
    def total(self):
        return self.observed + self.in_progress + self.implemented + self.stopped


@dataclass
class RegistryFigures:
    by_stage: list  # [(Stage, count)] in the vocabulary's order
    by_status: list  # [(Status, count)]
    own_agencies: list  # [AgencyActivity] of the city's own agencies (Agency.is_own), busiest first
    outside_agencies: list  # [AgencyActivity] of every other agency, busiest first
    stale_total: int

    @property
    def agencies(self):
        return self.own_agencies + self.outside_agencies


def column(stage, status):
    """The agency table's column an idea counts in: an amati idea is "observed" at its source
    whatever its status; an adoption counts by where it stands."""
    if stage == Stage.AMATI:
        return "observed"
    if status in IMPLEMENTED:
        return "implemented"
    if status == Status.STOPPED:
        return "stopped"
    return "in_progress"


def registry_figures(ideas, today=None):
    """The pipeline, the agency tables and the stale count of `ideas`, from one grouped query.

    Each idea belongs to one agency and counts once, in one column: an amati idea to its source
    agency (where it was observed), a tiru/modifikasi idea to its adopting agency. A row's total
    is therefore the number of distinct ideas. An idea without that agency counts in the
    pipeline only. Agencies with nothing to count are left out.

    One pass over the ideas, grouped by (stage, status, owning agency, stale), gives a few
    thousand rows that are summed here; the index "idea_dashboard_figures" covers it.
    """
    stale = Case(When(stale_condition(today), then=True), default=False)
    owning_agency = Case(
        When(stage=Stage.AMATI, then=F("source_agency")), default=F("adopting_agency")
    )
    groups = (
        ideas.order_by()
        .annotate(is_stale=stale, owning_agency=owning_agency)
        .values_list("stage", "status", "owning_agency", "is_stale")
        .annotate(n=Count("pk"))
    )
    by_stage, by_status = Counter(), Counter()
    activity = defaultdict(Counter)
    stale_total = 0
    for stage, status, owner_id, is_stale, n in groups:
        by_stage[stage] += n
        by_status[status] += n
        stale_total += n if is_stale else 0
        if owner_id is not None:
            activity[owner_id][column(stage, status)] += n
    agencies = Agency.objects.in_bulk(list(activity))
    rows = [AgencyActivity(agencies[pk], **activity[pk]) for pk in agencies]
    rows.sort(key=lambda row: (-row.total, row.agency.name.lower()))
    return RegistryFigures(
        by_stage=[(s, by_stage[s.value]) for s in Stage],
        by_status=[(s, by_status[s.value]) for s in Status],
        own_agencies=[row for row in rows if row.agency.is_own],
        outside_agencies=[row for row in rows if not row.agency.is_own],
        stale_total=stale_total,
    )


# --- Paling banyak diadopsi -----------------------------------------------------------


def most_adopted(user, period=ALL_TIME, limit=MOST_ADOPTED_LIMIT):
    """The ideas adopted most often in `period`, most first: [(idea, adoptions)]; all of
    them when `limit` is None.

    An adoption is a tiru/modifikasi idea first published in the period that names the idea as
    its source (direct adoptions only); both must be ideas `user` may view.
    """
    visible = viewable_ideas(user)
    adoptions = period.filter(visible, "first_published_at").filter(
        stage__in=Stage.derived(), derived_from__isnull=False
    )
    counts = dict(adoptions.order_by().values_list("derived_from").annotate(n=Count("pk")))
    if not counts:
        return []
    sources = visible.filter(pk__in=adoptions.values("derived_from"))
    titles = sources.order_by().values_list("pk", "title")
    top = sorted(titles, key=lambda row: (-counts[row[0]], row[1]))[:limit]
    ideas = IdeaPage.objects.select_related("source_agency", "adopting_agency").in_bulk(
        [pk for pk, _title in top]
    )
    return [(ideas[pk], counts[pk]) for pk, _title in top]


# --- Entri basi -----------------------------------------------------------------------


def stale_queryset(ideas, today=None):
    """Those of `ideas` still running whose owner has not confirmed them for
    KB_STALE_AFTER_DAYS."""
    return ideas.filter(stale_condition(today))


def stale_ideas(ideas, limit=STALE_LIMIT):
    """The `limit` stale ideas verified longest ago, never verified first."""
    return list(
        stale_queryset(ideas)
        .select_related("adopting_agency", "source_agency")
        .order_by(F("last_verified_on").asc(nulls_first=True), "first_published_at", "pk")[:limit]
    )
