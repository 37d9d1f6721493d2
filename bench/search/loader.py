"""Write a synthetic corpus into the (throwaway) database fast, without Wagtail's per-page saves.

``add_child`` costs tens of milliseconds a page; 50,000 pages would take most of an hour. Instead
the Page rows are bulk-created with treebeard materialised paths computed here (the idea index's
path + one 4-character step per child), then the IdeaPage rows (multi-table inheritance: the
child table only, keyed by ``page_ptr_id``) are inserted in bulk with the queryset's own insert
for exactly the model's local fields, so every field is converted as the ORM would.
No revisions are created: the pages are live as if published once, which is all search needs.
"""

import uuid
from html import escape

from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.utils.text import slugify
from taggit.models import Tag
from wagtail.models import Locale, Page, PageViewRestriction

from ideas.models import Agency, Dimension, IdeaIndexPage, IdeaPage, IdeaPageTag

from .corpus import seeded

BATCH = 1000


def _body(paragraphs, rng):
    return [
        {
            "type": "paragraph",
            "value": f"<p>{escape(text)}</p>",
            "id": str(uuid.UUID(int=rng.getrandbits(128), version=4)),
        }
        for text in paragraphs
    ]


def compute_year(meta):
    """The same rule as IdeaPage.compute_year (implemented, trial, observed, published)."""
    for value in (meta.implemented_on, meta.trial_started_on, meta.observed_on):
        if value:
            return value.year
    return meta.first_published_at.year if meta.first_published_at else None


class Loader:
    def __init__(self, corpus):
        self.corpus = corpus
        self.index = IdeaIndexPage.objects.get()
        self.locale = Locale.get_default()
        self.content_type = ContentType.objects.get_for_model(IdeaPage)
        self.rng = seeded(corpus.seed, "loader")
        # doc n -> page id
        self.page_ids = {}
        self.agency_ids = []
        self.tag_ids = []
        self.dimension_ids = dict(Dimension.objects.values_list("slug", "pk"))
        self.first_step = self._last_step() + 1

    def _last_step(self):
        last = self.index.get_last_child()
        if last is None:
            return 0
        return Page._str2int(last.path[-Page.steplen :])

    def load(self, docs, on_doc=None):
        """Insert every document of ``docs`` (in order); ``on_doc(doc)`` sees each one."""
        with transaction.atomic():
            self._load_agencies()
            self._load_tags()
            batch = []
            for doc in docs:
                if on_doc:
                    on_doc(doc)
                batch.append(doc)
                if len(batch) == BATCH:
                    self._load_batch(batch)
                    batch = []
            if batch:
                self._load_batch(batch)
            Page.objects.filter(pk=self.index.pk).update(
                numchild=Page.objects.filter(path__startswith=self.index.path, depth=4).count()
            )
        return self.page_ids

    def _load_agencies(self):
        agencies = Agency.objects.bulk_create(
            [
                Agency(
                    name=a.name,
                    slug=f"{slugify(a.name)[:200]}-{number}",  # bulk_create skips save()
                    acronym=a.acronym,
                    kind=a.kind,
                    city=a.city,
                    province=a.province,
                    country="Indonesia",
                    is_own=a.city == "Ambon",
                )
                for number, a in enumerate(self.corpus.agencies, 1)
            ]
        )
        self.agency_ids = [a.pk for a in agencies]

    def _load_tags(self):
        existing = set(Tag.objects.values_list("name", flat=True))
        Tag.objects.bulk_create(
            [
                Tag(name=name, slug=f"bench-{i}-{name.replace(' ', '-')}"[:100])
                for i, name in enumerate(self.corpus.tags)
                if name not in existing
            ]
        )
        by_name = dict(Tag.objects.values_list("name", "pk"))
        self.tag_ids = [by_name[name] for name in self.corpus.tags]

    def _load_batch(self, docs):
        pages = []
        depth = self.index.depth + 1
        for doc in docs:
            meta = doc.meta
            slug = f"ide-{meta.n:06d}"
            published = meta.first_published_at
            pages.append(
                Page(
                    path=Page._get_path(self.index.path, depth, self.first_step + meta.n),
                    depth=depth,
                    numchild=0,
                    translation_key=uuid.UUID(int=self.rng.getrandbits(128), version=4),
                    locale=self.locale,
                    live=meta.live,
                    has_unpublished_changes=not meta.live,
                    first_published_at=published,
                    last_published_at=published,
                    title=doc.title,
                    draft_title=doc.title,
                    slug=slug,
                    content_type=self.content_type,
                    url_path=f"{self.index.url_path}{slug}/",
                )
            )
        pages = Page.objects.bulk_create(pages)
        ideas = []
        for doc, page in zip(docs, pages, strict=True):
            meta = doc.meta
            self.page_ids[meta.n] = page.pk
            idea = IdeaPage(
                page_ptr_id=page.pk,
                summary=doc.summary,
                stage=meta.stage,
                status=meta.status,
                innovation_form=meta.innovation_form,
                is_digital=meta.is_digital,
                source_agency_id=self.agency_ids[meta.source_agency],
                adopting_agency_id=(
                    self.agency_ids[meta.adopting_agency]
                    if meta.adopting_agency is not None
                    else None
                ),
                derived_from_id=(
                    self.page_ids[meta.derived_from] if meta.derived_from is not None else None
                ),
                observed_on=meta.observed_on,
                trial_started_on=meta.trial_started_on,
                implemented_on=meta.implemented_on,
                body=_body(doc.paragraphs, self.rng),
                year=compute_year(meta),
                adoption_count=meta.adoption_count,
                is_illustrative=True,
            )
            ideas.append(idea)
        fields = IdeaPage._meta.local_concrete_fields
        IdeaPage.objects.all()._batched_insert(ideas, fields, batch_size=None)

        through = IdeaPage._meta.get_field("dimensions").remote_field.through
        through.objects.bulk_create(
            [
                through(ideapage_id=self.page_ids[doc.n], dimension_id=self.dimension_ids[slug])
                for doc in docs
                for slug in doc.meta.dimensions
            ]
        )
        IdeaPageTag.objects.bulk_create(
            [
                IdeaPageTag(content_object_id=self.page_ids[doc.n], tag_id=self.tag_ids[t])
                for doc in docs
                for t in doc.meta.tags
            ]
        )
        PageViewRestriction.objects.bulk_create(
            [
                PageViewRestriction(page_id=self.page_ids[doc.n], restriction_type="login")
                for doc in docs
                if doc.meta.private
            ]
        )
