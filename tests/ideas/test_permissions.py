"""Who may do what: authors submit but never publish; the public never sees drafts."""

from django.urls import reverse
from wagtail.models import PageViewRestriction
from wagtail.test.utils import WagtailPageTestCase

from ideas.models import IdeaPage
from tests import factories
from tests.ideas.editor import add_url, edit_url, idea_form


class AuthorCannotPublishTests(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.author = factories.user("penulis", group="Penulis")
        cls.index = factories.idea_index()

    def setUp(self):
        self.client.force_login(self.author)

    def test_publish_button_does_not_publish_for_an_author(self):
        data = idea_form()
        data["action-publish"] = "action-publish"
        self.client.post(add_url(IdeaPage, self.index), data)
        page = IdeaPage.objects.get(slug="antrean-daring-dukcapil")
        self.assertFalse(page.live)
        self.assertFalse(page.get_latest_revision().approved_go_live_at)

    def test_author_can_submit_for_moderation(self):
        data = idea_form()
        data["action-submit"] = "action-submit"
        self.client.post(add_url(IdeaPage, self.index), data)
        page = IdeaPage.objects.get(slug="antrean-daring-dukcapil")
        self.assertFalse(page.live)
        self.assertTrue(page.workflow_in_progress)

    def test_author_permissions_exclude_publishing(self):
        page = factories.idea("Milik penulis", publish=False, owner=self.author)
        perms = page.permissions_for_user(self.author)
        self.assertTrue(perms.can_edit())
        self.assertFalse(perms.can_publish())
        self.assertFalse(perms.can_unpublish())
        self.assertFalse(self.index.permissions_for_user(self.author).can_publish_subpage())

    def test_author_cannot_edit_someone_elses_idea(self):
        other = factories.idea("Milik orang lain")
        response = self.client.get(edit_url(other))
        self.assertNotEqual(response.status_code, 200)

    def test_leader_can_publish(self):
        leader = factories.user("pimpinan", group="Pimpinan")
        draft = factories.idea("Usulan", publish=False, owner=self.author)
        self.assertTrue(draft.permissions_for_user(leader).can_publish())
        live = factories.idea("Sudah terbit", owner=self.author)
        self.assertTrue(live.permissions_for_user(leader).can_unpublish())


class DraftsStayPrivateTests(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.published = factories.idea("Bank sampah digital")
        cls.draft = factories.idea("Rahasia draf antrean", publish=False)
        cls.private = factories.idea("Ide khusus pegawai")
        PageViewRestriction.objects.create(
            page=cls.private, restriction_type=PageViewRestriction.LOGIN
        )

    def test_draft_url_is_not_found(self):
        self.assertEqual(
            self.client.get(self.draft.url_path.replace("/home", "", 1)).status_code, 404
        )

    def test_private_idea_asks_for_login(self):
        response = self.client.get(self.private.url)
        self.assertEqual(response.status_code, 302)
        self.assertNotContains(response, "Ide khusus pegawai", status_code=302)

    def test_lists_home_and_search_show_only_public_live_ideas(self):
        for url in ("/", "/ide/", reverse("search") + "?q=antrean", reverse("search") + "?q=ide"):
            with self.subTest(url=url):
                response = self.client.get(url)
                self.assertEqual(response.status_code, 200)
                self.assertNotContains(response, "Rahasia draf antrean")
                self.assertNotContains(response, "Ide khusus pegawai")
        self.assertContains(self.client.get("/ide/"), "Bank sampah digital")

    def test_unpublished_idea_disappears(self):
        self.published.unpublish()
        self.assertEqual(self.client.get("/ide/bank-sampah-digital/").status_code, 404)
        self.assertNotContains(self.client.get("/ide/"), "Bank sampah digital")


class ReaderGroupTests(WagtailPageTestCase):
    """Pembaca: signed-in staff who may read pages restricted to their group."""

    @classmethod
    def setUpTestData(cls):
        from django.contrib.auth.models import Group

        cls.reader = factories.user("pembaca", group="Pembaca")
        cls.restricted = factories.idea("Kajian internal parkir")
        restriction = PageViewRestriction.objects.create(
            page=cls.restricted, restriction_type=PageViewRestriction.GROUPS
        )
        restriction.groups.add(Group.objects.get(name="Pembaca"))

    def test_reader_reads_restricted_page(self):
        self.client.force_login(self.reader)
        self.assertContains(self.client.get(self.restricted.url), "Kajian internal parkir")

    def test_anonymous_and_other_staff_do_not(self):
        response = self.client.get(self.restricted.url)
        self.assertEqual(response.status_code, 302)
        self.client.force_login(factories.user("penulis", group="Penulis"))
        self.assertNotEqual(self.client.get(self.restricted.url).status_code, 200)
        self.assertNotContains(self.client.get("/ide/"), "Kajian internal parkir")

    def test_reader_cannot_enter_the_admin(self):
        self.client.force_login(self.reader)
        response = self.client.get(reverse("wagtailadmin_home"))
        self.assertNotEqual(response.status_code, 200)


class ModerationTests(WagtailPageTestCase):
    """An author submits; a leader approves through the moderation workflow."""

    @classmethod
    def setUpTestData(cls):
        cls.author = factories.user("penulis", group="Penulis")
        cls.leader = factories.user("pimpinan", group="Pimpinan")

    def test_leader_approves_what_an_author_submitted(self):
        self.client.force_login(self.author)
        data = idea_form()
        data["action-submit"] = "action-submit"
        self.client.post(add_url(IdeaPage, factories.idea_index()), data)
        page = IdeaPage.objects.get(slug="antrean-daring-dukcapil")
        task_state = page.current_workflow_task_state
        self.assertIsNotNone(task_state)
        actions = [a[0] for a in task_state.task.specific.get_actions(page, self.leader)]
        self.assertIn("approve", actions)
        self.assertEqual(task_state.task.specific.get_actions(page, self.author), [])

        self.client.force_login(self.leader)
        url = reverse(
            "wagtailadmin_pages:workflow_action", args=(page.pk, "approve", task_state.pk)
        )
        scores = dict.fromkeys(("impact", "feasibility", "cost", "readiness", "fit"), 4)
        self.client.post(url, {"comment": "Layak diterapkan.", **scores})
        page.refresh_from_db()
        self.assertTrue(page.live)
