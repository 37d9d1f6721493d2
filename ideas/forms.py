from django.forms.formsets import DELETION_FIELD_NAME
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm

from .choices import Stage


class IdeaPageForm(WagtailAdminPageForm):
    """Checks that need the inline formsets, which the model's clean() cannot see."""

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
        return cleaned

    def _kept_forms(self, name):
        formset = self.formsets[name]
        formset.is_valid()  # populates cleaned_data; errors are reported by the formset itself
        return [
            form
            for form in formset.forms
            if (form.instance.pk or form.has_changed())
            and not getattr(form, "cleaned_data", {}).get(DELETION_FIELD_NAME)
        ]
