"""OpenSearch backend: modelsearch's, with this site's Indonesian analysis (``search.language``).

``KB_SEARCH_BACKEND=opensearch`` selects it (kb/settings/base.py; README, "Search engines").
Built on modelsearch's ``opensearch3`` classes, whose index calls pass keyword arguments: the
form opensearch-py 3 requires and opensearch-py 2 accepts, so one backend serves both clients
(pinned: opensearch-py 3, for OpenSearch 3.x; opensearch-py 2 for a 2.x cluster).

What it changes:

- index settings: the analyzers of ``search.language.opensearch`` next to modelsearch's own;
- mappings: every full-text field is analysed by ``ANALYZER`` at index and search time,
  autocomplete fields by the autocomplete analyzers;
- facets: every value is counted, not the 10 largest; list-valued filter fields
  (``dimension_slugs``, ``tag_slugs``: methods, which modelsearch maps as ``keyword`` fields)
  give their "no value" bucket as ``None``, as a foreign key does, not as the string "0";
- the client: one try per node (``max_retries``), so a cluster that does not answer costs a
  request ``TIMEOUT`` once, not four times; bulk indexing (``update_index``) gets a longer
  timeout than a search.
"""

from collections import OrderedDict
from copy import deepcopy

from modelsearch.backends.opensearch3 import (
    OpenSearch3AutocompleteQueryCompiler,
    OpenSearch3Mapping,
    OpenSearch3SearchBackend,
    OpenSearch3SearchQueryCompiler,
    OpenSearch3SearchResults,
)
from modelsearch.utils import deep_update

from search.language.opensearch import (
    ANALYZER,
    AUTOCOMPLETE_ANALYZER,
    AUTOCOMPLETE_SEARCH_ANALYZER,
    analysis_settings,
)

# Seconds a bulk request of update_index may take, at least.
BULK_TIMEOUT = 60
# Most values one facet counts (below OpenSearch's search.max_buckets, 65,535).
FACET_SIZE = 10_000


def _analyse_text_fields(properties):
    """Give every text field without an analyzer of its own (SearchFields, the _all_text
    copies, nested ones) this site's analyzer, at index and at search time."""
    for field in properties.values():
        if field.get("type") == "text" and "analyzer" not in field:
            field["analyzer"] = ANALYZER
            field["search_analyzer"] = ANALYZER
        if "properties" in field:
            _analyse_text_fields(field["properties"])


class KBOpenSearchMapping(OpenSearch3Mapping):
    edgengram_analyzer_config = {
        "analyzer": AUTOCOMPLETE_ANALYZER,
        "search_analyzer": AUTOCOMPLETE_SEARCH_ANALYZER,
    }

    def get_mapping(self):
        mapping = super().get_mapping()
        _analyse_text_fields(mapping["properties"])
        return mapping


class KBOpenSearchQueryCompiler(OpenSearch3SearchQueryCompiler):
    mapping_class = KBOpenSearchMapping


class KBOpenSearchAutocompleteQueryCompiler(OpenSearch3AutocompleteQueryCompiler):
    mapping_class = KBOpenSearchMapping


class KBOpenSearchResults(OpenSearch3SearchResults):
    def _backend_do_search(self, body, **kwargs):
        # A terms aggregation counts its 10 largest buckets unless told: count every value, as
        # the other backends do (the page decides how many to show).
        for aggregation in body.get("aggregations", {}).values():
            aggregation["terms"].setdefault("size", FACET_SIZE)
        return super()._backend_do_search(body, **kwargs)

    def facet(self, field_name):
        counts = super().facet(field_name)
        field = self.query_compiler._get_filterable_field(field_name)
        _name, mapping = self.query_compiler.mapping.get_field_mapping(field)
        if mapping["type"] != "keyword" or "0" not in counts:
            return counts
        # modelsearch counts documents without a value under the number 0, which a keyword
        # field turns into the string "0".
        missing = counts.pop("0")
        counts[None] = counts.get(None, 0) + missing
        return OrderedDict(sorted(counts.items(), key=lambda item: -item[1]))


class KBOpenSearchBackend(OpenSearch3SearchBackend):
    mapping_class = KBOpenSearchMapping
    query_compiler_class = KBOpenSearchQueryCompiler
    autocomplete_query_compiler_class = KBOpenSearchAutocompleteQueryCompiler
    results_class = KBOpenSearchResults
    # Text is analysed with search.language's rules (stems, spelling variants): highlights
    # mark the other forms of a word, as on Whoosh.
    stems_indonesian = True
    settings = deep_update(
        deepcopy(OpenSearch3SearchBackend.settings), {"settings": {"analysis": analysis_settings()}}
    )

    def __init__(self, params):
        params = dict(params)
        urls = params.get("URLS") or params.get("HOSTS") or [None]
        options = dict(params.get("OPTIONS") or {})
        options.setdefault("max_retries", len(urls) - 1 if isinstance(urls, list) else 0)
        params["OPTIONS"] = options
        super().__init__(params)

    def bulk(self, *args, **kwargs):
        kwargs.setdefault("request_timeout", max(self.timeout, BULK_TIMEOUT))
        return super().bulk(*args, **kwargs)


SearchBackend = KBOpenSearchBackend
