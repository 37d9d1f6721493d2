"""IdeaPage.year and IdeaPage.adoption_count: stored, indexed, and kept true."""

import datetime

from django.db import transaction
from django.test import TestCase
from wagtail.models import Page, PageViewRestriction, Revision
from wagtail.search import index

from ideas import lineage, signals
from ideas.models import IdeaIndexPage, IdeaPage
from kb.models import HomePage
from tests import factories


def refreshed(*pages):
    return [IdeaPage.objects.get(pk=p.pk).adoption_count for p in pages]


class SearchFieldsTests(TestCase):
    def test_fields_for_facets_filters_and_autocomplete_are_declared(self):
        fields = {(type(f).__name__, f.field_name) for f in IdeaPage.search_fields}
        for expected in [
            ("SearchField", "summary"),
            ("SearchField", "body"),
            ("FilterField", "year"),
            ("FilterField", "adoption_count"),
            ("FilterField", "source_agency"),
            ("AutocompleteField", "title"),
        ]:
            self.assertIn(expected, fields)
        related = {
            f.field_name: {(type(r).__name__, r.field_name) for r in f.fields}
            for f in IdeaPage.search_fields
            if isinstance(f, index.RelatedFields)
        }
        self.assertEqual(related["dimensions"], {("FilterField", "slug")})
        self.assertIn(("AutocompleteField", "name"), related["tags"])
        self.assertIn(("FilterField", "province"), related["source_agency"])
        self.assertIn(("AutocompleteField", "name"), related["adopting_agency"])
        summary = next(f for f in IdeaPage.search_fields if f.field_name == "summary")
        self.assertEqual(summary.boost, 2)

    def test_derived_fields_are_not_in_the_editor(self):
        form_class = IdeaPage.get_edit_handler().get_form_class()
        self.assertNotIn("year", form_class.base_fields)
        self.assertNotIn("adoption_count", form_class.base_fields)


class YearTests(TestCase):
    def test_year_follows_implementation_then_trial_then_observation(self):
        page = factories.idea(
            "Antrean daring",
            observed_on=datetime.date(2019, 8, 12),
            trial_started_on=datetime.date(2020, 2, 1),
            implemented_on=datetime.date(2021, 1, 4),
        )
        self.assertEqual(page.year, 2021)
        page.implemented_on = None
        page.save_revision().publish()
        self.assertEqual(IdeaPage.objects.get(pk=page.pk).year, 2020)
        page.trial_started_on = None
        page.save()
        self.assertEqual(IdeaPage.objects.get(pk=page.pk).year, 2019)

    def test_year_falls_back_to_first_publication(self):
        draft = factories.idea("Draf tanpa tanggal", publish=False)
        self.assertIsNone(IdeaPage.objects.get(pk=draft.pk).year)
        draft.save_revision().publish()
        published = IdeaPage.objects.get(pk=draft.pk)
        self.assertIsNotNone(published.first_published_at)
        self.assertEqual(published.year, published.first_published_at.year)

    def test_year_is_saved_with_its_dates_when_update_fields_are_given(self):
        page = factories.idea("Kebun lorong", observed_on=datetime.date(2018, 5, 1))
        page.observed_on = datetime.date(2016, 3, 3)
        page.save(update_fields=["observed_on"])
        self.assertEqual(IdeaPage.objects.get(pk=page.pk).year, 2016)

    def test_year_is_indexed_as_a_filter(self):
        with self.captureOnCommitCallbacks(execute=True):
            factories.idea("Bank sampah sekolah", observed_on=datetime.date(2017, 7, 7))
            factories.idea("Bank sampah pasar", observed_on=datetime.date(2022, 7, 7))
        hits = IdeaPage.objects.live().public().filter(year=2017).search("sampah")
        self.assertEqual([p.title for p in hits], ["Bank sampah sekolah"])


class AdoptionCountTests(TestCase):
    """original <- imitation <- adaptation, and original <- sibling."""

    @classmethod
    def setUpTestData(cls):
        cls.dukcapil = factories.agency("Dukcapil")
        cls.sirimau = factories.agency("Kecamatan Sirimau")
        cls.original = factories.idea("Klampid New Generation")
        cls.imitation = factories.idea(
            "Akta online Ambon", "tiru", derived_from=cls.original, adopting_agency=cls.dukcapil
        )
        cls.adaptation = factories.idea(
            "Akta online kecamatan",
            "tiru",
            derived_from=cls.imitation,
            adopting_agency=cls.sirimau,
        )
        cls.sibling = factories.idea(
            "Akta online sekolah", "tiru", derived_from=cls.original, adopting_agency=cls.sirimau
        )

    def adapt(self, source, title, **fields):
        fields.setdefault("adopting_agency", self.dukcapil)
        return factories.idea(title, "tiru", derived_from=source, **fields)

    def test_publishing_counts_the_whole_tree_above(self):
        self.assertEqual(refreshed(self.original, self.imitation, self.adaptation), [3, 1, 0])
        self.adapt(self.adaptation, "Akta online desa")
        self.assertEqual(refreshed(self.original, self.imitation, self.adaptation), [4, 2, 1])
        self.assertEqual(refreshed(self.sibling), [0])

    def test_recounting_creates_no_revisions(self):
        before = Revision.objects.filter(object_id=str(self.original.pk)).count()
        self.adapt(self.imitation, "Akta online desa")
        self.assertEqual(Revision.objects.filter(object_id=str(self.original.pk)).count(), before)

    def test_drafts_do_not_count_until_published(self):
        draft = self.adapt(self.imitation, "Draf akta desa", publish=False)
        self.assertEqual(refreshed(self.original, self.imitation), [3, 1])
        draft.save_revision().publish()
        self.assertEqual(refreshed(self.original, self.imitation), [4, 2])

    def test_unpublishing_and_republishing(self):
        self.imitation.unpublish()
        # The adaptation below stays live, but the public tree no longer reaches it.
        self.assertEqual(refreshed(self.original, self.imitation), [1, 1])
        IdeaPage.objects.get(pk=self.imitation.pk).save_revision().publish()
        self.assertEqual(refreshed(self.original, self.imitation), [3, 1])

    def test_deleting_an_adoption(self):
        IdeaPage.objects.get(pk=self.imitation.pk).delete()
        self.assertEqual(refreshed(self.original), [1])

    def test_a_view_restriction_on_an_adoption_or_above_it(self):
        restriction = PageViewRestriction.objects.create(
            page=self.imitation, restriction_type=PageViewRestriction.LOGIN
        )
        self.assertEqual(refreshed(self.original), [1])
        restriction.delete()
        self.assertEqual(refreshed(self.original), [3])

        section = PageViewRestriction.objects.create(
            page=factories.idea_index(), restriction_type=PageViewRestriction.LOGIN
        )
        self.assertEqual(refreshed(self.original, self.imitation), [0, 0])
        section.delete()
        self.assertEqual(refreshed(self.original, self.imitation), [3, 1])

    def test_moving_an_adoption_into_a_private_section_and_back(self):
        index_page = factories.idea_index()
        archive = IdeaIndexPage(title="Arsip", slug="arsip")
        HomePage.objects.get().add_child(instance=archive)
        PageViewRestriction.objects.create(page=archive, restriction_type=PageViewRestriction.LOGIN)
        IdeaPage.objects.get(pk=self.imitation.pk).move(archive, pos="last-child")
        self.assertEqual(refreshed(self.original), [1])
        IdeaPage.objects.get(pk=self.imitation.pk).move(index_page, pos="last-child")
        self.assertEqual(refreshed(self.original), [3])

    def test_moving_a_section_recounts_and_reindexes_each_idea_once(self):
        section = factories.section("Bagian pindahan")
        moved = self.adapt(self.original, "Akta online pindahan", parent=section)
        below = self.adapt(moved, "Akta online pindahan desa", parent=section)
        self.assertEqual(refreshed(self.original, moved), [5, 1])
        archive = IdeaIndexPage(title="Arsip", slug="arsip")
        HomePage.objects.get().add_child(instance=archive)
        PageViewRestriction.objects.create(page=archive, restriction_type=PageViewRestriction.LOGIN)

        with self.captureOnCommitCallbacks(execute=True) as callbacks:
            Page.objects.get(pk=section.pk).move(archive, pos="last-child")
        self.assertEqual(refreshed(self.original, moved, below), [3, 0, 0])
        # search.signals reindexes the moved section's ideas; the adoption count only the
        # idea outside it whose count changed.
        counted = {
            pk
            for callback in callbacks
            if getattr(callback, "func", None) is signals.reindex
            for pk in callback.args[0]
        }
        self.assertEqual(counted, {self.original.pk})
        live = IdeaPage.objects.live()
        self.assertEqual(list(live.filter(adoption_count=3).search("Klampid")), [self.original])
        self.assertEqual(list(live.filter(adoption_count=0).search("pindahan")), [moved, below])
        self.assertEqual(list(live.public().search("pindahan")), [])

    def test_changing_the_source_moves_the_count(self):
        adaptation = IdeaPage.objects.get(pk=self.adaptation.pk)
        adaptation.derived_from = self.sibling
        adaptation.save_revision().publish()
        self.assertEqual(refreshed(self.original, self.imitation, self.sibling), [3, 0, 1])

    def test_a_stale_revision_does_not_put_back_an_old_count(self):
        # cls.original was loaded when nothing derived from it yet: its count was 0.
        self.assertEqual(self.original.adoption_count, 0)
        self.original.save_revision().publish()
        self.assertEqual(refreshed(self.original), [3])
        revision = IdeaPage.objects.get(pk=self.original.pk).get_latest_revision()
        self.assertEqual(revision.as_object().adoption_count, 3)

    def test_a_copy_starts_with_no_adoptions(self):
        original = IdeaPage.objects.get(pk=self.original.pk)
        copy = original.copy(update_attrs={"title": "Salinan", "slug": "salinan"})
        self.assertEqual(refreshed(copy), [0])

    def test_recount_all_agrees_with_the_page_tree(self):
        IdeaPage.objects.update(adoption_count=7)
        signals.recount_all()
        for page in IdeaPage.objects.all():
            self.assertEqual(
                page.adoption_count, lineage.count_nodes(page.adoption_tree), page.title
            )

    def test_the_index_knows_the_new_count_after_the_commit(self):
        live = IdeaPage.objects.live().public()
        self.assertEqual(list(live.filter(adoption_count=3).search("Klampid")), [self.original])
        with self.captureOnCommitCallbacks(execute=True):
            self.adapt(self.adaptation, "Akta online desa")
        self.assertEqual(list(live.filter(adoption_count=4).search("Klampid")), [self.original])
        self.assertEqual(list(live.filter(adoption_count=3).search("Klampid")), [])
        facet = live.search("akta online", order_by_relevance=False).facet("adoption_count")
        self.assertEqual(facet.get(2), 1, "the imitation now has two adoptions below it")

    def test_reindexing_waits_for_the_commit_and_skips_a_rollback(self):
        with self.captureOnCommitCallbacks() as callbacks:
            self.adapt(self.adaptation, "Akta online desa")
        reindexed = {
            pk
            for callback in callbacks
            if getattr(callback, "func", None) is signals.reindex
            for pk in callback.args[0]
        }
        self.assertEqual(reindexed, {self.original.pk, self.imitation.pk, self.adaptation.pk})

        with self.captureOnCommitCallbacks() as callbacks:
            try:
                with transaction.atomic():
                    self.adapt(self.sibling, "Akta online kampus")
                    raise RuntimeError("rollback")
            except RuntimeError:
                pass
        self.assertFalse(
            [c for c in callbacks if getattr(c, "func", None) is signals.reindex],
            "nothing is reindexed for a rolled-back change",
        )
        self.assertEqual(refreshed(self.sibling), [0])
