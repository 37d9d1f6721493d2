"""Filters of the public idea list: ATM stage, dimension, agency, tag and stop reason."""

import django_filters
from django import forms
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from .choices import Stage, StopReason
from .models import Agency, Dimension


class AgencyChoiceField(forms.ModelChoiceField):
    """Agencies named short first ("Dukcapil, Ambon: Dinas Kependudukan ..."): a select on a
    phone shows only the start of an option, and many full names differ only at the end."""

    def label_from_instance(self, agency):
        short = ", ".join(p for p in (agency.acronym, agency.city) if p)
        return f"{short}: {agency.name}" if agency.acronym else str(agency)


class AgencyChoiceFilter(django_filters.ModelChoiceFilter):
    field_class = AgencyChoiceField


class IdeaFilter(django_filters.FilterSet):
    stage = django_filters.ChoiceFilter(
        label=_("Tahap ATM"), choices=Stage.choices, empty_label=_("Semua tahap")
    )
    dimension = django_filters.ModelChoiceFilter(
        label=_("Dimensi"),
        field_name="dimensions",
        to_field_name="slug",
        queryset=Dimension.objects.all(),
        empty_label=_("Semua dimensi"),
    )
    agency = AgencyChoiceFilter(
        label=_("Perangkat daerah"),
        queryset=Agency.objects.named_by_public_ideas(),
        method="filter_agency",
        empty_label=_("Semua perangkat daerah"),
        error_messages={"invalid_choice": _("Perangkat daerah itu tidak ditemukan.")},
    )
    tag = django_filters.CharFilter(label=_("Label"), method="filter_tag")
    stop_reason = django_filters.ChoiceFilter(
        label=_("Alasan dihentikan"),
        choices=StopReason.choices,
        empty_label=_("Semua ide"),
        error_messages={"invalid_choice": _("Alasan dihentikan itu tidak dikenal.")},
    )

    def __init__(self, data=None, queryset=None, **kwargs):
        super().__init__(data, queryset, **kwargs)
        # The agencies the listed ideas name: a restricted idea's agency only for whom
        # the list shows that idea, and every choice leads to at least one idea.
        self.filters["agency"].queryset = Agency.objects.named_by(self.queryset)

    def filter_agency(self, queryset, name, agency):
        return queryset.filter(Q(source_agency=agency) | Q(adopting_agency=agency))

    def filter_tag(self, queryset, name, value):
        return queryset.filter(tags__name__iexact=value.strip()).distinct()
