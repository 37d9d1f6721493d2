from django.forms.formsets import DELETION_FIELD_NAME
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.models import Page

from .choices import Stage, Status


class NewPageSlugForm(WagtailAdminPageForm):
    """A new page never stops on a taken slug: the one its title gives gets a number.

    Authors never think about slugs (the field sits on the Promosi tab); a second idea
    titled like an earlier one (perhaps the author's own abandoned draft) must not block saving.
    An existing page keeps Wagtail's check, since changing its address is a decision.
    """

    def clean_slug(self):
        slug = self.cleaned_data.get("slug")
        if not slug or self.instance.pk is not None or self.parent_page is None:
            return slug
        candidate, suffix = slug, 1
        while not Page._slug_is_available(candidate, self.parent_page):
            suffix += 1
            candidate = f"{slug}-{suffix}"
        return candidate


class IdeaPageForm(NewPageSlugForm):
    """Checks that need the inline formsets or the status history, which the model's clean()
    does not see."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # The note explains the next change only: never prefill the previous one.
        self.initial["status_note"] = ""

    def clean(self):
        cleaned = super().clean()
        if (
            cleaned.get("stage") == Stage.MODIFIKASI
            and not self.is_deferred_validation
            and not self._kept_forms("modifications")
        ):
            self.add_error(
                "stage",
                _(
                    "Ide Modifikasi wajib mencantumkan minimal satu modifikasi "
                    "(apa yang diubah dan alasannya) di tab Asal dan adopsi."
                ),
            )
        self._check_status_note(cleaned)
        return cleaned

    def _check_status_note(self, cleaned):
        """A status change of an idea with a history needs a note (not for a draft save)."""
        from .history import last_recorded_status  # needs the models loaded

        status = cleaned.get("status")
        if self.is_deferred_validation or not status or self.instance.pk is None:
            return
        previous = last_recorded_status(self.instance)
        if previous is None or previous == status or (cleaned.get("status_note") or "").strip():
            return
        self.add_error(
            "status_note",
            _(
                "Status berubah dari “%(old)s” menjadi “%(new)s”: tuliskan catatan singkat "
                "alasannya. Catatan ini tampil di riwayat status."
            )
            % {"old": Status(previous).label, "new": Status(status).label},
        )

    def _kept_forms(self, name):
        formset = self.formsets[name]
        formset.is_valid()  # populates cleaned_data; errors are reported by the formset itself
        return [
            form
            for form in formset.forms
            if (form.instance.pk or form.has_changed())
            and not getattr(form, "cleaned_data", {}).get(DELETION_FIELD_NAME)
        ]
