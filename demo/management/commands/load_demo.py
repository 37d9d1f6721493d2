"""Load the illustrative demo: agencies, study trips, ideas, accounts and site identity."""

import secrets
from collections import Counter
from datetime import datetime, time, timedelta
from decimal import Decimal
from functools import partial
from html import escape

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import timezone
from wagtail.models import Site

from demo.agencies import AGENCIES
from demo.ideas import IDEAS
from demo.proposals import PROPOSALS, STATUS_NOTES
from demo.restricted import load_restricted
from demo.review import load_proposals
from demo.site import ACCOUNTS, SITE_IDENTITY
from demo.trips import TRIPS
from ideas.choices import Status
from ideas.history import record_status_change
from ideas.models import (
    Agency,
    Dimension,
    IdeaIndexPage,
    IdeaModification,
    IdeaPage,
    OutcomeIndicator,
    StudyTripIndexPage,
    StudyTripPage,
    StudyTripParticipant,
)
from kb.models import SiteIdentity

AUTHOR, LEADER = "penulis", "pimpinan"
EXAMPLE_NAME = "{} (nama contoh)"
NOTICE = (
    "<p><i>Contoh ilustratif untuk demo Lumbung Inovasi.</i> Tempat dan instansi bisa nyata, "
    "tetapi nama orang, kutipan, angka dan hasilnya rekaan, bukan data resmi. "
    "Angka dalam contoh ini ilustratif.</p>"
)


class Command(BaseCommand):
    help = (
        "Load illustrative demo content (agencies, study trips, ideas) and one account per "
        "group. Safe to run again: whatever already exists is left as it is."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--password", help="Password for every newly created demo account (default: random)."
        )
        parser.add_argument(
            "--if-empty",
            action="store_true",
            help="Do nothing when the registry already holds ideas (used by `make run`).",
        )

    def handle(self, *args, password=None, if_empty=False, **options):
        if if_empty and IdeaPage.objects.exists():
            self.stdout.write("The registry already holds ideas: demo not loaded.")
            return
        self.today = timezone.localdate()
        self.tally = Counter()
        with transaction.atomic():
            accounts = self.load_accounts(password)
            User = get_user_model()
            self.author = User.objects.get(username=AUTHOR)
            self.leader = User.objects.get(username=LEADER)
            agencies = self.load_agencies()
            trips = self.load_trips(agencies)
            ideas = self.load_ideas(agencies, trips)
            load_restricted(self, agencies, trips)
            self.tally["proposals", True] = load_proposals(
                ideas, {u.username: u for u in User.objects.all()}
            )
            filled = self.load_site_identity()
        self.report(accounts, filled)

    # --- loaders ----------------------------------------------------------

    def load_accounts(self, password):
        """Create missing accounts; return (username, password or None if it existed)."""
        User = get_user_model()
        accounts = []
        for data in ACCOUNTS:
            fields = dict(data)
            username = fields.pop("username")
            group = fields.pop("group", None)
            is_superuser = fields.pop("superuser", False)
            if User.objects.filter(username=username).exists():
                accounts.append((username, None))
                continue
            secret = password or secrets.token_urlsafe(9)
            if is_superuser:
                User.objects.create_superuser(username, password=secret, **fields)
            else:
                user = User.objects.create_user(username, password=secret, **fields)
                user.groups.add(Group.objects.get(name=group))
            accounts.append((username, secret))
        return accounts

    def load_agencies(self):
        agencies = {}
        for key, data in AGENCIES.items():
            fields = dict(data)
            agency, created = Agency.objects.get_or_create(
                name=fields.pop("name"), city=fields.pop("city"), defaults=fields
            )
            self.tally["agencies", created] += 1
            agencies[key] = agency
        return agencies

    def load_trips(self, agencies):
        index = StudyTripIndexPage.objects.get()
        trips = {}
        for data in TRIPS:
            trip = StudyTripPage.objects.child_of(index).filter(slug=data["slug"]).first()
            created = trip is None
            if created:
                start = self.days_ago(data["start"])
                trip = StudyTripPage(
                    title=data["title"],
                    slug=data["slug"],
                    destination_city=data["city"],
                    destination_province=data["province"],
                    destination_country=data.get("country", "Indonesia"),
                    start_date=start,
                    end_date=start + timedelta(days=data["days"] - 1),
                    purpose=data["purpose"],
                    report=stream(data["report"]),
                    is_illustrative=True,
                    owner=self.author,
                )
                trip.host_agencies = [agencies[key] for key in data["hosts"]]
                trip.participating_agencies = [agencies[key] for key in data["agencies"]]
                trip.participants = [
                    StudyTripParticipant(
                        name=EXAMPLE_NAME.format(name), position=position, agency=agencies[key]
                    )
                    for name, position, key in data["participants"]
                ]
                self.add_page(index, trip, data["published"])
            self.tally["trips", created] += 1
            trips[data["slug"]] = trip
        return trips

    def load_ideas(self, agencies, trips):
        index = IdeaIndexPage.objects.get()
        dimensions = {d.slug: d for d in Dimension.objects.all()}
        ideas = {}
        for data in IDEAS:
            idea = IdeaPage.objects.child_of(index).filter(slug=data["slug"]).first()
            created = idea is None
            if created:
                idea = self.build_idea(data, agencies, trips, ideas)
                idea.dimensions = [dimensions[slug] for slug in data["dimensions"]]
                idea.tags.set(data["tags"])
                # A demo proposal stays a draft until the review decides on it.
                proposed = data["slug"] in PROPOSALS
                published = None if proposed else data["published"]
                self.add_page(index, idea, published, partial(self.status_history, idea, data))
            self.tally["ideas", created] += 1
            ideas[data["slug"]] = idea
        return ideas

    def build_idea(self, data, agencies, trips, ideas):
        """An unsaved IdeaPage with its modifications and indicators."""
        source_idea = ideas.get(data.get("from"))
        if source_idea:
            source = source_idea.adopting_agency or source_idea.source_agency
        else:
            source = agencies[data["source"]]
        trip = trips.get(data.get("trip"))
        name, role = data["contact"]
        budget_min, budget_max = data["budget"]
        ikm_before, ikm_after = map(decimal, data.get("ikm", (None, None)))
        idea = IdeaPage(
            title=data["title"],
            slug=data["slug"],
            summary=data["summary"],
            stage=data["stage"],
            derived_from=source_idea,
            innovation_form=data["form"],
            is_digital=data["digital"],
            source_agency=source,
            origin_place=source.region,
            study_trip=trip,
            observed_on=trip.start_date if trip else self.days_ago(data["observed"]),
            adopting_agency=agencies.get(data.get("adopter")),
            problem=data["problem"],
            goal=data["goal"],
            body=stream(data["body"]),
            regulation=data["regulation"],
            budget_min=budget_min,
            budget_max=budget_max,
            infrastructure=data["infrastructure"],
            staffing=data["staffing"],
            partners=data["partners"],
            months_to_implement=data["months"],
            ikm_before=ikm_before,
            ikm_after=ikm_after,
            status="diusulkan" if data["slug"] in PROPOSALS else data["status"],
            stop_reason=data.get("stop_reason", ""),
            stop_detail=data.get("stop_detail", ""),
            trial_started_on=self.days_ago(data.get("trial")),
            implemented_on=self.days_ago(data.get("implemented")),
            contact_name=EXAMPLE_NAME.format(name),
            contact_role=role,
            contact_email=".".join(name.lower().split()) + "@example.org",
            last_verified_on=self.days_ago(data["verified"]),
            is_illustrative=True,
            owner=self.author,
        )
        idea.modifications = [
            IdeaModification(what_changed=what, reason=why)
            for what, why in data.get("modifications", [])
        ]
        idea.indicators = [
            OutcomeIndicator(
                name=name,
                unit=unit,
                baseline=baseline,
                target=target,
                actual=actual,
                measured_on=self.days_ago(measured),
            )
            for name, unit, baseline, target, actual, measured in data.get("indicators", [])
        ]
        return idea

    def load_site_identity(self):
        """Fill the default site's identity where blank; return the fields filled."""
        identity = SiteIdentity.for_site(Site.objects.get(is_default_site=True))
        filled = [field for field in SITE_IDENTITY if not getattr(identity, field)]
        for field in filled:
            setattr(identity, field, SITE_IDENTITY[field])
        if filled:
            identity.save()
        return filled

    # --- helpers ----------------------------------------------------------

    def status_history(self, idea, data):
        """Backdated status steps up to the idea's status, so demo timelines read like real ones."""
        if idea.live is False:
            return
        status = data["status"]
        steps = Status.path_to(status)
        published = self.days_ago(data["published"])
        trial, implemented = (
            self.days_ago(data.get("trial")),
            self.days_ago(data.get("implemented")),
        )
        # Case studies are often written after the fact: the review came before the trial.
        first = min(d for d in (published, trial, implemented) if d)
        moved_on = status not in (Status.PROPOSED, Status.UNDER_REVIEW)
        trial = trial or first + timedelta(days=30)
        implemented = implemented or trial + timedelta(days=90)
        planned = {
            "diusulkan": first - timedelta(days=45),
            "dikaji": first - timedelta(days=15) if moved_on else published,
            "uji_coba": trial,
            "diterapkan": implemented,
            "dilembagakan": implemented + timedelta(days=180),
            "dihentikan": trial + timedelta(days=120),
        }
        when = None
        for step in steps:
            when = planned[step] if when is None else max(planned[step], when + timedelta(days=1))
            when = min(when, self.today)
            record_status_change(
                idea,
                step,
                self.author if step == "diusulkan" else self.leader,
                note=STATUS_NOTES[step],
                stop_reason=idea.stop_reason if step == "dihentikan" else "",
                stop_detail=idea.stop_detail if step == "dihentikan" else "",
                when=timezone.make_aware(datetime.combine(when, time(10))),
            )

    def add_page(self, parent, page, published_days_ago, before_publish=None):
        """Add `page` under `parent`: published on that day, or a draft when None."""
        if published_days_ago is None:
            page.live = False
        else:
            page.first_published_at = timezone.make_aware(
                datetime.combine(self.days_ago(published_days_ago), time(9))
            )
        parent.add_child(instance=page)
        if before_publish is not None:
            before_publish()
        revision = page.save_revision(user=self.author)
        if published_days_ago is not None:
            revision.publish(user=self.leader, skip_permission_checks=True)

    def days_ago(self, days):
        return None if days is None else self.today - timedelta(days=days)

    def report(self, accounts, filled):
        for label in ("agencies", "trips", "ideas", "proposals"):
            created, found = self.tally[label, True], self.tally[label, False]
            self.stdout.write(f"{label}: {created} created, {found} already existed")
        if filled:
            self.stdout.write(f"site identity: filled {', '.join(filled)}")
        else:
            self.stdout.write("site identity: already filled")
        self.stdout.write("\nDemo accounts:")
        for username, secret in accounts:
            if secret:
                self.stdout.write(self.style.SUCCESS(f"  {username:<10} password: {secret}"))
            else:
                self.stdout.write(f"  {username:<10} already exists, password unchanged")


def stream(blocks):
    """StreamField JSON from ("heading", text), ("paragraph", text or items), ("quote", ...)."""
    data = []
    for kind, value, *rest in blocks:
        if kind == "heading":
            value = {"text": value, "level": "h2"}
        elif kind == "quote":
            value = {"text": value, "attribution": rest[0] if rest else ""}
        elif isinstance(value, list):
            value = "<ul>" + "".join(f"<li>{escape(item)}</li>" for item in value) + "</ul>"
        else:
            value = f"<p>{escape(value)}</p>"
        data.append({"type": kind, "value": value})
    data.append({"type": "paragraph", "value": NOTICE})
    return data


def decimal(value):
    return None if value is None else Decimal(value)
