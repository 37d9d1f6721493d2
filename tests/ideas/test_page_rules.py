from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase

from ideas.models import (
    IdeaIndexPage,
    IdeaPage,
    IdeaSectionPage,
    StudyTripIndexPage,
    StudyTripPage,
)
from kb.models import HomePage


class PageRulesTests(WagtailPageTestCase):
    """Each page type can be created only under its parent."""

    def test_home_page_lives_at_the_root(self):
        self.assertAllowedParentPageTypes(HomePage, {Page})
        self.assertAllowedSubpageTypes(HomePage, {IdeaIndexPage, StudyTripIndexPage})

    def test_ideas_only_under_the_idea_index_or_one_of_its_sections(self):
        self.assertAllowedParentPageTypes(IdeaPage, {IdeaIndexPage, IdeaSectionPage})
        self.assertAllowedParentPageTypes(IdeaIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(IdeaIndexPage, {IdeaPage, IdeaSectionPage})
        self.assertAllowedParentPageTypes(IdeaSectionPage, {IdeaIndexPage})
        self.assertAllowedSubpageTypes(IdeaSectionPage, {IdeaPage})
        self.assertAllowedSubpageTypes(IdeaPage, set())
        self.assertCanNotCreateAt(HomePage, IdeaSectionPage)
        self.assertCanNotCreateAt(StudyTripIndexPage, IdeaPage)
        self.assertCanNotCreateAt(HomePage, IdeaPage)

    def test_trips_only_under_the_trip_index(self):
        self.assertAllowedParentPageTypes(StudyTripPage, {StudyTripIndexPage})
        self.assertAllowedParentPageTypes(StudyTripIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(StudyTripIndexPage, {StudyTripPage})
        self.assertAllowedSubpageTypes(StudyTripPage, set())
        self.assertCanNotCreateAt(IdeaIndexPage, StudyTripPage)

    def test_index_pages_are_single(self):
        home = HomePage.objects.get()
        self.assertFalse(IdeaIndexPage.can_create_at(home))
        self.assertFalse(StudyTripIndexPage.can_create_at(home))
        self.assertFalse(HomePage.can_create_at(Page.get_first_root_node()))
