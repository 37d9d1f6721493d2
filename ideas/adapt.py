"""'Adapt this idea': start a tiru/modifikasi draft from a published idea, crediting it.

What the draft takes from its source, field by field:

- copied, for the adopter to rework: title (the form's default, editable there), summary,
  problem, goal, body, innovation form, digital or not, dimensions, tags, and what
  replication takes (regulation, budget range, infrastructure, staffing, partners, months);
- carried, because the adaptation's origin is the source's origin: source agency (else the
  agency that adopted the source), origin place, study trip and date observed;
- set afresh: stage (tiru/modifikasi, chosen), status "diusulkan", derived_from (the
  source, so the lineage credits it), adopting agency (chosen), owner (the author);
- never copied, because they are the source's own: the "illustrative" flag and the demo's
  disclaimer paragraph in the body (an adopter's entry is their own, not a demo), evidence
  documents, outcome indicators, IKM before and after, trial and implementation dates,
  contacts, status history, stop reason, modifications, last verified date.
"""

from django import forms
from django.contrib import messages
from django.db import transaction
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.html import strip_tags
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.log_actions import log

from kb.visibility import viewable_or_404

from .choices import Stage, Status
from .models import Agency, IdeaPage

# Fields the adopter starts from (see the module docstring for the rest).
COPIED_FIELDS = (
    "summary",
    "problem",
    "goal",
    "innovation_form",
    "is_digital",
    "regulation",
    "budget_min",
    "budget_max",
    "infrastructure",
    "staffing",
    "partners",
    "months_to_implement",
)
ORIGIN_FIELDS = ("origin_place", "study_trip", "observed_on")
# How the demo's disclaimer paragraph begins (demo/management/commands/load_demo.py NOTICE).
DISCLAIMER_START = "contoh ilustratif"


class AdaptForm(forms.Form):
    title = forms.CharField(
        label=gettext_lazy("Judul ide"),
        max_length=255,
        required=False,
        help_text=gettext_lazy(
            "Judul ide di perangkat daerah Anda. Bila dikosongkan, judul ide sumber dipakai; "
            "Anda bisa mengubahnya nanti di editor."
        ),
    )
    stage = forms.ChoiceField(
        label=gettext_lazy("Cara adopsi"),
        choices=[c for c in Stage.choices if c[0] in Stage.derived()],
        widget=forms.RadioSelect,
        initial=Stage.TIRU,
    )
    adopting_agency = forms.ModelChoiceField(
        label=gettext_lazy("Perangkat daerah pengadopsi"),
        queryset=Agency.objects.order_by("-is_own", "name"),
        error_messages={"required": gettext_lazy("Pilih perangkat daerah yang akan mengadopsi.")},
    )


def is_disclaimer(block):
    """The demo's "Contoh ilustratif ..." paragraph: it speaks of the source, not the copy."""
    if block.block_type != "paragraph":
        return False
    text = strip_tags(getattr(block.value, "source", str(block.value))).strip().lower()
    return text.startswith(DISCLAIMER_START)


def copied_body(source):
    blocks = source.body
    if source.is_illustrative:
        blocks = [block for block in blocks if not is_disclaimer(block)]
    return [(block.block_type, block.value) for block in blocks]


def build_adaptation(source, stage, adopting_agency, user, title=""):
    """An unsaved draft IdeaPage derived from `source`."""
    credited = source.source_agency or source.adopting_agency
    draft = IdeaPage(
        title=title.strip() or source.title,
        stage=stage,
        status=Status.PROPOSED,
        derived_from=source,
        adopting_agency=adopting_agency,
        source_agency=credited,
        body=copied_body(source),
        owner=user,
        live=False,
        is_illustrative=False,
        **{name: getattr(source, name) for name in (*COPIED_FIELDS, *ORIGIN_FIELDS)},
    )
    if not draft.origin_place and credited:
        draft.origin_place = credited.region
    draft.dimensions = list(source.dimensions.all())
    draft.tags.set([t.name for t in source.tags.all()])
    return draft


def may_adapt(source, user):
    """Whether `user` may start an adaptation of `source`: they may add an idea beside it.
    The one rule for the adapt view and for every place that offers "Adaptasi ide ini"."""
    return user.is_authenticated and (
        source.get_parent().permissions_for_user(user).can_add_subpage()
    )


def adapt_idea(request, page_id):
    # Only an idea this user may read is copied: its text must not leak through a draft.
    source = viewable_or_404(get_object_or_404(IdeaPage.objects.live(), pk=page_id), request)
    parent = source.get_parent()
    if not may_adapt(source, request.user):
        messages.error(
            request,
            _("Akun Anda tidak berhak membuat ide baru. Hubungi admin untuk masuk grup Penulis."),
        )
        return redirect(source.url or reverse("wagtailadmin_home"))

    form = AdaptForm(request.POST or None, initial={"title": source.title})
    if request.method == "POST" and form.is_valid():
        with transaction.atomic():
            draft = build_adaptation(
                source,
                form.cleaned_data["stage"],
                form.cleaned_data["adopting_agency"],
                request.user,
                title=form.cleaned_data["title"],
            )
            parent.add_child(instance=draft)
            draft.save_revision(user=request.user, log_action=False)
            log(instance=draft, action="wagtail.create", user=request.user)
        messages.success(
            request,
            _("Draf adaptasi dibuat dari “%(source)s”; sumbernya tercatat di silsilah.")
            % {"source": source.title},
        )
        return redirect("wagtailadmin_pages:edit", draft.pk)

    return TemplateResponse(request, "ideas/admin/adapt.html", {"source": source, "form": form})
