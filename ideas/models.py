"""The registry's content: agencies, study trips and ideas with their lineage."""

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db import models
from django.db.models import Count, Q
from django.urls import reverse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from taggit.models import TaggedItemBase
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    ObjectList,
    TabbedInterface,
)
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page, RevisionMixin
from wagtail.search import index

from kb.blocks import BodyBlock
from kb.pages import BasePage
from kb.visibility import viewable_by

from . import lineage, staleness
from .choices import STAGE_HELP, AgencyKind, InnovationForm, Stage, Status, StopReason
from .forms import IdeaPageForm, NewPageSlugForm
from .ikm import IKM_VALIDATORS, ikm_grade
from .panels import DuplicatesPanel, StatusChangePanel, StatusHistoryPanel
from .permissions import IdeaIndexPermissionTester, IdeaPermissionTester

IDEAS_PER_PAGE = 12
# The dates IdeaPage.year is taken from.
YEAR_SOURCES = frozenset(
    {"implemented_on", "trial_started_on", "observed_on", "first_published_at"}
)
# Only a stopped idea has a stop reason; for any other status these are emptied on save.
STOP_FIELDS = ("stop_reason", "stop_detail")


def place_line(city, province, country):
    """City, province and (outside Indonesia) country as one line, skipping what is unknown."""
    parts = [city, province]
    if country and country != "Indonesia":
        parts.append(country)
    return ", ".join(p for p in parts if p)


class AgencyQuerySet(models.QuerySet):
    def named_by_public_ideas(self):
        """Agencies that a live, public idea names as its source or adopter: the only ones
        the public may learn of (an agency made for a draft keeps its name to itself)."""
        return self.named_by(IdeaPage.objects.live().public())

    def named_by(self, ideas):
        """Agencies that one of `ideas` names as its source or adopter."""
        return self.filter(Q(source_ideas__in=ideas) | Q(adopted_ideas__in=ideas)).distinct()


class Agency(RevisionMixin, index.Indexed, models.Model):
    """A government agency (OPD): where an idea came from, or who adopted it.

    Authors may add agencies; only leaders and administrators change them (a name shows on
    public pages at once), and every change is kept as a revision in the agency's history.
    """

    name = models.CharField(_("nama"), max_length=255)
    # The public agency page's address (/instansi/<slug>/); made from the name on first save
    # and kept after, so a renamed agency keeps its links.
    slug = models.SlugField(_("slug"), max_length=255, unique=True, editable=False)
    acronym = models.CharField(_("singkatan"), max_length=50, blank=True)
    kind = models.CharField(
        _("jenis"), max_length=20, choices=AgencyKind.choices, default=AgencyKind.DINAS
    )
    city = models.CharField(_("kota/kabupaten"), max_length=120, blank=True)
    province = models.CharField(_("provinsi"), max_length=120, blank=True)
    country = models.CharField(_("negara"), max_length=120, default="Indonesia")
    is_own = models.BooleanField(
        _("perangkat daerah kita"),
        default=False,
        help_text=_("Centang bila ini perangkat daerah pemerintah kota kita sendiri."),
    )

    panels = [
        FieldPanel("name"),
        FieldRowPanel([FieldPanel("acronym"), FieldPanel("kind")]),
        FieldRowPanel([FieldPanel("city"), FieldPanel("province"), FieldPanel("country")]),
        FieldPanel("is_own"),
    ]

    objects = AgencyQuerySet.as_manager()

    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.SearchField("acronym"),
        index.AutocompleteField("acronym"),
        index.SearchField("city"),
        index.FilterField("is_own"),
        index.FilterField("kind"),
    ]

    class Meta:
        ordering = ["name"]
        verbose_name = _("perangkat daerah")
        verbose_name_plural = _("perangkat daerah")
        constraints = [
            models.UniqueConstraint(fields=["name", "city"], name="unique_agency_per_city")
        ]

    def __str__(self):
        return f"{self.name} ({self.acronym})" if self.acronym else self.name

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = unique_agency_slug(self.name, self.city, exclude_pk=self.pk)
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("agency_detail", args=[self.slug])

    @property
    def region(self):
        return place_line(self.city, self.province, self.country)


def unique_agency_slug(name, city, *, exclude_pk=None, model=None):
    """A slug for an agency not taken by another: its name, then with its city, then numbered.

    `model` lets the migration that fills slugs for existing rows use its historical model.
    """
    taken = (model or Agency).objects.exclude(pk=exclude_pk)
    base = slugify(name)[:200] or "instansi"
    candidates = [base, slugify(f"{base} {city}")[:230]]
    for candidate in candidates:
        if candidate and not taken.filter(slug=candidate).exists():
            return candidate
    number = 2
    while taken.filter(slug=f"{base}-{number}").exists():
        number += 1
    return f"{base}-{number}"


class Dimension(models.Model):
    """One of the six dimensions of Gerakan Menuju 100 Smart City (created by a migration)."""

    slug = models.SlugField(unique=True)
    name = models.CharField(_("nama"), max_length=60)
    description = models.CharField(_("keterangan"), max_length=255, blank=True)
    sort_order = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["sort_order"]
        verbose_name = _("dimensi smart city")
        verbose_name_plural = _("dimensi smart city")

    def __str__(self):
        return self.name


class IdeaPageTag(TaggedItemBase):
    content_object = ParentalKey(
        "ideas.IdeaPage", related_name="tagged_items", on_delete=models.CASCADE
    )


class IdeaList(BasePage):
    """A page listing the ideas below it, with filters: the idea list and its sections."""

    intro = models.TextField(_("pengantar"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]

    class Meta:
        abstract = True

    def permissions_for_user(self, user):
        return IdeaIndexPermissionTester(user, self)

    def ideas(self, user):
        """The ideas on this list that `user` may view: restricted ones only to whom their
        restriction lets in (kb.visibility.viewable_by, one query for all restrictions)."""
        return (
            viewable_by(IdeaPage.objects.descendant_of(self), user)
            .select_related("source_agency", "adopting_agency")
            .prefetch_related("dimensions")
        )

    def get_context(self, request, *args, **kwargs):
        from .filters import IdeaFilter

        context = super().get_context(request, *args, **kwargs)
        filters = IdeaFilter(request.GET or None, queryset=self.ideas(request.user))
        ideas = filters.qs.order_by("-first_published_at", "-pk")
        query = request.GET.copy()
        query.pop("page", None)
        context.update(
            filters=filters,
            ideas=Paginator(ideas, IDEAS_PER_PAGE).get_page(request.GET.get("page")),
            querystring=query.urlencode(),
        )
        return context


class IdeaIndexPage(IdeaList):
    """The list of all ideas, with filters."""

    parent_page_types = ["kb.HomePage"]
    subpage_types = ["ideas.IdeaPage", "ideas.IdeaSectionPage"]
    max_count = 1

    class Meta:
        verbose_name = _("daftar ide")
        verbose_name_plural = _("daftar ide")


class IdeaSectionPage(IdeaList):
    """A section of the idea list: ideas kept together under one view restriction, such as
    internal material only the city's staff may read. Its ideas are on the idea list too,
    for whom the restriction lets in."""

    parent_page_types = ["ideas.IdeaIndexPage"]
    subpage_types = ["ideas.IdeaPage"]
    template = "ideas/idea_index_page.html"

    class Meta:
        verbose_name = _("bagian daftar ide")
        verbose_name_plural = _("bagian daftar ide")


class IdeaPage(BasePage):
    """An innovation: observed elsewhere (amati), imitated (tiru) or adapted (modifikasi)."""

    summary = models.TextField(
        _("ringkasan"),
        max_length=600,
        help_text=_("Satu atau dua kalimat: apa inovasinya dan untuk siapa."),
    )
    stage = models.CharField(
        _("tahap ATM"),
        max_length=12,
        choices=Stage.choices,
        help_text=_(
            "Amati: dilihat di tempat lain. Tiru: diterapkan apa adanya. Modifikasi: diadaptasi."
        ),
    )
    dimensions = ParentalManyToManyField(
        "ideas.Dimension", verbose_name=_("dimensi smart city"), related_name="ideas"
    )
    tags = ClusterTaggableManager(
        through=IdeaPageTag,
        blank=True,
        verbose_name=_("label"),
        help_text=_("Pisahkan label dengan koma, misalnya: antrean, perizinan daring."),
    )
    derived_from = models.ForeignKey(
        "ideas.IdeaPage",
        verbose_name=_("ide sumber"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="adaptations",
        help_text=_("Wajib untuk Tiru dan Modifikasi: ide yang ditiru atau diadaptasi."),
    )
    innovation_form = models.CharField(
        _("bentuk inovasi"),
        max_length=20,
        choices=InnovationForm.choices,
        default=InnovationForm.PUBLIC_SERVICE,
    )
    is_digital = models.BooleanField(_("inovasi digital"), default=False)

    # Origin: where and when it was seen.
    source_agency = models.ForeignKey(
        Agency,
        verbose_name=_("perangkat daerah sumber"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="source_ideas",
    )
    origin_place = models.CharField(
        _("tempat asal"), max_length=200, blank=True, help_text=_("Kota, provinsi atau negara.")
    )
    study_trip = models.ForeignKey(
        "ideas.StudyTripPage",
        verbose_name=_("studi banding"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="observed_ideas",
    )
    observed_on = models.DateField(_("tanggal diamati"), null=True, blank=True)
    adopting_agency = models.ForeignKey(
        Agency,
        verbose_name=_("perangkat daerah pengadopsi"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="adopted_ideas",
        help_text=_("Wajib untuk Tiru dan Modifikasi."),
    )

    problem = models.TextField(_("masalah yang diatasi"), blank=True)
    goal = models.TextField(_("tujuan"), blank=True)
    body = StreamField(BodyBlock(), verbose_name=_("uraian"), blank=True)

    # What replication takes.
    regulation = models.TextField(_("regulasi yang dibutuhkan"), blank=True)
    budget_min = models.PositiveBigIntegerField(_("anggaran minimum (Rp)"), null=True, blank=True)
    budget_max = models.PositiveBigIntegerField(_("anggaran maksimum (Rp)"), null=True, blank=True)
    infrastructure = models.TextField(_("infrastruktur"), blank=True)
    staffing = models.TextField(_("sumber daya manusia"), blank=True)
    partners = models.TextField(_("mitra"), blank=True)
    months_to_implement = models.PositiveSmallIntegerField(
        _("lama penerapan (bulan)"), null=True, blank=True
    )

    # Outcomes.
    ikm_before = models.DecimalField(
        _("IKM sebelum"),
        max_digits=5,
        decimal_places=2,
        null=True,
        blank=True,
        validators=IKM_VALIDATORS,
        help_text=_("Indeks Kepuasan Masyarakat, 25,00-100,00."),
    )
    ikm_after = models.DecimalField(
        _("IKM sesudah"),
        max_digits=5,
        decimal_places=2,
        null=True,
        blank=True,
        validators=IKM_VALIDATORS,
        help_text=_("Indeks Kepuasan Masyarakat, 25,00-100,00."),
    )

    # Where it stands.
    status = models.CharField(
        _("status penerapan"), max_length=15, choices=Status.choices, default=Status.PROPOSED
    )
    stop_reason = models.CharField(
        _("alasan dihentikan"), max_length=15, choices=StopReason.choices, blank=True
    )
    stop_detail = models.TextField(
        _("penjelasan penghentian"),
        blank=True,
        help_text=_(
            "Apa yang membuat inovasi ini berhenti, agar perangkat daerah lain bisa "
            "menyiapkannya sejak awal."
        ),
    )
    status_note = models.TextField(
        _("catatan perubahan status"),
        blank=True,
        help_text=_("Mengapa statusnya berubah. Masuk ke riwayat status saat ide diterbitkan."),
    )
    trial_started_on = models.DateField(_("mulai uji coba"), null=True, blank=True)
    implemented_on = models.DateField(_("mulai diterapkan"), null=True, blank=True)
    contact_name = models.CharField(_("narahubung"), max_length=150, blank=True)
    contact_role = models.CharField(_("jabatan narahubung"), max_length=150, blank=True)
    contact_email = models.EmailField(_("email narahubung"), blank=True)
    # Changed only by ideas.freshness (the confirm link and the admin "confirm" action), never
    # by the editor: with_content_json keeps the database value over a revision's.
    last_verified_on = models.DateField(
        _("terakhir diverifikasi"),
        null=True,
        blank=True,
        help_text=_("Tanggal pemilik terakhir memastikan inovasi ini masih berjalan."),
    )
    # When remind_stale last wrote to the owner about this idea. One date per idea is all the
    # reminder needs (no history of reminders), so a field rather than a model of its own.
    stale_reminded_on = models.DateField(
        _("terakhir diingatkan"), null=True, blank=True, editable=False
    )
    is_illustrative = models.BooleanField(
        _("contoh ilustratif"),
        default=False,
        help_text=_("Tandai bila isi dan angkanya rekaan untuk demo, bukan hasil nyata."),
    )

    # Derived, kept true by save() (year) and ideas.signals (adoption_count); for search facets,
    # filters and the "most adopted" sort.
    year = models.PositiveSmallIntegerField(_("tahun"), null=True, blank=True, editable=False)
    adoption_count = models.PositiveIntegerField(_("jumlah adopsi"), default=0, editable=False)

    search_fields = Page.search_fields + [
        index.SearchField("summary", boost=2),
        index.SearchField("problem"),
        index.SearchField("goal"),
        index.SearchField("body"),
        index.FilterField("stage"),
        index.FilterField("status"),
        index.FilterField("stop_reason"),
        index.SearchField("stop_detail"),
        index.FilterField("is_digital"),
        index.FilterField("source_agency"),
        index.FilterField("adopting_agency"),
        index.FilterField("year"),
        index.FilterField("adoption_count"),
        # Facets: top-level filter fields that every search backend can count.
        index.FilterField("dimension_slugs"),
        index.FilterField("tag_slugs"),
        index.RelatedFields("dimensions", [index.FilterField("slug")]),
        index.RelatedFields(
            "tags",
            [
                index.SearchField("name", boost=2),
                index.AutocompleteField("name"),
                index.FilterField("slug"),
            ],
        ),
        index.RelatedFields(
            "source_agency",
            [
                index.SearchField("name"),
                index.AutocompleteField("name"),
                index.FilterField("province"),
                index.FilterField("country"),
            ],
        ),
        index.RelatedFields(
            "adopting_agency",
            [index.SearchField("name"), index.AutocompleteField("name")],
        ),
    ]

    def dimension_slugs(self):
        """The slugs of its smart city dimensions (indexed, for the dimension facet)."""
        return sorted(dimension.slug for dimension in self.dimensions.all())

    def tag_slugs(self):
        """The slugs of its tags (indexed, for the tag facet)."""
        return sorted(tag.slug for tag in self.tags.all())

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        DuplicatesPanel(),
        FieldRowPanel([FieldPanel("stage"), FieldPanel("status")]),
        StatusChangePanel(
            [
                FieldPanel("stop_reason"),
                FieldPanel("stop_detail"),
                FieldPanel("status_note"),
                StatusHistoryPanel(),
            ],
            heading=_("Perubahan status"),
        ),
        FieldPanel("derived_from"),
        # Needed to publish or submit, not to keep a draft.
        FieldPanel("dimensions", widget=forms.CheckboxSelectMultiple, required_on_save=False),
        FieldPanel("tags"),
        FieldRowPanel([FieldPanel("innovation_form"), FieldPanel("is_digital")]),
        FieldPanel("problem"),
        FieldPanel("goal"),
        FieldPanel("body"),
        FieldPanel("is_illustrative"),
    ]
    origin_panels = [
        MultiFieldPanel(
            [
                FieldPanel("source_agency"),
                FieldPanel("origin_place"),
                FieldPanel("study_trip"),
                FieldPanel("observed_on"),
            ],
            heading=_("Asal inovasi"),
        ),
        MultiFieldPanel(
            [FieldPanel("adopting_agency"), InlinePanel("modifications", label=_("Modifikasi"))],
            heading=_("Adopsi (Tiru/Modifikasi)"),
        ),
    ]
    replication_panels = [
        FieldPanel("regulation"),
        FieldRowPanel([FieldPanel("budget_min"), FieldPanel("budget_max")]),
        FieldPanel("infrastructure"),
        FieldPanel("staffing"),
        FieldPanel("partners"),
        FieldPanel("months_to_implement"),
    ]
    outcome_panels = [
        FieldRowPanel([FieldPanel("ikm_before"), FieldPanel("ikm_after")]),
        InlinePanel("indicators", label=_("Indikator")),
        FieldRowPanel([FieldPanel("trial_started_on"), FieldPanel("implemented_on")]),
        InlinePanel("evidence", label=_("Bukti dukung")),
        MultiFieldPanel(
            [
                FieldPanel("contact_name"),
                FieldPanel("contact_role"),
                FieldPanel("contact_email"),
            ],
            heading=_("Narahubung"),
        ),
    ]
    edit_handler = TabbedInterface(
        [
            ObjectList(content_panels, heading=_("Ide")),
            ObjectList(origin_panels, heading=_("Asal dan adopsi")),
            ObjectList(replication_panels, heading=_("Kebutuhan replikasi")),
            ObjectList(outcome_panels, heading=_("Hasil dan bukti")),
            ObjectList(Page.promote_panels, heading=_("Promosi")),
            ObjectList(Page.settings_panels, heading=_("Pengaturan")),
        ]
    )
    base_form_class = IdeaPageForm
    # A copy has no adoptions of its own, nobody has verified or been reminded about it yet;
    # its year is recomputed on save.
    exclude_fields_in_copy = ["adoption_count", "last_verified_on", "stale_reminded_on"]

    parent_page_types = ["ideas.IdeaIndexPage", "ideas.IdeaSectionPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("ide")
        verbose_name_plural = _("ide")
        # For the leaders' dashboard (dashboard.stats): its figures read only these columns,
        # its lists are the most adopted and the longest unverified ideas.
        indexes = [
            models.Index(
                fields=["stage", "status", "adopting_agency", "source_agency", "last_verified_on"],
                name="idea_dashboard_figures",
            ),
            models.Index(fields=["adoption_count"], name="idea_adoption_count"),
            models.Index(fields=["last_verified_on", "status"], name="idea_last_verified"),
        ]

    # --- derived fields ---------------------------------------------------

    def compute_year(self):
        """Year of implementation, else trial, else observation, else first publication."""
        for value in (self.implemented_on, self.trial_started_on, self.observed_on):
            if value:
                return value.year
        if self.first_published_at:
            return timezone.localtime(self.first_published_at).year
        return None

    def save(self, *args, **kwargs):
        self.year = self.compute_year()
        update_fields = kwargs.get("update_fields")
        if (
            update_fields is not None
            and "year" not in update_fields
            and YEAR_SOURCES.intersection(update_fields)
        ):
            kwargs["update_fields"] = update_fields = [*update_fields, "year"]
        self.clear_stop_fields()
        if update_fields is not None and "status" in update_fields:
            kwargs["update_fields"] = [*update_fields, *set(STOP_FIELDS) - set(update_fields)]
        # What the row said before this save, for ideas.signals; and adoption_count is
        # only ever written by ideas.signals, so a save never puts back a stale value.
        self._lineage_before = None
        self._adoption_synced = False
        if self.pk is not None and not self._state.adding:
            before = (
                IdeaPage.objects.filter(pk=self.pk)
                .values_list("live", "derived_from_id", "adoption_count")
                .first()
            )
            if before is not None:
                self._lineage_before = before[:2]
                self.adoption_count = before[2]
        return super().save(*args, **kwargs)

    def with_content_json(self, content):
        """Keep the fields no editor writes from the database row, not from an old revision."""
        obj = super().with_content_json(content)
        obj.adoption_count = self.adoption_count
        obj.last_verified_on = self.last_verified_on
        obj.stale_reminded_on = self.stale_reminded_on
        return obj

    def clear_stop_fields(self):
        """A stop reason belongs to a stopped idea only (the status history keeps old ones)."""
        if self.status != Status.STOPPED:
            self.stop_reason = ""
            self.stop_detail = ""

    def permissions_for_user(self, user):
        return IdeaPermissionTester(user, self)

    # --- validation -------------------------------------------------------

    def clean(self):
        super().clean()
        errors = {}
        if self.stage in Stage.derived():
            if self.derived_from_id is None:
                errors["derived_from"] = _(
                    "Ide tahap Tiru atau Modifikasi wajib menyebutkan ide sumbernya."
                )
            if self.adopting_agency_id is None:
                errors["adopting_agency"] = _(
                    "Ide tahap Tiru atau Modifikasi wajib menyebutkan perangkat daerah "
                    "yang mengadopsinya."
                )
        if self.derived_from_id and lineage.would_cycle(self, self.derived_from_id):
            errors["derived_from"] = _(
                "Ide tidak boleh diturunkan dari dirinya sendiri atau dari turunannya "
                "(silsilah akan berputar)."
            )
        if (
            self.budget_min is not None
            and self.budget_max is not None
            and self.budget_min > self.budget_max
        ):
            errors["budget_max"] = _(
                "Anggaran maksimum tidak boleh lebih kecil dari anggaran minimum."
            )
        if (
            self.trial_started_on
            and self.implemented_on
            and self.implemented_on < self.trial_started_on
        ):
            errors["implemented_on"] = _(
                "Tanggal mulai diterapkan tidak boleh sebelum tanggal mulai uji coba."
            )
        if self.status == Status.STOPPED:
            if not self.stop_reason:
                errors["stop_reason"] = _(
                    "Ide yang dihentikan wajib menyebutkan alasannya: regulasi, anggaran, "
                    "infrastruktur, sumber daya manusia atau lainnya."
                )
            if not (self.stop_detail or "").strip():
                errors["stop_detail"] = _(
                    "Jelaskan mengapa inovasi ini dihentikan, agar perangkat daerah lain "
                    "bisa belajar darinya."
                )
        else:
            self.clear_stop_fields()
        if errors:
            raise ValidationError(errors)

    # --- presentation -----------------------------------------------------

    @property
    def stage_help(self):
        return STAGE_HELP.get(self.stage, "")

    @property
    def ikm_before_grade(self):
        return ikm_grade(self.ikm_before)

    @property
    def ikm_after_grade(self):
        return ikm_grade(self.ikm_after)

    @property
    def ikm_change(self):
        if self.ikm_before is None or self.ikm_after is None:
            return None
        return self.ikm_after - self.ikm_before

    @property
    def is_stale(self):
        """True when nobody confirmed the idea is still running within KB_STALE_AFTER_DAYS."""
        return staleness.is_stale(self)

    @cached_property
    def status_history(self):
        """The recorded status changes, oldest first, with who made them (none before the
        first save, as in a preview of a new idea)."""
        if self.pk is None:
            return []
        return list(self.status_changes.select_related("changed_by"))

    @cached_property
    def public_study_trip(self):
        """The trip this idea was seen on, if the public may see that trip."""
        if self.study_trip_id is None:
            return None
        return StudyTripPage.objects.live().public().filter(pk=self.study_trip_id).first()

    @cached_property
    def source_chain(self):
        return lineage.ancestors(self)

    @cached_property
    def adoption_tree(self):
        return lineage.descendants_tree(self)

    def get_context(self, request, *args, **kwargs):
        from .adapt import may_adapt
        from .duplicates import similar_ideas

        context = super().get_context(request, *args, **kwargs)
        context["may_adapt"] = may_adapt(self, request.user)
        context["direct_adoptions"] = len(self.adoption_tree)
        context["similar_ideas"] = similar_ideas(self)
        return context


class IdeaModification(Orderable):
    """For a modifikasi: one thing changed from the source, and why."""

    page = ParentalKey(IdeaPage, related_name="modifications", on_delete=models.CASCADE)
    what_changed = models.CharField(_("yang diubah"), max_length=255)
    reason = models.TextField(_("alasan"))

    panels = [FieldPanel("what_changed"), FieldPanel("reason")]

    class Meta(Orderable.Meta):
        verbose_name = _("modifikasi")
        verbose_name_plural = _("modifikasi")


class OutcomeIndicator(Orderable):
    """A measured outcome: baseline, target and actual for one indicator."""

    page = ParentalKey(IdeaPage, related_name="indicators", on_delete=models.CASCADE)
    name = models.CharField(_("indikator"), max_length=200)
    unit = models.CharField(_("satuan"), max_length=50, blank=True)
    baseline = models.DecimalField(
        _("nilai awal"), max_digits=14, decimal_places=2, null=True, blank=True
    )
    target = models.DecimalField(
        _("target"), max_digits=14, decimal_places=2, null=True, blank=True
    )
    actual = models.DecimalField(
        _("capaian"), max_digits=14, decimal_places=2, null=True, blank=True
    )
    measured_on = models.DateField(_("tanggal pengukuran"), null=True, blank=True)

    panels = [
        FieldPanel("name"),
        FieldRowPanel([FieldPanel("unit"), FieldPanel("measured_on")]),
        FieldRowPanel([FieldPanel("baseline"), FieldPanel("target"), FieldPanel("actual")]),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("indikator hasil")
        verbose_name_plural = _("indikator hasil")


class EvidenceDocument(Orderable):
    """Bukti dukung: a document that backs the idea's claims."""

    page = ParentalKey(IdeaPage, related_name="evidence", on_delete=models.CASCADE)
    document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("dokumen"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    description = models.CharField(_("keterangan"), max_length=255, blank=True)

    panels = [FieldPanel("document"), FieldPanel("description")]

    class Meta(Orderable.Meta):
        verbose_name = _("bukti dukung")
        verbose_name_plural = _("bukti dukung")


class StatusChange(models.Model):
    """One step in an idea's life, from proposal to institutionalised (or stopped).

    Written by ideas.history.record_status_change, on publishing and by the review workflow;
    never edited afterwards, so it keeps the stop reasons an idea had even after it restarts.
    """

    idea = models.ForeignKey(
        IdeaPage, verbose_name=_("ide"), on_delete=models.CASCADE, related_name="status_changes"
    )
    status = models.CharField(_("status"), max_length=15, choices=Status.choices)
    previous_status = models.CharField(
        _("status sebelumnya"), max_length=15, choices=Status.choices, blank=True
    )
    changed_at = models.DateTimeField(_("waktu perubahan"), default=timezone.now)
    changed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("diubah oleh"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    note = models.TextField(_("catatan"), blank=True)
    stop_reason = models.CharField(
        _("alasan dihentikan"), max_length=15, choices=StopReason.choices, blank=True
    )
    stop_detail = models.TextField(_("penjelasan penghentian"), blank=True)

    class Meta:
        ordering = ["changed_at", "pk"]
        verbose_name = _("perubahan status")
        verbose_name_plural = _("riwayat status")

    def __str__(self):
        return f"{self.idea_id}: {self.previous_status or '-'} -> {self.status}"

    @property
    def changed_by_name(self):
        """Full name, else username; empty when the account is gone."""
        user = self.changed_by
        if user is None:
            return ""
        return user.get_full_name().strip() or user.get_username()


class StudyTripIndexPage(BasePage):
    """The list of study trips (studi banding / kunjungan kerja)."""

    intro = models.TextField(_("pengantar"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["kb.HomePage"]
    subpage_types = ["ideas.StudyTripPage"]
    max_count = 1

    class Meta:
        verbose_name = _("daftar studi banding")
        verbose_name_plural = _("daftar studi banding")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        trips = (
            StudyTripPage.objects.live()
            .public()
            .descendant_of(self)
            .annotate(
                idea_count=Count(
                    "observed_ideas",
                    filter=Q(
                        observed_ideas__live=True,
                        observed_ideas__view_restrictions__isnull=True,
                    ),
                    distinct=True,
                )
            )
            .order_by("-start_date")
        )
        paginator = Paginator(trips, IDEAS_PER_PAGE)
        context["trips"] = paginator.get_page(request.GET.get("page"))
        return context


class StudyTripPage(BasePage):
    """A study trip: where staff went, whom they met, and what they saw."""

    destination_city = models.CharField(_("kota tujuan"), max_length=120)
    destination_province = models.CharField(_("provinsi tujuan"), max_length=120, blank=True)
    destination_country = models.CharField(_("negara tujuan"), max_length=120, default="Indonesia")
    host_agencies = ParentalManyToManyField(
        Agency, verbose_name=_("instansi tuan rumah"), related_name="hosted_trips", blank=True
    )
    start_date = models.DateField(_("tanggal mulai"))
    end_date = models.DateField(_("tanggal selesai"))
    participating_agencies = ParentalManyToManyField(
        Agency, verbose_name=_("perangkat daerah peserta"), related_name="trips_joined", blank=True
    )
    purpose = models.TextField(_("tujuan kunjungan"))
    report = StreamField(BodyBlock(), verbose_name=_("laporan"), blank=True)
    is_illustrative = models.BooleanField(
        _("contoh ilustratif"),
        default=False,
        help_text=_("Tandai bila isi laporan ini rekaan untuk demo."),
    )

    search_fields = Page.search_fields + [
        index.SearchField("purpose"),
        index.SearchField("destination_city"),
        index.SearchField("report"),
        index.FilterField("start_date"),
    ]

    content_panels = Page.content_panels + [
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("destination_city"), FieldPanel("destination_province")]),
                FieldPanel("destination_country"),
                FieldRowPanel([FieldPanel("start_date"), FieldPanel("end_date")]),
            ],
            heading=_("Tujuan dan waktu"),
        ),
        FieldPanel("host_agencies"),
        FieldPanel("participating_agencies"),
        InlinePanel("participants", label=_("Peserta")),
        FieldPanel("purpose"),
        FieldPanel("report"),
        InlinePanel("photos", label=_("Foto")),
        InlinePanel("documents", label=_("Dokumen")),
        FieldPanel("is_illustrative"),
    ]
    base_form_class = NewPageSlugForm
    parent_page_types = ["ideas.StudyTripIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("studi banding")
        verbose_name_plural = _("studi banding")

    def clean(self):
        super().clean()
        if self.start_date and self.end_date and self.end_date < self.start_date:
            raise ValidationError(
                {"end_date": _("Tanggal selesai tidak boleh sebelum tanggal mulai.")}
            )

    def get_context(self, request, *args, **kwargs):
        from .observe import idea_index_for, observe_url

        context = super().get_context(request, *args, **kwargs)
        if idea_index_for(request.user) is not None:
            context["observe_url"] = observe_url(self)
        return context

    @property
    def destination(self):
        return place_line(
            self.destination_city, self.destination_province, self.destination_country
        )

    def public_ideas(self):
        return (
            IdeaPage.objects.live()
            .public()
            .filter(study_trip=self)
            .select_related("source_agency", "adopting_agency")
            .prefetch_related("dimensions")
            .order_by("title")
        )


class StudyTripParticipant(Orderable):
    page = ParentalKey(StudyTripPage, related_name="participants", on_delete=models.CASCADE)
    name = models.CharField(_("nama"), max_length=150)
    position = models.CharField(_("jabatan"), max_length=150, blank=True)
    agency = models.ForeignKey(
        Agency,
        verbose_name=_("perangkat daerah"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    panels = [FieldPanel("name"), FieldPanel("position"), FieldPanel("agency")]

    class Meta(Orderable.Meta):
        verbose_name = _("peserta")
        verbose_name_plural = _("peserta")


class StudyTripPhoto(Orderable):
    page = ParentalKey(StudyTripPage, related_name="photos", on_delete=models.CASCADE)
    image = models.ForeignKey(
        "wagtailimages.Image", verbose_name=_("foto"), on_delete=models.CASCADE, related_name="+"
    )
    caption = models.CharField(_("keterangan"), max_length=255, blank=True)

    panels = [FieldPanel("image"), FieldPanel("caption")]

    class Meta(Orderable.Meta):
        verbose_name = _("foto")
        verbose_name_plural = _("foto")


class StudyTripDocument(Orderable):
    page = ParentalKey(StudyTripPage, related_name="documents", on_delete=models.CASCADE)
    document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("dokumen"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    description = models.CharField(_("keterangan"), max_length=255, blank=True)

    panels = [FieldPanel("document"), FieldPanel("description")]

    class Meta(Orderable.Meta):
        verbose_name = _("dokumen")
        verbose_name_plural = _("dokumen")
