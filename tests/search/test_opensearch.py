"""The OpenSearch backend's index settings and mappings, as it would send them to a cluster.

No cluster runs here: these tests build the backend from its settings (no request is made) and
read what its own code paths produce: the analysis settings generated from search/language,
the mapping of IdeaPage, the document of an idea, the facet request. The tokenizer's pattern
is run by Java's regex engine, the one OpenSearch runs it with.
"""

import re
import subprocess
from collections import OrderedDict

from django.test import TestCase, override_settings
from wagtail.search.backends import get_search_backend

from ideas.models import Agency, IdeaPage
from kb.settings.base import search_backend
from search.backends.opensearch import KBOpenSearchBackend
from search.language import opensearch
from search.language.tables import (
    ROOT_FIXES,
    SPELLING_VARIANTS,
    STEM_EXCEPTIONS,
    STOP_WORDS,
)
from search.language.text import WORD_PATTERN, is_stop_word
from tests import factories

PARAMS = {"URLS": ["http://127.0.0.1:9"], "INDEX_PREFIX": "lumbung_", "TIMEOUT": 5}
BUILTIN_FILTERS = {"lowercase", "asciifolding"}


def backend(**params):
    return KBOpenSearchBackend({**PARAMS, **params})


def analysis():
    return backend().settings["settings"]["analysis"]


def rules(name):
    entry = analysis()["filter"][name]
    return entry.get("synonyms") or entry["rules"]


def as_mapping(rule_list):
    return dict(rule.split(" => ") for rule in rule_list)


# --- The analyzer chain ------------------------------------------------------------------------


def test_text_analyzer_chain():
    settings = analysis()
    analyzer = settings["analyzer"][opensearch.ANALYZER]
    assert analyzer["type"] == "custom"
    assert analyzer["tokenizer"] == opensearch.TOKENIZER
    assert analyzer["filter"] == [
        "lowercase",
        "asciifolding",
        "kb_apostrophes",
        "kb_spelling_variants",
        "kb_one_letter",
        "kb_not_empty",
        "kb_stop",
        "kb_stem_exceptions",
        "kb_ifitas",
        "kb_stemmer",
        "kb_roots",
    ]
    for name in analyzer["filter"]:
        assert name in BUILTIN_FILTERS or name in settings["filter"], name
    tokenizer = settings["tokenizer"][opensearch.TOKENIZER]
    assert tokenizer == {"type": "pattern", "pattern": opensearch.JAVA_WORD_PATTERN, "group": 0}


def test_autocomplete_analyzers_fold_and_cut_prefixes_without_stemming():
    settings = analysis()
    index = settings["analyzer"][opensearch.AUTOCOMPLETE_ANALYZER]
    search = settings["analyzer"][opensearch.AUTOCOMPLETE_SEARCH_ANALYZER]
    assert index["tokenizer"] == search["tokenizer"] == opensearch.TOKENIZER
    assert index["filter"] == ["lowercase", "asciifolding", "kb_apostrophes", "kb_prefixes"]
    assert search["filter"] == ["lowercase", "asciifolding", "kb_apostrophes", "kb_longest_prefix"]
    prefixes = settings["filter"]["kb_prefixes"]
    assert prefixes == {"type": "edge_ngram", "min_gram": 2, "max_gram": 15}
    # A search word longer than the longest prefix indexed still meets it.
    assert settings["filter"]["kb_longest_prefix"] == {"type": "truncate", "length": 15}


def test_stop_words_are_exactly_the_tables():
    stop = analysis()["filter"]["kb_stop"]
    assert stop["type"] == "stop"
    assert len(stop["stopwords"]) == len(STOP_WORDS)
    assert set(stop["stopwords"]) == STOP_WORDS
    assert {"yang", "dan", "the"} <= set(stop["stopwords"])
    assert not {"kerja", "masalah", "it"} & set(stop["stopwords"])  # domain words stay


def test_one_letter_words_but_not_digits_are_dropped():
    filters = analysis()["filter"]
    assert filters["kb_one_letter"]["type"] == "pattern_replace"
    assert filters["kb_one_letter"]["replacement"] == ""
    assert filters["kb_not_empty"] == {"type": "length", "min": 1}


def test_spelling_variants_map_to_the_standard_form():
    assert analysis()["filter"]["kb_spelling_variants"]["type"] == "synonym"
    variants = as_mapping(rules("kb_spelling_variants"))
    assert variants == SPELLING_VARIANTS
    assert variants["antrian"] == "antrean"
    assert variants["ijin"] == "izin"
    assert "antrian => antrean" in rules("kb_spelling_variants")


def test_spelling_variants_survive_the_filters_before_them():
    """OpenSearch parses synonym rules with the tokenizer and filters before the synonym
    filter, and fails on a rule that is not one folded word; the filters after it (stop words,
    stem exceptions) must not see a variant, as stem() normalises only words it keeps."""
    for variant, standard in SPELLING_VARIANTS.items():
        for word in (variant, standard):
            assert re.fullmatch(WORD_PATTERN, word) and word == word.lower().strip(), word
            assert not is_stop_word(word), word
            assert word not in STEM_EXCEPTIONS, word


def test_stemmer_is_indonesian_with_the_stem_exceptions_before_it():
    filters = analysis()["filter"]
    assert filters["kb_stemmer"] == {"type": "stemmer", "language": "indonesian"}
    assert filters["kb_stem_exceptions"]["type"] == "stemmer_override"
    exceptions = as_mapping(rules("kb_stem_exceptions"))
    assert exceptions == STEM_EXCEPTIONS
    assert exceptions["kediri"] == "kediri"  # not ke- + diri
    assert filters["kb_ifitas"] == {
        "type": "pattern_replace",
        "pattern": "ifitas$",
        "replacement": "ivitas",
    }


def test_roots_the_stemmer_finds_are_mapped_as_sastrawi_s():
    roots = as_mapping(rules("kb_roots"))
    assert analysis()["filter"]["kb_roots"]["type"] == "stemmer_override"
    assert roots == {**SPELLING_VARIANTS, **ROOT_FIXES}
    assert roots["awat"] == "rawat"  # perawatan -> awat on OpenSearch too
    assert roots["antri"] == "antre"  # mengantri -> antri


JAVA_MATCHER = """
import java.util.regex.*;
public class Matches {
    public static void main(String[] args) throws Exception {
        Pattern pattern = Pattern.compile(args[0]);
        String text = new String(System.in.readAllBytes(), "UTF-8");
        StringBuilder out = new StringBuilder();
        for (String line : text.split("\\n", -1)) {
            Matcher m = pattern.matcher(line);
            StringBuilder words = new StringBuilder();
            while (m.find()) words.append(m.group()).append('\\u0000');
            out.append(words).append('\\n');
        }
        System.out.print(out);
    }
}
"""

SAMPLES = [
    "Pelayanan e-KTP di Jum'at; don\u2019t COVID-19 versi 4.0 (Rp1.500.000,00) a.b 3.a x",
    "café São Paulo, naïve Ærø, ½ x² _snake_ 北京 ١٢٣ Ağrı İzmir",
]


def java_matches(pattern, lines, tmp_path):
    """Each line's matches of ``pattern``, found by java.util.regex."""
    source = tmp_path / "Matches.java"
    source.write_text(JAVA_MATCHER)
    result = subprocess.run(  # noqa: S603
        ["java", str(source), pattern],  # noqa: S607
        input="\n".join(lines).encode(),
        capture_output=True,
        check=True,
        timeout=120,
    )
    found = result.stdout.decode().split("\n")
    return [[w for w in line.split("\0") if w] for line in found[: len(lines)]]


def test_the_tokenizer_finds_the_words_python_finds(tmp_path):
    one_letters = sorted({w for s in SAMPLES for w in re.findall(WORD_PATTERN, s) if len(w) == 1})
    words = java_matches(opensearch.JAVA_WORD_PATTERN, SAMPLES, tmp_path)
    assert words == [re.findall(WORD_PATTERN, sample) for sample in SAMPLES]
    # kb_one_letter empties the one-character words that are not digits, as is_stop_word
    # drops them; the one documented difference: "½" is a number to Java, not a digit to Python.
    pattern = analysis()["filter"]["kb_one_letter"]["pattern"]
    emptied = java_matches(pattern, one_letters + ["ab", "12"], tmp_path)
    dropped = {w for w, m in zip(one_letters, emptied, strict=False) if m}
    assert dropped == {w for w in one_letters if is_stop_word(w) and not w.isdigit()} - {"½"}
    assert {"a", "b", "e", "x"} <= dropped and "3" not in dropped
    assert emptied[-2:] == [[], []]


# --- The backend: index settings, mappings, documents, facets ----------------------------------


def test_index_settings_keep_modelsearch_s_and_merge_index_settings():
    settings = backend(INDEX_SETTINGS={"settings": {"index": {"number_of_replicas": 2}}}).settings
    assert settings["settings"]["index"] == {"max_ngram_diff": 12, "number_of_replicas": 2}
    analyzers = settings["settings"]["analysis"]["analyzer"]
    assert {"ngram_analyzer", "edgengram_analyzer", opensearch.ANALYZER} <= set(analyzers)
    # The class's settings are not changed by an instance's INDEX_SETTINGS.
    assert "number_of_replicas" not in KBOpenSearchBackend.settings["settings"]["index"]


def test_client_tries_each_node_once():
    one = backend()
    assert one.es.transport.max_retries == 0
    assert one.timeout == 5
    two = backend(URLS=["http://127.0.0.1:9", "http://127.0.0.2:9"])
    assert two.es.transport.max_retries == 1
    assert backend(OPTIONS={"max_retries": 3}).es.transport.max_retries == 3


def test_bulk_indexing_waits_longer_than_a_search():
    """The client's own serializer; its bulk request recorded instead of sent."""
    engine, requests = backend(TIMEOUT=2), []

    def bulk(*body, **request):  # opensearch-py 2 passes the body by position, 3 by name
        requests.append(request)
        return {"errors": False, "items": [{"index": {"status": 201}}]}

    engine.es.bulk = bulk
    engine.bulk(engine.es, [{"_id": "1", "title": "Antrean"}], index="lumbung_x")
    (request,) = requests
    assert request["request_timeout"] == 60
    assert request["index"] == "lumbung_x"


def test_index_names_carry_the_prefix():
    assert backend().get_index_for_model(IdeaPage).name == "lumbung_wagtailcore_page"
    assert backend().get_index_for_model(Agency).name == "lumbung_ideas_agency"
    assert backend(INDEX_PREFIX="ambon_").get_index_for_model(IdeaPage).name == (
        "ambon_wagtailcore_page"
    )


def test_kb_settings_build_this_backend(monkeypatch):
    monkeypatch.setenv("KB_OPENSEARCH_URL", "https://search.example.test:9201")
    monkeypatch.setenv("KB_OPENSEARCH_INDEX_PREFIX", "ambon_")
    monkeypatch.setenv("KB_OPENSEARCH_TIMEOUT", "3")
    entry = search_backend("opensearch", None)
    with override_settings(WAGTAILSEARCH_BACKENDS={"default": entry}):
        built = get_search_backend()
    assert isinstance(built, KBOpenSearchBackend)
    assert built.index_prefix == "ambon_"
    assert built.timeout == 3
    assert built.hosts[0]["host"] == "search.example.test"
    assert built.hosts[0]["port"] == 9201
    assert built.hosts[0]["use_ssl"] is True


def idea_mapping():
    return backend().mapping_class(IdeaPage).get_mapping()["properties"]


TEXT = {"type": "text", "analyzer": "kb_indonesian", "search_analyzer": "kb_indonesian"}
AUTOCOMPLETE = {
    "type": "text",
    "analyzer": "kb_autocomplete",
    "search_analyzer": "kb_autocomplete_search",
}


def text_fields(properties, prefix=""):
    for name, field in properties.items():
        if field.get("type") == "text":
            yield prefix + name, field
        yield from text_fields(field.get("properties", {}), prefix + name + ".")


def test_every_text_field_of_an_idea_is_analysed_by_kb_indonesian():
    fields = dict(text_fields(idea_mapping()))
    full_text = {n: f for n, f in fields.items() if "edgengrams" not in n}
    assert {
        "title",
        "ideas_ideapage__summary",
        "ideas_ideapage__problem",
        "ideas_ideapage__goal",
        "ideas_ideapage__body",
        "ideas_ideapage__stop_detail",
        "ideas_ideapage__tags.name",
        "ideas_ideapage__source_agency.name",
        "_all_text",
        "_all_text_boost_2_0",
    } <= set(full_text)
    for name, field in full_text.items():
        assert {k: field[k] for k in TEXT} == TEXT, name
    assert idea_mapping()["ideas_ideapage__summary"]["copy_to"] == [
        "_all_text",
        "_all_text_boost_2_0",
    ]


def test_autocomplete_fields_of_an_idea_use_the_prefix_analyzers():
    fields = dict(text_fields(idea_mapping()))
    autocomplete = {n: f for n, f in fields.items() if "edgengrams" in n}
    assert {
        "_edgengrams",
        "title_edgengrams",
        "ideas_ideapage__tags.name_edgengrams",
        "ideas_ideapage__source_agency.name_edgengrams",
    } <= set(autocomplete)
    for name, field in autocomplete.items():
        assert field == AUTOCOMPLETE, name


def test_facets_of_an_idea_are_keywords_or_numbers():
    mapping = idea_mapping()
    assert mapping["ideas_ideapage__dimension_slugs_filter"] == {"type": "keyword"}
    assert mapping["ideas_ideapage__tag_slugs_filter"] == {"type": "keyword"}
    assert mapping["ideas_ideapage__stage_filter"] == {"type": "keyword"}
    # Agencies are faceted by their id (attname): numbers, as on the database backend.
    assert mapping["ideas_ideapage__source_agency_id_filter"] == {"type": "long"}
    assert mapping["ideas_ideapage__adopting_agency_id_filter"] == {"type": "long"}


class FakeClient:
    """Stands in for the cluster: records the request, answers with ``buckets``."""

    def __init__(self, buckets):
        self.buckets, self.requests = buckets, []

    def search(self, **request):
        self.requests.append(request)
        name = next(iter(request["body"]["aggregations"]))
        return {"aggregations": {name: {"buckets": self.buckets}}}


class DocumentAndFacetTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.idea = factories.idea("Antrean daring", dimensions=("governance", "living"))
        cls.idea.tags.add("antrean")
        cls.idea.save()

    def test_an_idea_s_document_holds_its_facet_slugs(self):
        idea = IdeaPage.objects.get(pk=self.idea.pk)
        document = backend().mapping_class(IdeaPage).get_document(idea)
        assert sorted(document["ideas_ideapage__dimension_slugs_filter"]) == [
            "governance",
            "living",
        ]
        assert document["ideas_ideapage__tag_slugs_filter"] == ["antrean"]
        assert document["title_edgengrams"] == "Antrean daring"

    def test_dimension_facet_counts_the_keyword_field(self):
        engine = backend()
        engine.es = FakeClient(
            [{"key": "governance", "doc_count": 3}, {"key": "0", "doc_count": 2}]
        )
        counts = engine.search("antrean", IdeaPage.objects.live()).facet("dimension_slugs")
        assert counts == OrderedDict([("governance", 3), (None, 2)])
        (request,) = engine.es.requests
        terms = request["body"]["aggregations"]["dimension_slugs"]["terms"]
        assert terms["field"] == "ideas_ideapage__dimension_slugs_filter"
        assert terms["size"] == 10_000  # every tag, not the 10 most used
        assert request["index"] == "lumbung_wagtailcore_page"

    def test_agency_facet_keys_stay_numbers(self):
        engine = backend()
        engine.es = FakeClient([{"key": 7, "doc_count": 4}, {"key": 0, "doc_count": 1}])
        counts = engine.search("antrean", IdeaPage.objects.live()).facet("source_agency_id")
        assert counts == OrderedDict([(7, 4), (None, 1)])
