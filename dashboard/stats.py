"""The figures of the leaders' dashboard, one function per section.

What counts: the dashboard is internal to leaders, so the pipeline, status, agency and
most-adopted figures count every live idea, public or restricted to signed-in readers.
Drafts and unpublished ideas are proposals, not registry entries: they appear only in
"Usulan menunggu saya" (review.queries.pending_reviews), shown as the revision under
review says. Each function runs a fixed number of queries, whatever the number of ideas:
the counting is done by the database (Count with filter=Q).
"""

import datetime
from dataclasses import dataclass

from django.conf import settings
from django.db.models import Count, F, Q
from django.utils import timezone

from ideas.choices import Stage, Status
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


# --- Alur ATM -------------------------------------------------------------------------


def pipeline():
    """Live ideas per ATM stage and per status, in the vocabularies' order (one query)."""
    counts = live_ideas().aggregate(
        **{f"stage_{s.value}": Count("pk", filter=Q(stage=s)) for s in Stage},
        **{f"status_{s.value}": Count("pk", filter=Q(status=s)) for s in Status},
    )
    by_stage = [(s, counts[f"stage_{s.value}"]) for s in Stage]
    by_status = [(s, counts[f"status_{s.value}"]) for s in Status]
    return by_stage, by_status


# --- Per perangkat daerah -------------------------------------------------------------


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


def agency_activity():
    """Per agency: observed, adopted, implemented and stopped live ideas, busiest first.

    An amati idea belongs to its source agency, a tiru/modifikasi idea to its adopting
    agency; "implemented" counts any idea the agency adopted that is implemented or
    institutionalised. Agencies with nothing to count are left out. Three queries: one
    grouped by adopting agency, one by source agency, one for the agencies themselves.
    """
    derived = Q(stage__in=Stage.derived())
    stopped = Q(status=Status.STOPPED)
    by_adopter = (
        live_ideas()
        .filter(adopting_agency__isnull=False)
        .order_by()
        .values("adopting_agency")
        .annotate(
            adopted=Count("pk", filter=derived),
            implemented=Count("pk", filter=Q(status__in=IMPLEMENTED)),
            stopped=Count("pk", filter=derived & stopped),
        )
    )
    by_source = (
        live_ideas()
        .filter(source_agency__isnull=False, stage=Stage.AMATI)
        .order_by()
        .values("source_agency")
        .annotate(observed=Count("pk"), stopped=Count("pk", filter=stopped))
    )
    figures = {}
    for row in by_adopter:
        figures[row["adopting_agency"]] = {
            "adopted": row["adopted"],
            "implemented": row["implemented"],
            "stopped": row["stopped"],
        }
    for row in by_source:
        entry = figures.setdefault(row["source_agency"], {"stopped": 0})
        entry["observed"] = row["observed"]
        entry["stopped"] += row["stopped"]
    agencies = Agency.objects.in_bulk(list(figures))
    rows = [AgencyActivity(agencies[pk], **counts) for pk, counts in figures.items()]
    rows = [row for row in rows if row.total]
    rows.sort(key=lambda row: (-row.total, row.agency.name.lower()))
    return rows


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
    """Live ideas still running whose owner has not confirmed them for KB_STALE_AFTER_DAYS.

    The same rule as IdeaPage.is_stale, written as a query.
    """
    today = today or timezone.localdate()
    cutoff = today - datetime.timedelta(days=settings.KB_STALE_AFTER_DAYS)
    return (
        live_ideas()
        .exclude(status=Status.STOPPED)
        .filter(Q(last_verified_on__isnull=True) | Q(last_verified_on__lt=cutoff))
    )


def stale_ideas(limit=STALE_LIMIT):
    """The `limit` stale ideas verified longest ago (never verified first), and how many."""
    stale = stale_queryset()
    oldest = stale.select_related("adopting_agency", "source_agency").order_by(
        F("last_verified_on").asc(nulls_first=True), "first_published_at", "pk"
    )
    return list(oldest[:limit]), stale.count()
