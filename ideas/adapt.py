"""'Adapt this idea': start a tiru/modifikasi draft from a published idea, crediting it."""

from django import forms
from django.contrib import messages
from django.db import transaction
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.log_actions import log

from kb.visibility import viewable_or_404

from .choices import Stage, Status
from .models import Agency, IdeaPage

# Fields the adopter starts from; outcomes, evidence and contacts are the adopter's own.
COPIED_FIELDS = (
    "summary",
    "problem",
    "goal",
    "body",
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


class AdaptForm(forms.Form):
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


def build_adaptation(source, stage, adopting_agency, user):
    """An unsaved draft IdeaPage derived from `source`."""
    credited = source.adopting_agency or source.source_agency
    draft = IdeaPage(
        title=f"{source.title} ({adopting_agency.acronym or adopting_agency.name})",
        stage=stage,
        status=Status.PROPOSED,
        derived_from=source,
        adopting_agency=adopting_agency,
        source_agency=credited,
        origin_place=(credited.region if credited else "") or source.origin_place,
        owner=user,
        live=False,
        **{name: getattr(source, name) for name in COPIED_FIELDS},
    )
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

    form = AdaptForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        with transaction.atomic():
            draft = build_adaptation(
                source,
                form.cleaned_data["stage"],
                form.cleaned_data["adopting_agency"],
                request.user,
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
