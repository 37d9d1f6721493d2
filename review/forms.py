"""The forms a leader fills in the review modal: rubric scores, then the decision."""

from django import forms
from django.utils.translation import gettext_lazy as _

from .choices import CRITERIA, SCORE_MAX, SCORE_MIN
from .models import NEXT_STATUS_CHOICES

SCORE_CHOICES = [(n, str(n)) for n in range(SCORE_MIN, SCORE_MAX + 1)]
SCORE_ERRORS = {
    "required": _("Beri nilai 1 sampai 5."),
    "invalid_choice": _("Nilai harus antara 1 dan 5."),
}


class RubricScoreForm(forms.Form):
    """Scores only: a leader may score a proposal without deciding it.

    `comment` is this leader's note on their scores (RubricScore.comment, and the task
    state's comment when it decides); it is optional and travels with the scores. The
    decision's `reason` (ReasonedDecisionForm) is a different thing: why the proposal goes back.
    """

    comment = forms.CharField(
        label=_("Catatan penilaian (tidak wajib)"),
        help_text=_(
            "Saran atau masukan Anda yang menyertai nilai di atas. Penulis melihatnya bersama "
            "nilai Anda di “Usulan saya”; bila usulan disetujui, catatan ini juga tampil di "
            "riwayat status ide yang terbit."
        ),
        widget=forms.Textarea(attrs={"rows": 3}),
        required=False,
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        scores = {
            name: forms.TypedChoiceField(
                label=label,
                help_text=help_text,
                choices=SCORE_CHOICES,
                coerce=int,
                widget=forms.RadioSelect(attrs={"class": "rubric-scale"}),
                error_messages=SCORE_ERRORS,
            )
            for name, label, help_text in CRITERIA
        }
        self.fields = {**scores, **self.fields}


class ApproveForm(RubricScoreForm):
    # Set by the modal from RubricReviewTaskState.asks_next_status, which the form cannot see;
    # on_action falls back to "dikaji" if a proposal arrives without a next status.
    asks_next_status = forms.BooleanField(widget=forms.HiddenInput, required=False)
    next_status = forms.ChoiceField(
        label=_("Status berikutnya"),
        help_text=_("Untuk Tiru dan Modifikasi: status ide setelah disetujui."),
        choices=[("", "—"), *NEXT_STATUS_CHOICES],
        widget=forms.RadioSelect,
        required=False,
    )

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("asks_next_status") and not cleaned.get("next_status"):
            self.add_error("next_status", _("Pilih status berikutnya: Dikaji atau Uji coba."))
        return cleaned


class ReasonedDecisionForm(RubricScoreForm):
    """Returning or rejecting a proposal: the author must learn why. The reason comes right
    after the scores, before the optional note."""

    reason = forms.CharField(
        label=_("Alasan keputusan"),
        help_text=_(
            "Wajib. Mengapa usulan ini dikembalikan atau ditolak, dan apa yang harus diperbaiki. "
            "Penulis melihatnya di atas editor usulannya, di “Usulan saya” dan di emailnya."
        ),
        widget=forms.Textarea(attrs={"rows": 3}),
        error_messages={
            "required": _("Tuliskan alasannya agar penulis tahu apa yang harus diperbaiki.")
        },
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        comment = self.fields.pop("comment")
        self.fields["comment"] = comment


FORMS = {
    "approve": ApproveForm,
    "return": ReasonedDecisionForm,
    "reject": ReasonedDecisionForm,
}


def form_for_action(action):
    return FORMS.get(action, RubricScoreForm)
