"""What every page of the site shares."""

from wagtail.models import Page

TITLE_FIELDS = ("title", "draft_title", "seo_title")


class BasePage(Page):
    """A page of the site. Its titles are single-line: they become email subjects, where a
    CR/LF makes every notification fail (BadHeaderError) with nobody told. A browser's
    single-line box never sends one; a forged form, an import or the API could."""

    class Meta:
        abstract = True

    def clean(self):
        super().clean()
        for name in TITLE_FIELDS:
            value = getattr(self, name, None)
            if value:
                setattr(self, name, " ".join(value.split()))
