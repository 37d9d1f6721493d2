"""The agency tables: each idea once, in one column, the city's own agencies apart from the
others, and only ideas the leader may view."""

from django.test import TestCase
from wagtail.models import PageViewRestriction

from dashboard import stats
from ideas.choices import Stage, Status, StopReason
from tests import factories

URL = "/admin/dasbor-pimpinan/"


def adopt(title, source, agency, status):
    extra = {}
    if status == Status.STOPPED:
        extra = {"stop_reason": StopReason.STAFF, "stop_detail": "Petugas dipindahkan."}
    return factories.idea(
        title,
        Stage.TIRU,
        derived_from=source,
        source_agency=source.source_agency,
        adopting_agency=agency,
        status=status,
        **extra,
    )


def table(rows):
    return {
        r.agency.name: (r.observed, r.in_progress, r.implemented, r.stopped, r.total) for r in rows
    }


class CountingTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.leader = factories.user("pimpinan", group="Pimpinan")
        cls.dukcapil = factories.agency("Dukcapil Ambon")
        cls.dinkes = factories.agency("Dinkes Ambon")
        cls.seoul = factories.agency("Seoul Metropolitan Government", city="Seoul", is_own=False)
        cls.banyuwangi = factories.agency("DPMPTSP Banyuwangi", city="Banyuwangi")
        cls.source = factories.idea("Antrean daring", source_agency=cls.banyuwangi)
        cls.seoul_idea = factories.idea(
            "Kios layanan 24 jam", source_agency=cls.seoul, status=Status.UNDER_REVIEW
        )
        # Dukcapil adopted three ideas, all institutionalised (they went through
        # "diterapkan" first): three ideas, one column.
        for n in range(3):
            adopt(
                f"Antrean daring Dukcapil {n}", cls.source, cls.dukcapil, Status.INSTITUTIONALISED
            )
        adopt("Antrean Puskesmas", cls.source, cls.dinkes, Status.TRIAL)
        adopt("Antrean apotek", cls.seoul_idea, cls.dinkes, Status.IMPLEMENTED)
        adopt("Antrean posyandu", cls.source, cls.dinkes, Status.STOPPED)
        adopt("Antrean lab", cls.source, cls.dinkes, Status.UNDER_REVIEW)

    def figures(self):
        return stats.registry_figures(stats.ideas_in(self.leader))

    def test_an_adopted_and_institutionalised_idea_counts_once(self):
        own = table(self.figures().own_agencies)
        self.assertEqual(own["Dukcapil Ambon"], (0, 0, 3, 0, 3))
        self.assertEqual(own["Dinkes Ambon"], (0, 2, 1, 1, 4))

    def test_every_idea_with_an_agency_counts_exactly_once(self):
        figures = self.figures()
        self.assertEqual(sum(row.total for row in figures.agencies), 9)
        self.assertEqual(sum(n for _stage, n in figures.by_stage), 9)

    def test_own_and_outside_agencies_are_apart(self):
        figures = self.figures()
        self.assertEqual(set(table(figures.own_agencies)), {"Dukcapil Ambon", "Dinkes Ambon"})
        self.assertEqual(
            table(figures.outside_agencies),
            {
                "DPMPTSP Banyuwangi": (1, 0, 0, 0, 1),
                "Seoul Metropolitan Government": (1, 0, 0, 0, 1),
            },
        )

    def test_page_shows_the_groups_under_their_headings(self):
        self.client.force_login(self.leader)
        content = self.client.get(URL).content.decode()
        own = content.index("Perangkat daerah kota</h3>")
        outside = content.index("Instansi di luar kota</h3>")
        dukcapil = content.index('<th scope="row">Dukcapil Ambon')
        seoul = content.index('<th scope="row">Seoul Metropolitan')
        self.assertEqual(sorted([own, dukcapil, outside, seoul]), [own, dukcapil, outside, seoul])


class VisibilityTests(TestCase):
    """A leader counts what the one rule (kb.visibility) lets them view."""

    @classmethod
    def setUpTestData(cls):
        cls.leader = factories.user("pimpinan", group="Pimpinan")
        cls.agency = factories.agency("Dukcapil Ambon")
        cls.outside = factories.agency("Dispendukcapil Surabaya", city="Surabaya")
        cls.source = factories.idea("Antrean daring", source_agency=cls.outside)
        cls.internal = adopt("Antrean internal", cls.source, cls.agency, Status.TRIAL)
        cls.secret = adopt("Rahasia berkata sandi", cls.source, cls.agency, Status.TRIAL)
        PageViewRestriction.objects.create(
            page=cls.internal, restriction_type=PageViewRestriction.LOGIN
        )
        PageViewRestriction.objects.create(
            page=cls.secret, restriction_type=PageViewRestriction.PASSWORD, password="sandi"
        )
        factories.idea(
            "Draf antrean",
            Stage.TIRU,
            publish=False,
            derived_from=cls.source,
            adopting_agency=cls.agency,
        )

    def test_counts_only_viewable_live_ideas(self):
        figures = stats.registry_figures(stats.ideas_in(self.leader))
        self.assertEqual(table(figures.own_agencies)["Dukcapil Ambon"], (0, 1, 0, 0, 1))
        self.assertEqual(
            [(i.title, n) for i, n in stats.most_adopted(self.leader)], [("Antrean daring", 1)]
        )

    def test_page_does_not_name_what_the_leader_may_not_view(self):
        self.client.force_login(self.leader)
        response = self.client.get(URL)
        self.assertNotContains(response, "Rahasia berkata sandi")
        self.assertNotContains(response, "Draf antrean")
