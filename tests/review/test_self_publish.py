"""A leader's own new idea reaches the public only through another leader's review."""

from wagtail.test.utils import WagtailPageTestCase

from ideas.models import IdeaPage
from tests import factories
from tests.ideas.editor import add_url, edit_url, idea_form


class SelfPublishTests(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.leader = factories.user("pimpinan", group="Pimpinan")
        cls.other_leader = factories.user("pimpinan2", group="Pimpinan")

    def test_publishing_a_new_idea_saves_a_draft(self):
        self.client.force_login(self.leader)
        data = idea_form()
        data["action-publish"] = "action-publish"
        self.client.post(add_url(IdeaPage, factories.idea_index()), data)
        page = IdeaPage.objects.get(slug="antrean-daring-dukcapil")
        self.assertFalse(page.live)
        self.assertEqual(page.get_latest_revision_as_object().summary, data["summary"])

    def test_own_draft_cannot_be_published_but_another_leader_may(self):
        draft = factories.idea("Draf pimpinan", publish=False, owner=self.leader)
        self.assertFalse(draft.permissions_for_user(self.leader).can_publish())
        self.assertTrue(draft.permissions_for_user(self.other_leader).can_publish())

        self.client.force_login(self.leader)
        data = idea_form(title=draft.title, slug=draft.slug, summary="Diubah.")
        data["action-publish"] = "action-publish"
        self.client.post(edit_url(draft), data)
        draft.refresh_from_db()
        self.assertFalse(draft.live)
        self.assertEqual(draft.get_latest_revision_as_object().summary, "Diubah.")

    def test_a_published_idea_stays_editable_and_publishable_by_its_owner(self):
        page = factories.idea("Ide terbit", owner=self.leader)
        self.assertTrue(page.permissions_for_user(self.leader).can_publish())
