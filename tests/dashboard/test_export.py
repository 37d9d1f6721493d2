"""The agency tables as CSV: UTF-8 with a BOM, Indonesian headers, the period in the file name,
the same figures as the page, for leaders only."""

import csv
import datetime
import io

from django.test import TestCase

from ideas.choices import Stage, Status
from tests import factories

CSV_URL = "/admin/dasbor-pimpinan/perangkat-daerah.csv"
HEADERS = [
    "Kelompok",
    "Perangkat daerah",
    "Singkatan",
    "Kota/kabupaten",
    "Negara",
    "Diamati",
    "Dikaji/uji coba",
    "Diterapkan",
    "Dihentikan",
    "Jumlah ide",
]


class ExportTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.leader = factories.user("pimpinan", group="Pimpinan")
        cls.author = factories.user("penulis", group="Penulis")
        own = factories.agency("Dinas Pariwisata Kota Ambon", acronym="Dispar")
        seoul = factories.agency(
            "서울특별시 (Seoul Metropolitan Government)",
            acronym="SMG",
            city="Seoul",
            country="Korea Selatan",
            is_own=False,
        )
        factories.agency('=HYPERLINK("http://contoh.test")', acronym="", city="Ambon")
        source = factories.idea("Kios layanan", source_agency=seoul)
        factories.idea(
            "Kios pariwisata",
            Stage.MODIFIKASI,
            derived_from=source,
            adopting_agency=own,
            status=Status.INSTITUTIONALISED,
        )

    def download(self, user, **query):
        self.client.force_login(user)
        return self.client.get(CSV_URL, query)

    def test_utf8_with_bom_and_indonesian_headers(self):
        response = self.download(self.leader)
        self.assertEqual(response.status_code, 200)
        self.assertEqual(response["Content-Type"], "text/csv; charset=utf-8")
        self.assertTrue(response.content.startswith(b"\xef\xbb\xbf"))
        rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
        self.assertEqual(rows[0], HEADERS)
        self.assertEqual(
            rows[1:],
            [
                ["Perangkat daerah kota", "Dinas Pariwisata Kota Ambon", "Dispar", "Ambon",
                 "Indonesia", "0", "0", "1", "0", "1"],
                ["Instansi di luar kota", "서울특별시 (Seoul Metropolitan Government)", "SMG",
                 "Seoul", "Korea Selatan", "1", "0", "0", "0", "1"],
            ],
        )  # fmt: skip

    def test_file_name_says_the_period(self):
        response = self.download(self.leader)
        self.assertEqual(
            response["Content-Disposition"],
            'attachment; filename="dasbor-pimpinan-perangkat-daerah_semua-waktu.csv"',
        )
        today = datetime.date.today()
        response = self.download(self.leader, dari="2020-01-01", sampai=today.isoformat())
        self.assertIn(
            f"perangkat-daerah_2020-01-01_{today.isoformat()}.csv", response["Content-Disposition"]
        )
        response = self.download(self.leader, dari="2020-01-01", sampai="2020-12-31")
        self.assertEqual(len(response.content.decode("utf-8-sig").splitlines()), 1)

    def test_a_name_that_looks_like_a_formula_is_kept_as_text(self):
        agency = factories.agency("=1+1", acronym="", city="Ambon")
        factories.idea("Praktik rumus", source_agency=agency)
        rows = list(csv.reader(io.StringIO(self.download(self.leader).content.decode("utf-8-sig"))))
        self.assertIn("'=1+1", [row[1] for row in rows])

    def test_a_bad_period_goes_back_to_the_page_that_explains_it(self):
        response = self.download(self.leader, dari="2026-02-30")
        self.assertRedirects(
            response, "/admin/dasbor-pimpinan/?dari=2026-02-30", fetch_redirect_response=False
        )

    def test_an_author_is_refused(self):
        response = self.download(self.author)
        self.assertEqual(response.status_code, 403)
        self.assertNotIn("text/csv", response["Content-Type"])

    def test_anonymous_is_sent_to_the_login(self):
        response = self.client.get(CSV_URL)
        self.assertEqual(response.status_code, 302)
        self.assertTrue(response["Location"].startswith("/admin/login/"))

    def test_the_page_links_to_it(self):
        self.client.force_login(self.leader)
        self.assertContains(self.client.get("/admin/dasbor-pimpinan/"), f'href="{CSV_URL}"')


class MostAdoptedExportTests(TestCase):
    URL = "/admin/dasbor-pimpinan/paling-banyak-diadopsi.csv"

    @classmethod
    def setUpTestData(cls):
        cls.leader = factories.user("pimpinan", group="Pimpinan")
        own = factories.agency("Dinas Pariwisata Kota Ambon", acronym="Dispar")
        seoul = factories.agency("Seoul", acronym="SMG", city="Seoul", is_own=False)
        cls.sources = [factories.idea(f"=Kios {n}", source_agency=seoul) for n in range(12)]
        for n, source in enumerate(cls.sources):
            factories.idea(f"Adopsi {n}", Stage.TIRU, derived_from=source, adopting_agency=own)

    def test_every_adopted_idea_of_the_period(self):
        self.client.force_login(self.leader)
        response = self.client.get(self.URL)
        self.assertTrue(response.content.startswith(b"\xef\xbb\xbf"))
        self.assertIn(
            "dasbor-pimpinan-paling-banyak-diadopsi_semua-waktu.csv",
            response["Content-Disposition"],
        )
        rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
        self.assertEqual(
            rows[0], ["Ide", "Tahap ATM", "Perangkat daerah", "Adopsi dalam periode", "Alamat"]
        )
        # All twelve, where the page lists ten; a title like a formula stays text.
        self.assertEqual(len(rows), 13)
        self.assertEqual(
            rows[1],
            ["'=Kios 0", "Amati", "Seoul (SMG)", "1", f"http://testserver{self.sources[0].url}"],
        )

    def test_an_author_is_refused(self):
        self.client.force_login(factories.user("penulis", group="Penulis"))
        self.assertEqual(self.client.get(self.URL).status_code, 403)
