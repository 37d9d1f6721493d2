"""'Adapt this idea': a signed-in author starts a credited tiru/modifikasi draft."""

from django.urls import reverse
from wagtail.rich_text import RichText
from wagtail.test.utils import WagtailPageTestCase

from ideas.models import IdeaPage
from tests import factories


class AdaptFlowTests(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.author = factories.user("penulis", group="Penulis")
        cls.reader = factories.user("pembaca", group="Pembaca")
        cls.surabaya = factories.agency("DPMPTSP Surabaya", city="Surabaya")
        cls.dpmptsp = factories.agency("DPMPTSP")
        cls.source = factories.idea(
            "Izin usaha satu hari",
            summary="Perizinan usaha mikro selesai dalam satu hari.",
            problem="Pelaku usaha menunggu berminggu-minggu.",
            source_agency=cls.surabaya,
            origin_place="Surabaya, Jawa Timur",
            dimensions=("governance", "economy"),
            budget_min=10_000_000,
            budget_max=50_000_000,
            is_illustrative=True,
        )
        cls.source.tags.add("perizinan", "umkm")
        cls.source.save_revision().publish()
        cls.url = reverse("ideas_adapt", args=[cls.source.pk])

    def test_author_gets_a_prefilled_credited_draft_and_lands_in_the_editor(self):
        self.client.force_login(self.author)
        self.assertEqual(self.client.get(self.url).status_code, 200)
        response = self.client.post(
            self.url, {"stage": "modifikasi", "adopting_agency": self.dpmptsp.pk}
        )
        draft = IdeaPage.objects.exclude(pk=self.source.pk).get()
        self.assertRedirects(response, reverse("wagtailadmin_pages:edit", args=[draft.pk]))
        self.assertFalse(draft.live)
        self.assertEqual(draft.get_parent(), self.source.get_parent())
        self.assertEqual(draft.derived_from, self.source)
        self.assertEqual(draft.stage, "modifikasi")
        self.assertEqual(draft.status, "diusulkan")
        self.assertEqual(draft.adopting_agency, self.dpmptsp)
        self.assertEqual(draft.source_agency, self.surabaya)
        self.assertEqual(draft.owner, self.author)
        self.assertEqual(draft.summary, self.source.summary)
        self.assertEqual(draft.problem, self.source.problem)
        self.assertEqual(draft.budget_max, 50_000_000)
        self.assertFalse(draft.is_illustrative)
        self.assertEqual(sorted(d.slug for d in draft.dimensions.all()), ["economy", "governance"])
        self.assertEqual(sorted(t.name for t in draft.tags.all()), ["perizinan", "umkm"])
        self.assertIsNotNone(draft.latest_revision)
        editor = self.client.get(reverse("wagtailadmin_pages:edit", args=[draft.pk]))
        self.assertEqual(editor.status_code, 200)
        self.assertEqual(self.source.adoption_tree, [], "a draft is not a public adoption")

    def test_missing_agency_is_explained_and_creates_nothing(self):
        self.client.force_login(self.author)
        response = self.client.post(self.url, {"stage": "tiru"})
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "Pilih perangkat daerah yang akan mengadopsi.")
        self.assertEqual(IdeaPage.objects.count(), 1)

    def test_reader_without_author_rights_is_told_and_nothing_is_created(self):
        self.client.force_login(self.reader)
        response = self.client.post(self.url, {"stage": "tiru", "adopting_agency": self.dpmptsp.pk})
        self.assertEqual(response.status_code, 302)
        self.assertEqual(IdeaPage.objects.count(), 1)

    def test_anonymous_visitor_is_sent_to_sign_in(self):
        response = self.client.get(self.url)
        self.assertRedirects(
            response,
            f"{reverse('wagtailadmin_login')}?next={self.url}",
            fetch_redirect_response=False,
        )

    def test_drafts_cannot_be_adapted(self):
        draft = factories.idea("Belum terbit", publish=False)
        self.client.force_login(self.author)
        response = self.client.get(reverse("ideas_adapt", args=[draft.pk]))
        self.assertEqual(response.status_code, 404)


class AdaptRestrictedSourceTests(WagtailPageTestCase):
    """Only an idea the user may read can be adapted: its text would leak into the draft."""

    @classmethod
    def setUpTestData(cls):
        from django.contrib.auth.models import Group
        from wagtail.models import PageViewRestriction

        cls.author = factories.user("penulis", group="Penulis")
        cls.dpmptsp = factories.agency("DPMPTSP")
        cls.leaders = Group.objects.get(name="Pimpinan")
        cls.source = factories.idea(
            "Rahasia dapur pimpinan",
            summary="Ringkasan yang hanya untuk pimpinan.",
            problem="Masalah internal.",
        )
        cls.restriction = PageViewRestriction.objects.create(
            page=cls.source, restriction_type=PageViewRestriction.GROUPS
        )
        cls.restriction.groups.set([cls.leaders])
        cls.url = reverse("ideas_adapt", args=[cls.source.pk])

    def post(self):
        return self.client.post(self.url, {"stage": "tiru", "adopting_agency": self.dpmptsp.pk})

    def test_an_idea_restricted_to_another_group_is_not_found_and_nothing_is_copied(self):
        self.client.force_login(self.author)
        self.assertEqual(self.client.get(self.url).status_code, 404)
        response = self.post()
        self.assertEqual(response.status_code, 404)
        self.assertNotContains(response, "Rahasia dapur", status_code=404)
        self.assertEqual(IdeaPage.objects.count(), 1)

    def test_a_password_protected_idea_is_not_found(self):
        from wagtail.models import PageViewRestriction

        self.restriction.restriction_type = PageViewRestriction.PASSWORD
        self.restriction.password = "sandi-rahasia"  # noqa: S105
        self.restriction.save()
        self.client.force_login(self.author)
        self.assertEqual(self.post().status_code, 404)
        self.assertEqual(IdeaPage.objects.count(), 1)

    def test_a_restriction_on_an_ancestor_counts_too(self):
        self.restriction.page = self.source.get_parent()
        self.restriction.save()
        self.client.force_login(self.author)
        self.assertEqual(self.post().status_code, 404)
        self.assertEqual(IdeaPage.objects.count(), 1)

    def test_a_member_of_the_group_may_adapt_it(self):
        self.author.groups.add(self.leaders)
        self.client.force_login(self.author)
        response = self.post()
        self.assertEqual(response.status_code, 302)
        self.assertEqual(
            IdeaPage.objects.exclude(pk=self.source.pk).get().summary, self.source.summary
        )

    def test_an_idea_for_signed_in_staff_may_be_adapted_by_a_signed_in_author(self):
        from wagtail.models import PageViewRestriction

        self.restriction.restriction_type = PageViewRestriction.LOGIN
        self.restriction.save()
        self.client.force_login(self.author)
        self.assertEqual(self.post().status_code, 302)
        self.assertEqual(IdeaPage.objects.count(), 2)


class AdaptCopiesFieldByFieldTests(WagtailPageTestCase):
    """What the adaptation takes from its source, and what it leaves (ideas.adapt docstring)."""

    @classmethod
    def setUpTestData(cls):
        cls.author = factories.user("penulis", group="Penulis")
        cls.surabaya = factories.agency("DPMPTSP Surabaya", city="Surabaya")
        cls.dpmptsp = factories.agency("DPMPTSP")
        cls.trip = factories.trip()
        cls.source = factories.idea(
            "Izin usaha satu hari",
            summary="Perizinan usaha mikro selesai dalam satu hari.",
            source_agency=cls.surabaya,
            origin_place="Surabaya, Jawa Timur",
            study_trip=cls.trip,
            observed_on=cls.trip.start_date,
            ikm_before=70,
            ikm_after=90,
            is_illustrative=True,
            body=[
                ("paragraph", RichText("<p>Loket daring melayani pelaku usaha mikro.</p>")),
                (
                    "paragraph",
                    RichText(
                        "<p><i>Contoh ilustratif untuk demo Lumbung Inovasi.</i> Angka rekaan.</p>"
                    ),
                ),
            ],
        )
        cls.url = reverse("ideas_adapt", args=[cls.source.pk])

    def adapt(self, **data):
        self.client.force_login(self.author)
        data = {"stage": "tiru", "adopting_agency": self.dpmptsp.pk, **data}
        self.assertEqual(self.client.post(self.url, data).status_code, 302)
        return IdeaPage.objects.exclude(pk=self.source.pk).get()

    def test_form_offers_the_source_title_without_brackets(self):
        self.client.force_login(self.author)
        response = self.client.get(self.url)
        self.assertEqual(response.context["form"]["title"].value(), "Izin usaha satu hari")

    def test_title_given_is_used(self):
        self.assertEqual(
            self.adapt(title="  Izin usaha kilat Ambon ").title, "Izin usaha kilat Ambon"
        )

    def test_empty_title_means_the_source_title(self):
        self.assertEqual(self.adapt(title="").title, "Izin usaha satu hari")

    def test_disclaimer_and_illustrative_flag_stay_with_the_source(self):
        draft = self.adapt()
        self.assertFalse(draft.is_illustrative)
        text = str(draft.body)
        self.assertIn("Loket daring melayani", text)
        self.assertNotIn("Contoh ilustratif", text)
        self.assertIsNone(draft.ikm_before)
        self.assertIsNone(draft.ikm_after)

    def test_origin_is_carried(self):
        draft = self.adapt()
        self.assertEqual(draft.source_agency, self.surabaya)
        self.assertEqual(draft.origin_place, "Surabaya, Jawa Timur")
        self.assertEqual(draft.study_trip, self.trip)
        self.assertEqual(draft.observed_on, self.trip.start_date)

    def test_duplicates_panel_leaves_out_the_source(self):
        draft = self.adapt()
        response = self.client.get(reverse("wagtailadmin_pages:edit", args=[draft.pk]))
        self.assertEqual(response.status_code, 200)
        self.assertNotContains(response, 'class="idea-duplicates__item"')
        endpoint = self.client.get(
            reverse("ideas_duplicates"),
            {"title": draft.title, "exclude": [draft.pk, self.source.pk]},
        )
        self.assertEqual(endpoint.json()["results"], [])
        endpoint = self.client.get(
            reverse("ideas_duplicates"), {"title": draft.title, "exclude": draft.pk}
        )
        self.assertEqual([r["id"] for r in endpoint.json()["results"]], [self.source.pk])
