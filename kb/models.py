"""The site's base: home page and site-wide settings."""

from django.db import models
from django.db.models import Count, Q
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.models import Page

from ideas.choices import Stage
from ideas.models import Dimension, IdeaPage
from kb.pages import BasePage
from kb.visibility import viewable_by

HOME_LIST_SIZE = 6


class HomePage(BasePage):
    """The front door: what this is, a search box, and the registry at a glance."""

    intro = models.TextField(
        _("pengantar"),
        blank=True,
        default=_(
            "Lumbung Inovasi menyimpan praktik baik yang diamati, ditiru dan dimodifikasi "
            "oleh perangkat daerah: Amati, Tiru, Modifikasi (ATM), tanpa malu dan dengan "
            "menyebut sumbernya."
        ),
    )

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["wagtailcore.Page"]
    subpage_types = ["ideas.IdeaIndexPage", "ideas.StudyTripIndexPage"]
    max_count = 1

    class Meta:
        verbose_name = _("beranda")
        verbose_name_plural = _("beranda")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # What this visitor may read: a restricted idea counts only for whom it lets in,
        # so the home page's figures agree with the idea list's.
        shown = viewable_by(IdeaPage.objects.all(), request.user)
        shown_ids = shown.values("pk")
        stage_counts = dict(
            shown.order_by().values_list("stage").annotate(n=Count("pk")).values_list("stage", "n")
        )
        context.update(
            latest_ideas=shown.select_related("source_agency", "adopting_agency")
            .prefetch_related("dimensions")
            .order_by("-first_published_at", "-pk")[:HOME_LIST_SIZE],
            # adoption_count (every public adopter, direct or through another adopter) is the
            # one number the site calls "diadopsi": the idea page and search show it too.
            most_adopted=shown.filter(adoption_count__gt=0)
            .select_related("source_agency", "adopting_agency")
            .order_by("-adoption_count", "title")[:HOME_LIST_SIZE],
            stage_counts=[(s, stage_counts.get(s.value, 0)) for s in Stage],
            dimension_counts=Dimension.objects.annotate(
                idea_total=Count("ideas", filter=Q(ideas__in=shown_ids))
            ),
            idea_total=shown.count(),
        )
        return context


@register_setting(icon="site")
class SiteIdentity(BaseSiteSetting):
    """What the site says about itself in its header and footer."""

    owner = models.CharField(_("pemilik situs"), max_length=200, default="Pemerintah Kota Ambon")
    tagline = models.CharField(
        _("slogan"), max_length=200, blank=True, default="Amati, Tiru, Modifikasi"
    )
    contact_email = models.EmailField(_("email kontak"), blank=True)
    footer_note = models.TextField(_("catatan kaki"), blank=True)

    panels = [
        FieldPanel("owner"),
        FieldPanel("tagline"),
        FieldPanel("contact_email"),
        FieldPanel("footer_note"),
    ]

    class Meta:
        verbose_name = _("identitas situs")
