"""The leaders' dashboard: who may see it, and its figures on known data."""

import datetime

from django.db import connection
from django.test import TestCase
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from wagtail.models import TaskState

from dashboard import stats
from ideas.choices import Stage, Status, StopReason
from ideas.models import IdeaPage
from review.models import RubricReviewTaskState, RubricScore, leaders_workflow
from tests import factories

URL = "/admin/dasbor-pimpinan/"
STOPPED = {
    "status": Status.STOPPED,
    "stop_reason": StopReason.BUDGET,
    "stop_detail": "Anggaran tidak tersedia.",
}


def submit(author, title, agency, days_ago=0):
    """A tiru draft by `author`, submitted to "Tinjauan Pimpinan" `days_ago` days ago."""
    source = factories.idea(f"Sumber {title}")
    draft = factories.idea(
        title,
        Stage.TIRU,
        publish=False,
        owner=author,
        derived_from=source,
        adopting_agency=agency,
    )
    draft.save_revision(user=author)
    leaders_workflow().start(draft, author)
    state = RubricReviewTaskState.objects.get(pk=draft.current_workflow_task_state.pk)
    started = timezone.now() - datetime.timedelta(days=days_ago)
    TaskState.objects.filter(pk=state.pk).update(started_at=started)
    return state


def score(state, reviewer, *values):
    fields = dict(zip(("impact", "feasibility", "cost", "readiness", "fit"), values, strict=True))
    RubricScore.objects.create(task_state=state, reviewer=reviewer, comment="", **fields)


def verified(page, days_ago):
    """Set when the owner last confirmed `page` (the field is not edited through revisions)."""
    when = timezone.localdate() - datetime.timedelta(days=days_ago)
    IdeaPage.objects.filter(pk=page.pk).update(last_verified_on=when)


class AccessTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.leader = factories.user("pimpinan", group="Pimpinan")
        cls.author = factories.user("penulis", group="Penulis")

    def test_url_and_name(self):
        self.assertEqual(reverse("leaders_dashboard"), URL)

    def test_leader_sees_the_page_and_the_menu_item(self):
        self.client.force_login(self.leader)
        response = self.client.get(URL)
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "Dasbor Pimpinan")
        home = self.client.get(reverse("wagtailadmin_home"))
        self.assertContains(home, URL)

    def test_superuser_sees_the_page(self):
        admin = factories.user("admin", is_superuser=True)
        self.client.force_login(admin)
        self.assertEqual(self.client.get(URL).status_code, 200)

    def test_author_is_forbidden_and_has_no_menu_item(self):
        self.client.force_login(self.author)
        self.assertEqual(self.client.get(URL).status_code, 403)
        home = self.client.get(reverse("wagtailadmin_home"))
        self.assertEqual(home.status_code, 200)
        self.assertNotContains(home, URL)

    def test_anonymous_is_sent_to_the_login(self):
        response = self.client.get(URL)
        self.assertEqual(response.status_code, 302)
        self.assertTrue(response["Location"].startswith(reverse("wagtailadmin_login")))

    def test_empty_registry_renders_without_bars(self):
        self.client.force_login(self.leader)
        response = self.client.get(URL)
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, 'role="img"', count=2)
        self.assertContains(response, 'width="0"')
        self.assertEqual(response.context["own_agencies"], [])
        self.assertEqual(response.context["outside_agencies"], [])
        self.assertEqual(response.context["stale_total"], 0)


class PendingProposalsTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.leader = factories.user("pimpinan", group="Pimpinan")
        other_leader = factories.user("pimpinan2", group="Pimpinan")
        author = factories.user("penulis", group="Penulis", first_name="Ani", last_name="Lestari")
        cls.agency = factories.agency("Dukcapil")
        cls.recent = submit(author, "Antrean daring Dukcapil", cls.agency)
        cls.old = submit(author, "Perizinan daring Ambon", cls.agency, days_ago=5)
        score(cls.old, other_leader, 3, 3, 4, 3, 4)
        submit(cls.leader, "Usulan milik pimpinan", cls.agency, days_ago=9)

    def test_waiting_proposals_oldest_first_without_own(self):
        rows = [
            (p.title, p.stage, p.adopting_agency, p.days_waiting, p.average_score)
            for p in stats.pending_proposals(self.leader)
        ]
        self.assertEqual(
            rows,
            [
                ("Perizinan daring Ambon", "Tiru", self.agency, 5, 3.4),
                ("Antrean daring Dukcapil", "Tiru", self.agency, 0, None),
            ],
        )

    def test_page_lists_them_with_indonesian_decimals(self):
        self.client.force_login(self.leader)
        response = self.client.get(URL)
        content = response.content.decode()
        self.assertIn("<td>3,4</td>", content)
        self.assertIn("<td>Ani Lestari</td>", content)
        page_id = self.old.workflow_state.object_id
        self.assertIn(reverse("wagtailadmin_pages:edit", args=[page_id]), content)
        self.assertNotIn(">Usulan milik pimpinan<", content)
        self.assertLess(content.index("Perizinan daring Ambon"), content.index("Antrean daring"))

    def test_home_panel_counts_what_waits(self):
        self.client.force_login(self.leader)
        response = self.client.get(reverse("wagtailadmin_home"))
        self.assertContains(response, "2 usulan menunggu keputusan Anda")
        self.assertContains(response, URL)


class FiguresTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.leader = factories.user("pimpinan", group="Pimpinan")
        cls.kominfo = factories.agency("Diskominfosandi")
        cls.dukcapil = factories.agency("Dukcapil")
        cls.surabaya = factories.agency("DPMPTSP Surabaya", city="Surabaya")
        cls.evil = factories.agency("<script>alert(1)</script>")
        factories.agency("Dinas Tanpa Ide")
        cls.source = factories.idea("Perizinan daring", source_agency=cls.surabaya)
        cls.queue = factories.idea("Antrean daring", source_agency=cls.evil, **STOPPED)
        cls.imitated = factories.idea(
            "Perizinan daring Ambon",
            Stage.TIRU,
            derived_from=cls.source,
            adopting_agency=cls.kominfo,
            status=Status.IMPLEMENTED,
        )
        cls.modified = factories.idea(
            "Perizinan keliling",
            Stage.MODIFIKASI,
            derived_from=cls.source,
            adopting_agency=cls.dukcapil,
            **STOPPED,
        )
        cls.second = factories.idea(
            "Perizinan daring kecamatan",
            Stage.TIRU,
            derived_from=cls.imitated,
            adopting_agency=cls.kominfo,
            status=Status.INSTITUTIONALISED,
        )
        factories.idea(
            "Draf perizinan",
            Stage.TIRU,
            publish=False,
            derived_from=cls.source,
            adopting_agency=cls.kominfo,
            status=Status.IMPLEMENTED,
        )
        verified(cls.imitated, 10)
        verified(cls.second, 400)

    def test_pipeline_counts_live_ideas_by_stage_and_status(self):
        figures = stats.registry_figures(stats.ideas_in(self.leader))
        self.assertEqual(
            [(s.value, n) for s, n in figures.by_stage],
            [
                ("amati", 2),
                ("tiru", 2),
                ("modifikasi", 1),
            ],
        )
        self.assertEqual(
            [(s.value, n) for s, n in figures.by_status],
            [
                ("diusulkan", 1),
                ("dikaji", 0),
                ("uji_coba", 0),
                ("diterapkan", 1),
                ("dilembagakan", 1),
                ("dihentikan", 2),
            ],
        )

    def test_agency_tables_count_each_idea_once(self):
        figures = stats.registry_figures(stats.ideas_in(self.leader))

        def rows(group):
            return [
                (r.agency.name, r.observed, r.in_progress, r.implemented, r.stopped, r.total)
                for r in group
            ]

        self.assertEqual(
            rows(figures.own_agencies),
            [
                ("Diskominfosandi", 0, 0, 2, 0, 2),
                ("<script>alert(1)</script>", 1, 0, 0, 0, 1),
                ("Dukcapil", 0, 0, 0, 1, 1),
            ],
        )
        self.assertEqual(rows(figures.outside_agencies), [("DPMPTSP Surabaya", 1, 0, 0, 0, 1)])

    def test_most_adopted(self):
        # Direct adoptions only: "Perizinan daring kecamatan" adopted the Ambon copy.
        self.assertEqual(
            [(i.title, n) for i, n in stats.most_adopted(self.leader)],
            [("Perizinan daring", 2), ("Perizinan daring Ambon", 1)],
        )

    def test_stale_entries_never_verified_first(self):
        ideas = stats.ideas_in(self.leader)
        titles = [i.title for i in stats.stale_ideas(ideas)]
        self.assertEqual(titles, ["Perizinan daring", "Perizinan daring kecamatan"])
        self.assertEqual(stats.registry_figures(ideas).stale_total, 2)
        self.assertEqual(stats.stale_queryset(ideas).count(), 2)
        self.assertEqual([i.title for i in stats.stale_ideas(ideas, limit=1)], ["Perizinan daring"])

    def test_page_shows_the_sections_with_links(self):
        self.client.force_login(self.leader)
        response = self.client.get(URL)
        self.assertContains(response, 'role="img"', count=4)
        self.assertContains(response, self.source.url)
        self.assertContains(response, reverse("wagtailadmin_pages:edit", args=[self.second.pk]))
        self.assertNotContains(response, "Draf perizinan")

    def test_labels_are_escaped_in_charts_and_tables(self):
        self.client.force_login(self.leader)
        content = self.client.get(URL).content.decode()
        self.assertNotIn("<script>alert(1)", content)
        svg = content[content.index('aria-labelledby="chart-own-agencies-title"') :]
        svg = svg[: svg.index("</svg>")]
        self.assertIn("&lt;script&gt;alert(1)&lt;/script&gt;", svg)

    def test_home_panel_links_to_the_dashboard(self):
        self.client.force_login(self.leader)
        response = self.client.get(reverse("wagtailadmin_home"))
        self.assertContains(response, "2 entri basi")


class QueryCountTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.leader = factories.user("pimpinan", group="Pimpinan")
        cls.agencies = [factories.agency(f"Dinas {n}") for n in range(3)]
        cls.source = factories.idea("Sumber", source_agency=cls.agencies[0])

    def add_ideas(self, count):
        author = factories.user(f"penulis{count}", group="Penulis")
        submit(author, f"Usulan {count}", self.agencies[1])
        submit(author, f"Usulan kedua {count}", self.agencies[2])
        for n in range(count):
            factories.idea(
                f"Adopsi {count}-{n}",
                Stage.TIRU,
                derived_from=self.source,
                adopting_agency=self.agencies[n % 3],
                status=Status.IMPLEMENTED,
            )

    def queries_for_the_page(self):
        with CaptureQueriesContext(connection) as queries:
            self.assertEqual(self.client.get(URL).status_code, 200)
        return len(queries)

    def test_query_count_does_not_grow_with_the_ideas(self):
        self.client.force_login(self.leader)
        self.add_ideas(2)
        self.client.get(URL)  # warm the caches (site root paths, menu)
        few = self.queries_for_the_page()
        self.add_ideas(27)
        many = self.queries_for_the_page()
        self.assertEqual(few, many)
        self.assertLessEqual(many, 30)
