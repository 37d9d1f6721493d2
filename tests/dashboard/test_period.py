"""The dashboard's period: both dates inclusive, in the site's time zone, applied to every
section, and a bad date answered next to its field with the figures still shown."""

import datetime

from django.test import TestCase
from django.utils import timezone

from dashboard import stats
from dashboard.period import ALL_TIME, Period, PeriodForm, presets
from ideas.choices import Stage, Status
from ideas.models import IdeaPage
from tests import factories
from tests.dashboard.test_dashboard import submit

URL = "/admin/dasbor-pimpinan/"


def published_at(page, *args):
    """Set when `page` was first published, as a local time (Asia/Jayapura)."""
    when = timezone.make_aware(datetime.datetime(*args))
    IdeaPage.objects.filter(pk=page.pk).update(first_published_at=when)


class PeriodBoundsTests(TestCase):
    """`dari` counts from 00:00 of its day; `sampai` up to, not including, 00:00 of the next."""

    @classmethod
    def setUpTestData(cls):
        cls.leader = factories.user("pimpinan", group="Pimpinan")
        cls.agency = factories.agency("Dukcapil Ambon")
        cls.outside = factories.agency("DPMPTSP Banyuwangi", city="Banyuwangi")
        cls.source = factories.idea("Sumber lama", source_agency=cls.outside)
        published_at(cls.source, 2024, 6, 1, 9)
        moments = {
            "sebelum": (2025, 12, 31, 23, 59, 59),
            "awal": (2026, 1, 1, 0, 0, 0),
            "akhir": (2026, 3, 31, 23, 59, 59),
            "sesudah": (2026, 4, 1, 0, 0, 0),
        }
        for name, moment in moments.items():
            idea = factories.idea(
                f"Adopsi {name}",
                Stage.TIRU,
                derived_from=cls.source,
                adopting_agency=cls.agency,
                status=Status.IMPLEMENTED,
            )
            published_at(idea, *moment)
        cls.q1 = Period(datetime.date(2026, 1, 1), datetime.date(2026, 3, 31))

    def titles(self, period):
        return set(stats.ideas_in(self.leader, period).values_list("title", flat=True))

    def test_both_ends_are_inclusive_days(self):
        self.assertEqual(self.titles(self.q1), {"Adopsi awal", "Adopsi akhir"})

    def test_open_ends(self):
        since = Period(datetime.date(2026, 1, 1), None)
        until = Period(None, datetime.date(2025, 12, 31))
        self.assertEqual(self.titles(since), {"Adopsi awal", "Adopsi akhir", "Adopsi sesudah"})
        self.assertEqual(self.titles(until), {"Sumber lama", "Adopsi sebelum"})
        self.assertEqual(len(self.titles(ALL_TIME)), 5)

    def test_every_section_follows_the_period(self):
        figures = stats.registry_figures(stats.ideas_in(self.leader, self.q1))
        self.assertEqual(
            [(r.agency.name, r.total) for r in figures.agencies], [("Dukcapil Ambon", 2)]
        )
        self.assertEqual({s.value: n for s, n in figures.by_stage}["amati"], 0)
        # The source idea is older than the period; its adoptions in the period count.
        self.assertEqual(
            [(i.title, n) for i, n in stats.most_adopted(self.leader, self.q1)],
            [("Sumber lama", 2)],
        )
        self.assertEqual(
            stats.most_adopted(self.leader, Period(None, datetime.date(2025, 1, 1))), []
        )
        # Never verified, so all stale; only those published in the period are listed.
        stale = stats.stale_ideas(stats.ideas_in(self.leader, self.q1))
        self.assertEqual({i.title for i in stale}, {"Adopsi awal", "Adopsi akhir"})

    def test_the_page_takes_the_period_from_the_query(self):
        self.client.force_login(self.leader)
        response = self.client.get(URL, {"dari": "2026-01-01", "sampai": "2026-03-31"})
        self.assertEqual(response.context["period"], self.q1)
        self.assertEqual([r.total for r in response.context["own_agencies"]], [2])
        self.assertContains(response, "1 Januari 2026 – 31 Maret 2026")
        self.assertContains(response, 'value="2026-01-01"')
        self.assertContains(
            response,
            "/admin/dasbor-pimpinan/perangkat-daerah.csv?dari=2026-01-01&amp;sampai=2026-03-31",
        )


class PendingInPeriodTests(TestCase):
    def test_waiting_proposals_by_the_day_they_reached_the_leaders(self):
        leader = factories.user("pimpinan", group="Pimpinan")
        author = factories.user("penulis", group="Penulis")
        agency = factories.agency("Dukcapil Ambon")
        submit(author, "Usulan baru", agency)
        submit(author, "Usulan lama", agency, days_ago=40)
        today = timezone.localdate()
        week = Period(today - datetime.timedelta(days=7), today)
        self.assertEqual([p.title for p in stats.pending_proposals(leader, week)], ["Usulan baru"])
        self.assertEqual(len(stats.pending_proposals(leader)), 2)


class BadDateTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.leader = factories.user("pimpinan", group="Pimpinan")
        cls.agency = factories.agency("Dukcapil Ambon")
        factories.idea("Antrean daring", source_agency=cls.agency)

    def get(self, **query):
        self.client.force_login(self.leader)
        response = self.client.get(URL, query)
        self.assertEqual(response.status_code, 200)
        return response

    def assert_error_next_to(self, response, field, message):
        self.assertContains(
            response, f'<p class="error-message" id="id_{field}-error">{message}</p>', html=True
        )
        self.assertContains(response, f'aria-describedby="id_{field}-error"')
        # The figures are still there, for the default period (all time).
        self.assertEqual(response.context["period"], ALL_TIME)
        self.assertEqual([r.total for r in response.context["own_agencies"]], [1])

    def test_a_day_that_does_not_exist(self):
        response = self.get(dari="2026-02-30")
        self.assert_error_next_to(
            response,
            "dari",
            "Tanggal tidak dikenali. Tulis sebagai TTTT-BB-HH, misalnya 2026-03-31.",
        )

    def test_words_instead_of_a_date(self):
        response = self.get(sampai="kemarin")
        self.assert_error_next_to(
            response,
            "sampai",
            "Tanggal tidak dikenali. Tulis sebagai TTTT-BB-HH, misalnya 2026-03-31.",
        )

    def test_end_before_start(self):
        response = self.get(dari="2026-03-01", sampai="2026-01-31")
        self.assert_error_next_to(
            response, "sampai", "Tanggal akhir tidak boleh sebelum tanggal awal."
        )

    def test_a_year_out_of_range(self):
        response = self.get(dari="0001-01-01", sampai="9999-12-31")
        self.assert_error_next_to(response, "dari", "Pilih tanggal antara tahun 1990 dan 2100.")
        self.assert_error_next_to(response, "sampai", "Pilih tanggal antara tahun 1990 dan 2100.")

    def test_day_first_dates_are_understood(self):
        form = PeriodForm({"dari": "01-01-2026", "sampai": "31/03/2026"})
        self.assertEqual(
            form.period(), Period(datetime.date(2026, 1, 1), datetime.date(2026, 3, 31))
        )


class PresetTests(TestCase):
    def test_years_and_quarters(self):
        found = {str(label): p for label, p in presets(datetime.date(2026, 2, 10))}
        d = datetime.date
        self.assertEqual(found["Tahun ini"], Period(d(2026, 1, 1), d(2026, 12, 31)))
        self.assertEqual(found["Tahun lalu"], Period(d(2025, 1, 1), d(2025, 12, 31)))
        self.assertEqual(found["Kuartal ini"], Period(d(2026, 1, 1), d(2026, 3, 31)))
        self.assertEqual(found["Kuartal lalu"], Period(d(2025, 10, 1), d(2025, 12, 31)))
        self.assertEqual(found["Semua waktu"], ALL_TIME)
        later = {str(label): p for label, p in presets(datetime.date(2026, 11, 30))}
        self.assertEqual(later["Kuartal ini"], Period(d(2026, 10, 1), d(2026, 12, 31)))
        self.assertEqual(later["Kuartal lalu"], Period(d(2026, 7, 1), d(2026, 9, 30)))
