from django.forms.formsets import DELETION_FIELD_NAME
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm

from .choices import Stage, Status


class IdeaPageForm(WagtailAdminPageForm):
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
