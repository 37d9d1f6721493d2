from django.core.exceptions import ValidationError
from django.test import TestCase
from wagtail.models import PageViewRestriction

from tests import factories


class LineageTests(TestCase):
    """amati (Surabaya) -> tiru (Dukcapil Ambon) -> modifikasi (Sirimau), plus a sibling."""

    @classmethod
    def setUpTestData(cls):
        cls.surabaya = factories.agency("Dispendukcapil Surabaya", city="Surabaya")
        cls.dukcapil = factories.agency("Dukcapil")
        cls.sirimau = factories.agency("Kecamatan Sirimau")
        cls.bpbd = factories.agency("BPBD")
        cls.original = factories.idea("Klampid New Generation", source_agency=cls.surabaya)
        cls.imitation = factories.idea(
            "Akta online Ambon", "tiru", derived_from=cls.original, adopting_agency=cls.dukcapil
        )
        cls.adaptation = factories.idea(
            "Akta online kecamatan",
            "modifikasi",
            derived_from=cls.imitation,
            adopting_agency=cls.sirimau,
        )
        cls.sibling = factories.idea(
            "Akta online tanggap bencana",
            "tiru",
            derived_from=cls.original,
            adopting_agency=cls.bpbd,
        )

    def test_source_chain_goes_up_to_the_observed_original(self):
        chain = [link.idea for link in self.adaptation.source_chain]
        self.assertEqual(chain, [self.imitation, self.original])
        self.assertEqual(self.original.source_chain, [])

    def test_adoption_tree_goes_down_with_agencies(self):
        tree = self.original.adoption_tree
        self.assertEqual([n.idea for n in tree], [self.imitation, self.sibling])
        self.assertEqual([n.idea for n in tree[0].children], [self.adaptation])
        self.assertEqual(tree[0].idea.adopting_agency, self.dukcapil)
        for idea in (self.original, self.imitation, self.adaptation):
            idea.refresh_from_db()  # the stored count changed as the adaptations went live
        self.assertEqual(self.original.adoption_count, 3)
        self.assertEqual(self.imitation.adoption_count, 1)
        self.assertEqual(self.adaptation.adoption_count, 0)

    def test_drafts_and_private_ideas_stay_out_of_the_public_lineage(self):
        factories.idea(
            "Draf adopsi",
            "tiru",
            publish=False,
            derived_from=self.original,
            adopting_agency=self.dukcapil,
        )
        PageViewRestriction.objects.create(
            page=self.imitation, restriction_type=PageViewRestriction.LOGIN
        )
        self.original.refresh_from_db()
        titles = [n.idea.title for n in self.original.adoption_tree]
        self.assertEqual(titles, ["Akta online tanggap bencana"])
        chain = self.adaptation.source_chain
        self.assertIsNone(chain[0].idea, "a private source is shown without its title")
        self.assertEqual(chain[1].idea, self.original)

    def test_cannot_derive_from_itself(self):
        self.original.stage = "tiru"
        self.original.adopting_agency = self.dukcapil
        self.original.derived_from = self.original
        with self.assertRaises(ValidationError) as caught:
            self.original.full_clean()
        self.assertIn("derived_from", caught.exception.message_dict)

    def test_cannot_derive_from_a_descendant(self):
        for descendant in (self.imitation, self.adaptation):
            with self.subTest(descendant=descendant.title):
                self.original.stage = "tiru"
                self.original.adopting_agency = self.dukcapil
                self.original.derived_from = descendant
                with self.assertRaises(ValidationError) as caught:
                    self.original.full_clean()
                self.assertIn("berputar", caught.exception.message_dict["derived_from"][0])

    def test_can_derive_from_an_unrelated_idea(self):
        self.sibling.derived_from = self.adaptation
        self.sibling.full_clean()
