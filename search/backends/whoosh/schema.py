"""Whoosh fields for the models that share an index, and the documents that fill them.

One index per root model (as modelsearch's Elasticsearch backend does), so field types never
clash between unrelated models. Field names follow the Elasticsearch backend's column names,
with a prefix for their kind: ``t_`` full text, ``a_`` autocomplete, ``f_`` filter. Whoosh
refuses names that start with an underscore, so the two bookkeeping fields are ``pk`` and ``ct``.
"""

import datetime
from collections import Counter
from dataclasses import dataclass

from django.core.exceptions import FieldDoesNotExist
from django.db import models
from django.utils import timezone
from modelsearch.backends.base import get_model_root
from modelsearch.index import AutocompleteField, FilterField, RelatedFields, SearchField

from whoosh import fields

from .analysis import NormaliseFilter, WordTokenizer, autocomplete_analyzer, text_analyzer

INT_TYPES = {
    "AutoField",
    "BigAutoField",
    "SmallAutoField",
    "IntegerField",
    "BigIntegerField",
    "SmallIntegerField",
    "PositiveIntegerField",
    "PositiveBigIntegerField",
    "PositiveSmallIntegerField",
}
FLOAT_TYPES = {"FloatField", "DecimalField"}
DATE_TYPES = {"DateField", "DateTimeField"}
# Names of filter columns whose value is missing, so that ``isnull`` and facets can see them.
NULLS = "nulls"
# Unstemmed words of the boosted text fields (titles, summaries, tags): the spelling vocabulary.
SPELLING = "spelling"
SPELLING_MIN_BOOST = 2


def spelling_analyzer():
    return WordTokenizer() | NormaliseFilter(stop=False)


class MultiID(fields.ID):
    """An untokenised field that takes one value or a list of them (one term each)."""

    def index(self, value, **kwargs):
        values = value if isinstance(value, list | tuple) else [value]
        for text, freq in Counter(values).items():
            yield text.encode("utf-8"), freq, float(freq), b""


def content_types(model):
    """The labels a document of ``model`` carries: its own and every concrete parent's."""
    return [m._meta.label_lower for m in [model, *model._meta.get_parent_list()]]


@dataclass(frozen=True)
class Column:
    """One search_fields entry, flattened to a Whoosh field (related entries have a path)."""

    name: str
    kind: str  # "text", "autocomplete" or "filter"
    path: tuple  # RelatedFields entries leading to ``field``
    field: object
    model: type  # the model ``field`` belongs to
    value_type: str = "text"  # for filters: "int", "float", "date", "time", "bool" or "text"
    multi: bool = False  # reached through a to-many relation

    @property
    def boost(self):
        return getattr(self.field, "boost", None) or 1.0

    def whoosh_field(self):
        if self.kind == "text":
            return fields.TEXT(analyzer=text_analyzer(), phrase=True)
        if self.kind == "autocomplete":
            return fields.TEXT(analyzer=autocomplete_analyzer(), phrase=False)
        sortable = not self.multi
        if self.value_type in ("int", "time"):
            return fields.NUMERIC(int, bits=64, signed=True, sortable=sortable)
        if self.value_type == "float":
            return fields.NUMERIC(float, sortable=sortable)
        if self.value_type == "date":
            return fields.DATETIME(sortable=sortable)
        return MultiID(sortable=sortable)

    def to_index(self, value):
        """A Python value as this filter column stores it (``None`` for missing)."""
        if value is None or value == "":
            return None
        if isinstance(value, models.Model):
            value = value.pk
        if self.value_type == "date":
            if isinstance(value, datetime.datetime):
                if timezone.is_aware(value):
                    value = timezone.make_naive(value, datetime.UTC)
                return value
            return datetime.datetime(value.year, value.month, value.day)
        if self.value_type == "time":
            return ((value.hour * 60 + value.minute) * 60 + value.second) * 1_000_000 + (
                value.microsecond
            )
        if self.value_type == "int":
            return int(value)
        if self.value_type == "float":
            return float(value)
        if self.value_type == "bool":
            return "true" if value else "false"
        return str(value)

    def from_index(self, value):
        """The inverse of ``to_index`` for facet keys."""
        if self.value_type == "bool":
            return value == "true"
        if self.value_type == "date" and self.field.get_type(self.model) == "DateField":
            return value.date()
        if self.value_type == "time":
            seconds, micro = divmod(value, 1_000_000)
            return datetime.time(seconds // 3600, seconds // 60 % 60, seconds % 60, micro)
        return value


def _value_type(field, model):
    field_type = field.get_type(model)
    if field_type in INT_TYPES:
        return "int"
    if field_type in FLOAT_TYPES:
        return "float"
    if field_type in DATE_TYPES:
        return "date"
    if field_type == "TimeField":
        return "time"
    if field_type == "BooleanField":
        return "bool"
    return "int" if _is_to_many(field, model) else "text"  # to-many: a list of primary keys


def _is_to_many(field, model):
    """Whether ``field`` (a search_fields entry) reaches several rows: a list of values."""
    try:
        django_field = field.get_field(model)
    except FieldDoesNotExist:
        return False  # a method or property
    return bool(django_field.many_to_many or django_field.one_to_many)


def column_prefix(model, field):
    """Elasticsearch's rule: fields defined below the root model carry their model's name."""
    definition_model = field.get_definition_model(model)
    if definition_model is None or definition_model is get_model_root(model):
        return ""
    return f"{definition_model._meta.app_label}_{definition_model.__name__}__".lower()


def columns(model, search_fields=None, name_prefix="", path=(), multi=False):
    """Every column the documents of ``model`` fill, nested entries flattened."""
    for field in model.get_search_fields() if search_fields is None else search_fields:
        base = name_prefix + (column_prefix(model, field) if not path else "")
        if isinstance(field, RelatedFields):
            related_model = field.get_field(model).related_model
            yield from columns(
                related_model,
                field.fields,
                f"{base}{field.field_name}__",
                (*path, field),
                multi or _is_to_many(field, model),
            )
            continue
        attname = field.get_attname(model)
        if isinstance(field, AutocompleteField):
            yield Column(f"a_{base}{attname}", "autocomplete", path, field, model)
        elif isinstance(field, SearchField):
            yield Column(f"t_{base}{attname}", "text", path, field, model)
        elif isinstance(field, FilterField):
            value_type = _value_type(field, model)
            field_multi = multi or _is_to_many(field, model)
            yield Column(
                f"f_{base}{attname}", "filter", path, field, model, value_type, field_multi
            )


def build_schema(index_models):
    schema = fields.Schema(
        pk=fields.ID(stored=True, unique=True, sortable=True),
        ct=MultiID(),
        nulls=MultiID(),
        spelling=fields.TEXT(analyzer=spelling_analyzer(), phrase=False),
    )
    for model in index_models:
        for column in columns(model):
            if column.name not in schema:
                schema.add(column.name, column.whoosh_field())
    return schema


def _values(obj, path):
    """The objects at the end of ``path`` (RelatedFields entries) starting from ``obj``."""
    objects = [obj]
    for related in path:
        reached = []
        for current in objects:
            value = related.get_value(current)
            if value is None:
                continue
            if isinstance(value, models.Manager | models.QuerySet):
                reached.extend(value.all())
            else:
                reached.append(value)
        objects = reached
    return objects


def _flatten(value):
    if isinstance(value, models.Manager | models.QuerySet):
        return list(value.all())
    if isinstance(value, list | tuple | set):
        return list(value)
    return [value]


def document(obj, model_columns):
    """The Whoosh document for ``obj`` (an instance of the model ``model_columns`` describe)."""
    doc = {"pk": str(obj.pk), "ct": content_types(type(obj)), NULLS: []}
    texts = {}
    for column in model_columns:
        values = []
        for target in _values(obj, column.path):
            values.extend(v for v in _flatten(column.field.get_value(target)) if v is not None)
        if column.kind == "filter":
            converted = [c for c in (column.to_index(v) for v in values) if c is not None]
            converted = list(dict.fromkeys(converted))
            if not converted:
                doc[NULLS].append(column.name)
            elif column.multi or len(converted) > 1:
                # One term per value, so a facet counts each value once per document. A
                # method that returns a list (``dimension_slugs``) gives several values to a
                # column that may be sortable: its sort column keeps the first.
                doc[column.name] = converted
            else:
                doc[column.name] = converted[0]
        else:
            text = "\n".join(str(v) for v in values if str(v).strip())
            if text:
                texts.setdefault(column.name, []).append(text)
                if column.kind == "text" and column.boost >= SPELLING_MIN_BOOST:
                    texts.setdefault(SPELLING, []).append(text)
    doc.update({name: "\n".join(parts) for name, parts in texts.items()})
    if not doc[NULLS]:
        del doc[NULLS]
    return doc
