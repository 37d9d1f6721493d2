"""Stopped ideas say why they stopped, so other agencies can learn from them."""

import html

from django.test import TestCase
from wagtail.test.utils import WagtailPageTestCase

from ideas.choices import Status, StopReason
from tests import factories
from tests.ideas.editor import EditorAssertions, edit_url, idea_form

IDEAS = "/ide/"
SEARCH = "/search/"
DETAIL = "Sopir angkot menolak voucer karena pencairan dana terlambat berbulan-bulan."


def stopped_idea(title, reason=StopReason.BUDGET, detail=DETAIL, **fields):
    return factories.idea(
        title, status=Status.STOPPED, stop_reason=reason, stop_detail=detail, **fields
    )


class StopReasonEditorTests(EditorAssertions, WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.leader = factories.user("pimpinan", group="Pimpinan")

    def setUp(self):
        self.client.force_login(self.leader)
        self.idea = factories.idea("Antrean daring Dukcapil", status=Status.TRIAL)

    def publish(self, **fields):
        fields.setdefault("slug", self.idea.slug)
        fields.setdefault("title", self.idea.title)
        fields.setdefault("status_note", "Uji coba dihentikan.")
        data = idea_form(**fields)
        data["action-publish"] = "action-publish"
        return self.client.post(edit_url(self.idea), data)

    def test_stopped_without_reason_is_refused(self):
        response = self.publish(status="dihentikan", stop_detail=DETAIL)
        self.assertFieldError(response, "stop_reason", "wajib menyebutkan alasannya")
        self.idea.refresh_from_db()
        self.assertEqual(self.idea.status, Status.TRIAL)

    def test_stopped_without_explanation_is_refused(self):
        for reason in ("lainnya", "anggaran"):
            with self.subTest(reason=reason):
                response = self.publish(status="dihentikan", stop_reason=reason, stop_detail="  ")
                self.assertFieldError(response, "stop_detail", "Jelaskan mengapa")
        self.idea.refresh_from_db()
        self.assertEqual(self.idea.status, Status.TRIAL)

    def test_unknown_reason_is_refused(self):
        response = self.publish(status="dihentikan", stop_reason="cuaca", stop_detail=DETAIL)
        self.assertFieldError(response, "stop_reason", "cuaca")

    def test_stopped_with_reason_and_explanation_is_published(self):
        response = self.publish(status="dihentikan", stop_reason="regulasi", stop_detail=DETAIL)
        self.assertEqual(response.status_code, 302)
        self.idea.refresh_from_db()
        self.assertEqual(self.idea.status, Status.STOPPED)
        self.assertEqual(self.idea.stop_reason, StopReason.REGULATION)
        self.assertEqual(self.idea.stop_detail, DETAIL)

    def test_restarting_clears_the_reason_but_history_keeps_it(self):
        self.publish(status="dihentikan", stop_reason="sdm", stop_detail=DETAIL)
        response = self.publish(
            status="uji_coba",
            stop_reason="sdm",
            stop_detail=DETAIL,
            status_note="Petugas baru sudah dilatih.",
        )
        self.assertEqual(response.status_code, 302)
        self.idea.refresh_from_db()
        self.assertEqual((self.idea.stop_reason, self.idea.stop_detail), ("", ""))
        stop = self.idea.status_changes.get(status=Status.STOPPED)
        self.assertEqual((stop.stop_reason, stop.stop_detail), (StopReason.STAFF, DETAIL))

    def test_stop_fields_sit_next_to_status_in_the_editor(self):
        response = self.client.get(edit_url(self.idea))
        content = response.content.decode()
        for name in ("status", "stop_reason", "stop_detail", "status_note"):
            self.assertIn(f'name="{name}"', content)
        self.assertLess(content.index('name="status"'), content.index('name="stop_reason"'))
        self.assertLess(content.index('name="stop_detail"'), content.index('name="problem"'))


class StopReasonOnPageTests(TestCase):
    def test_page_shows_reason_and_explanation_escaped(self):
        idea = stopped_idea("Angkot bayar botol", detail="Dana <b>terlambat</b> cair.")
        response = self.client.get(idea.url)
        self.assertContains(response, "Dihentikan karena: Anggaran.")
        self.assertContains(response, "Dana &lt;b&gt;terlambat&lt;/b&gt; cair.")
        self.assertNotContains(response, "<b>terlambat</b>")

    def test_running_idea_shows_no_reason(self):
        idea = factories.idea("Antrean daring", status=Status.IMPLEMENTED)
        response = self.client.get(idea.url)
        self.assertNotContains(response, "Dihentikan karena")

    def test_saving_another_status_in_code_clears_the_reason(self):
        idea = stopped_idea("Angkot bayar botol")
        idea.status = Status.TRIAL
        idea.save(update_fields=["status"])
        idea.refresh_from_db()
        self.assertEqual((idea.stop_reason, idea.stop_detail), ("", ""))


class StopReasonIndexFilterTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        stopped_idea("Angkot bayar botol", reason=StopReason.BUDGET)
        stopped_idea("Parkir meter", reason=StopReason.REGULATION, detail="Perda belum terbit.")
        factories.idea("Antrean daring", status=Status.IMPLEMENTED)

    def titles(self, response):
        return sorted(idea.title for idea in response.context["ideas"])

    def test_filter_by_stop_reason(self):
        response = self.client.get(IDEAS, {"stop_reason": "anggaran"})
        self.assertEqual(self.titles(response), ["Angkot bayar botol"])
        self.assertContains(response, "Alasan dihentikan")

    def test_bad_stop_reason_gives_a_message(self):
        response = self.client.get(IDEAS, {"stop_reason": "<script>x</script>"})
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "Alasan dihentikan itu tidak dikenal.")
        self.assertNotContains(response, "<script>x</script>")


class StopReasonSearchTests(TestCase):
    """Through the real search page and the Whoosh index (built from setUpTestData)."""

    @classmethod
    def setUpTestData(cls):
        cls.bottle = stopped_idea(
            "Angkot bayar botol",
            reason=StopReason.BUDGET,
            detail="Pencairan voucer terlambat sehingga sopir menolak.",
        )
        cls.meter = stopped_idea(
            "Parkir meter elektronik", reason=StopReason.REGULATION, detail="Perda belum terbit."
        )
        cls.queue = factories.idea("Antrean parkir daring", status=Status.IMPLEMENTED)

    def search(self, **params):
        response = self.client.get(SEARCH, params)
        self.assertEqual(response.status_code, 200)
        return response

    def titles(self, response):
        return sorted(hit["idea"].title for hit in response.context["hits"])

    def facet(self, response, param):
        for group in response.context["facet_groups"]:
            if group["param"] == param:
                return {v["label"]: v["count"] for v in group["values"]}
        return {}

    def test_stop_detail_is_searchable(self):
        response = self.search(q="voucer sopir")
        self.assertEqual(self.titles(response), ["Angkot bayar botol"])

    def test_facet_counts_and_filters_by_stop_reason(self):
        response = self.search(q="parkir")
        self.assertEqual(self.facet(response, "stop_reason"), {"Regulasi": 1})
        response = self.search(status="dihentikan")
        self.assertEqual(self.facet(response, "stop_reason"), {"Regulasi": 1, "Anggaran": 1})
        self.assertContains(response, "Alasan dihentikan")
        response = self.search(status="dihentikan", stop_reason="anggaran")
        self.assertEqual(self.titles(response), ["Angkot bayar botol"])
        response = self.search(stop_reason=["anggaran", "regulasi"])
        self.assertEqual(self.titles(response), ["Angkot bayar botol", "Parkir meter elektronik"])

    def test_idea_stopped_inside_a_test_reaches_the_index(self):
        with self.captureOnCommitCallbacks(execute=True):
            stopped_idea(
                "Posyandu keliling", reason=StopReason.INFRASTRUCTURE, detail="Mobil rusak."
            )
        response = self.search(stop_reason="infrastruktur")
        self.assertEqual(self.titles(response), ["Posyandu keliling"])

    def test_bad_stop_reason_is_ignored_with_a_message(self):
        response = self.search(q="parkir", stop_reason="<script>alert(1)</script>")
        self.assertEqual(len(response.context["problems"]), 1)
        text = html.unescape(response.content.decode())
        self.assertIn("Alasan dihentikan hanya bisa Regulasi, Anggaran", text)
        self.assertNotContains(response, "<script>alert(1)</script>")
        self.assertEqual(
            self.titles(response), ["Antrean parkir daring", "Parkir meter elektronik"]
        )
