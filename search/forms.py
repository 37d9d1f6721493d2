"""The search page's GET parameters: facet selections and sort, validated; and the facets.

Several values of one facet are OR-ed, different facets AND-ed. A bad value never breaks the
page: the form reports it (in Indonesian) and the view ignores that facet.
"""

from collections import OrderedDict

from django import forms
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from taggit.models import Tag

from ideas.choices import Stage, Status, StopReason
from ideas.models import Agency, Dimension, IdeaPage, StudyTripPage

YEAR_MIN, YEAR_MAX = 1900, 2100
MAX_VALUES_PER_FACET = 20

SORT_RELEVANCE, SORT_NEWEST, SORT_ADOPTED = "relevansi", "terbaru", "diadopsi"
SORT_CHOICES = [
    (SORT_RELEVANCE, _("Paling relevan")),
    (SORT_NEWEST, _("Terbaru")),
    (SORT_ADOPTED, _("Paling banyak diadopsi")),
]
# Engine ordering for each sort; None means by relevance. Ties break on the newest first.
SORT_ORDERING = {
    SORT_RELEVANCE: None,
    SORT_NEWEST: ("-first_published_at",),
    SORT_ADOPTED: ("-adoption_count", "-first_published_at"),
}
BROWSE_ORDERING = SORT_ORDERING[SORT_NEWEST]


def live_ideas():
    return IdeaPage.objects.live().public()


def live_trips():
    return StudyTripPage.objects.live().public()


def region_of(province, country):
    """An agency's region: its province in Indonesia, its country abroad."""
    country = (country or "").strip()
    if country and country.lower() != "indonesia":
        return country
    return (province or "").strip() or None


def public_agency_keys():
    return {str(pk) for pk in Agency.objects.named_by_public_ideas().values_list("pk", flat=True)}


def public_tags():
    """Tags used by at least one live, public idea."""
    return Tag.objects.filter(ideas_ideapagetag_items__content_object__in=live_ideas()).distinct()


def public_regions():
    sources = Agency.objects.filter(source_ideas__in=live_ideas()).distinct()
    regions = {region_of(p, c) for p, c in sources.values_list("province", "country")}
    return sorted(r for r in regions if r)


# --- facets ---------------------------------------------------------------------------------


class Facet:
    """One facet: a GET parameter, the ORM path it filters on (and is counted through in the
    database), the index field every search backend counts it by, and its labels."""

    limit = 8  # values shown (selected values are always shown as well)
    convert = str  # GET value -> the type the engine stores

    def __init__(self, param, field, title, indexed=None):
        self.param, self.field, self.title = param, field, title
        self.indexed = indexed or field

    def filter(self, values):
        return Q(**{f"{self.field}__in": [self.convert(v) for v in values]})

    def counts(self, raw):
        """Engine facet output -> OrderedDict {str value: count}, most frequent first."""
        counts = OrderedDict()
        for key, n in raw.items():
            if key is None or key == "":
                continue
            key = str(key)
            counts[key] = counts.get(key, 0) + n
        return counts

    def labels(self, keys):
        return {key: key for key in keys}

    def order(self, items):
        """items: [(key, label, count)] -> display order."""
        return sorted(items, key=lambda item: (-item[2], str(item[1]).lower()))


class ChoicesFacet(Facet):
    limit = None

    def __init__(self, param, field, title, choices):
        super().__init__(param, field, title)
        self.choices = choices

    def labels(self, keys):
        names = dict(self.choices.choices)
        return {key: names.get(key, key) for key in keys}

    def order(self, items):
        rank = {value: i for i, value in enumerate(self.choices.values)}
        return sorted(items, key=lambda item: rank.get(item[0], len(rank)))


class DimensionFacet(Facet):
    limit = None

    def labels(self, keys):
        return dict(Dimension.objects.filter(slug__in=keys).values_list("slug", "name"))

    def order(self, items):
        rank = {s: i for i, s in enumerate(Dimension.objects.values_list("slug", flat=True))}
        return sorted(items, key=lambda item: rank.get(item[0], len(rank)))


class AgencyFacet(Facet):
    convert = int

    def labels(self, keys):
        ids = [int(k) for k in keys if k.isdigit()]
        return {str(a.pk): str(a) for a in Agency.objects.filter(pk__in=ids)}


class RegionFacet(Facet):
    """Where the source agency is: province in Indonesia, country abroad (counted by agency)."""

    def __init__(self, param, title):
        super().__init__(param, "source_agency", title, "source_agency_id")

    def counts(self, raw):
        per_agency = super().counts(raw)
        ids = [int(k) for k in per_agency if k.isdigit()]
        region = {
            str(pk): region_of(province, country)
            for pk, province, country in Agency.objects.filter(pk__in=ids).values_list(
                "pk", "province", "country"
            )
        }
        counts = OrderedDict()
        for key, n in per_agency.items():
            name = region.get(key)
            if name:
                counts[name] = counts.get(name, 0) + n
        return OrderedDict(sorted(counts.items(), key=lambda kv: -kv[1]))

    def filter(self, values):
        wanted = set(values)
        ids = [
            pk
            for pk, province, country in Agency.objects.values_list("pk", "province", "country")
            if region_of(province, country) in wanted
        ]
        return Q(source_agency__in=ids)


class TagFacet(Facet):
    def labels(self, keys):
        return dict(Tag.objects.filter(slug__in=keys).values_list("slug", "name"))


class YearFacet(Facet):
    limit = 10
    convert = int

    def order(self, items):
        return sorted(items, key=lambda item: -int(item[0]) if item[0].isdigit() else 0)


FACETS = [
    ChoicesFacet("stage", "stage", _("Tahap ATM"), Stage),
    DimensionFacet("dimension", "dimensions__slug", _("Dimensi smart city"), "dimension_slugs"),
    AgencyFacet("source", "source_agency", _("Perangkat daerah sumber"), "source_agency_id"),
    AgencyFacet(
        "adopter", "adopting_agency", _("Perangkat daerah pengadopsi"), "adopting_agency_id"
    ),
    RegionFacet("region", _("Wilayah asal")),
    TagFacet("tag", "tags__slug", _("Label"), "tag_slugs"),
    YearFacet("year", "year", _("Tahun")),
    ChoicesFacet("status", "status", _("Status penerapan"), Status),
    ChoicesFacet("stop_reason", "stop_reason", _("Alasan dihentikan"), StopReason),
]
FACETS_BY_PARAM = {facet.param: facet for facet in FACETS}


# --- the form -------------------------------------------------------------------------------


class ValuesField(forms.Field):
    """Several values of one GET parameter, each checked by `check` (returns a clean string)."""

    widget = forms.MultipleHiddenInput

    def __init__(self, *, allowed=None, check=None, invalid_message=None, **kwargs):
        kwargs.setdefault("required", False)
        super().__init__(**kwargs)
        self.allowed, self.check = allowed, check
        self.invalid_message = invalid_message or _("Nilai tidak dikenal.")

    def to_python(self, value):
        if not value:
            return []
        if not isinstance(value, (list, tuple)):
            value = [value]
        values = []
        for item in value:
            item = str(item).strip()
            if item and item not in values:
                values.append(item)
        if len(values) > MAX_VALUES_PER_FACET:
            raise forms.ValidationError(_("Terlalu banyak nilai untuk satu filter."))
        return values

    def validate(self, values):
        if not values:
            return
        cleaned = [self.check(v) if self.check else v for v in values]
        if any(v is None for v in cleaned):
            raise forms.ValidationError(self.invalid_message)
        if self.allowed is not None:
            allowed = self.allowed()
            if any(v not in allowed for v in cleaned):
                raise forms.ValidationError(self.invalid_message)


def _year(value):
    ok = len(value) == 4 and value.isascii() and value.isdigit()
    return value if ok and YEAR_MIN <= int(value) <= YEAR_MAX else None


def _pk(value):
    if value.isascii() and value.isdigit() and len(value) <= 18:
        return str(int(value))
    return None


class SearchForm(forms.Form):
    """Facet selections and sort from the query string; `q` and `page` are handled by the view."""

    stage = ValuesField(
        allowed=lambda: set(Stage.values),
        invalid_message=_("Tahap ATM hanya bisa Amati, Tiru atau Modifikasi."),
    )
    dimension = ValuesField(
        allowed=lambda: set(Dimension.objects.values_list("slug", flat=True)),
        invalid_message=_("Dimensi itu tidak ada; pilih salah satu dari enam dimensi smart city."),
    )
    source = ValuesField(
        check=_pk,
        allowed=public_agency_keys,
        invalid_message=_("Perangkat daerah sumber itu tidak ditemukan."),
    )
    adopter = ValuesField(
        check=_pk,
        allowed=public_agency_keys,
        invalid_message=_("Perangkat daerah pengadopsi itu tidak ditemukan."),
    )
    agency = ValuesField(
        check=_pk,
        allowed=public_agency_keys,
        invalid_message=_("Perangkat daerah itu tidak ditemukan."),
    )
    region = ValuesField(
        allowed=lambda: set(public_regions()),
        invalid_message=_("Wilayah itu tidak ditemukan."),
    )
    tag = ValuesField(
        allowed=lambda: set(public_tags().values_list("slug", flat=True)),
        invalid_message=_("Label itu tidak ditemukan."),
    )
    year = ValuesField(
        check=_year,
        invalid_message=_("Tahun harus berupa angka empat digit, misalnya 2024."),
    )
    status = ValuesField(
        allowed=lambda: set(Status.values),
        invalid_message=_("Status penerapan itu tidak dikenal."),
    )
    stop_reason = ValuesField(
        allowed=lambda: set(StopReason.values),
        invalid_message=_(
            "Alasan dihentikan hanya bisa Regulasi, Anggaran, Infrastruktur, Sumber daya "
            "manusia atau Lainnya."
        ),
    )
    sort = forms.ChoiceField(
        choices=SORT_CHOICES,
        required=False,
        error_messages={
            "invalid_choice": _("Urutan itu tidak dikenal; diurutkan menurut relevansi.")
        },
    )

    FIELD_TITLES = {
        **{facet.param: facet.title for facet in FACETS},
        "agency": _("Perangkat daerah"),
        "sort": _("Urutan"),
    }

    def clean_year(self):
        return [_year(v) for v in self.cleaned_data["year"]]

    def clean_source(self):
        return [_pk(v) for v in self.cleaned_data["source"]]

    def clean_adopter(self):
        return [_pk(v) for v in self.cleaned_data["adopter"]]

    def clean_agency(self):
        return [_pk(v) for v in self.cleaned_data["agency"]]

    @property
    def selections(self):
        """{param: [values]} of the valid, non-empty selections, in FACETS order (+ agency)."""
        self.is_valid()
        data = getattr(self, "cleaned_data", {})
        params = [facet.param for facet in FACETS] + ["agency"]
        return OrderedDict((p, data[p]) for p in params if data.get(p))

    @property
    def sort_value(self):
        self.is_valid()
        return getattr(self, "cleaned_data", {}).get("sort") or SORT_RELEVANCE

    def problems(self):
        """[(title, message)] for every parameter that was ignored."""
        self.is_valid()
        return [
            (self.FIELD_TITLES.get(name, name), message)
            for name, messages in self.errors.items()
            for message in messages
        ]


def filter_for(param, values):
    """The Q filter for one selection."""
    if param == "agency":
        ids = [int(v) for v in values]
        return Q(source_agency__in=ids) | Q(adopting_agency__in=ids)
    return FACETS_BY_PARAM[param].filter(values)


def apply_selections(queryset, selections, *, without=None):
    """The queryset filtered by every selection except `without`."""
    for param, values in selections.items():
        if param != without:
            queryset = queryset.filter(filter_for(param, values))
    return queryset
