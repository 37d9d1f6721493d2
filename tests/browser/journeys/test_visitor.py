"""The anonymous visitor on the public site, in Chromium, with the demo content.

Journey: search from the home page, narrow with two facets, open an idea, follow its lineage
up to its source and down to an adopter, open its agency's page, and find a study trip.
Then the search page on a phone: the facets come before the results and long agency names
are shown whole.
"""

import re

import pytest
from playwright.sync_api import expect

from ideas.choices import Stage
from ideas.models import Agency, IdeaPage, StudyTripPage

from ..conftest import BROWSER_DB

pytestmark = pytest.mark.engines

IDEA = "Antrean Kantor Camat Sirimau lewat WhatsApp dan SMS"
SOURCE = "Antrean Daring Mal Pelayanan Publik Banyuwangi"
ADOPTER = "Antrean Kecamatan Nusaniwe Dibantu Ketua RT dan Kepala Soa"
TRIP = "Studi Banding Smart City ke Seoul"


def public_ideas():
    return IdeaPage.objects.live().public()


@BROWSER_DB
def test_a_visitor_searches_narrows_follows_the_lineage_and_finds_agency_and_trip(
    demo, journey, page
):
    idea = public_ideas().get(title__startswith=IDEA[:40])
    source = idea.derived_from
    adopter = public_ideas().get(derived_from=idea)
    assert (source.title, adopter.title) == (SOURCE, ADOPTER)

    page.goto("/")
    expect(page.get_by_role("heading", name="Paling banyak diadopsi")).to_be_visible()
    # The home page names the most adopted idea with the one adoption number.
    most = public_ideas().order_by("-adoption_count", "title").first()
    expect(page.locator(".adopted-list__item").first).to_contain_text(
        f"Diadopsi {most.adoption_count} kali"
    )
    journey.step("The home page, with the most adopted ideas")

    page.get_by_role("combobox", name="Cari inovasi, layanan, atau perangkat daerah").fill(
        "antrean"
    )
    with page.expect_navigation():
        page.locator(".big-search").get_by_role("button", name="Cari").click()
    heading = page.locator("#results-heading")
    expect(heading).to_contain_text("cocok dengan “antrean”")
    journey.step("Results for “antrean”")

    facets = page.locator(".search-facets")
    with page.expect_navigation():
        facets.get_by_role("link", name=re.compile(r"^Modifikasi \d+")).click()
    with page.expect_navigation():
        facets.get_by_role("link", name=re.compile(r"^Smart Society \d+")).click()
    hits = page.locator(".search-hit:not(.search-hit--trip) .search-hit__title")
    expect(hits.first).to_be_visible()
    shown = public_ideas().filter(title__in=hits.all_inner_texts())
    assert shown.count() == hits.count() and IDEA in hits.all_inner_texts()
    for hit in shown:  # every idea on screen is what the two facets say
        assert hit.stage == Stage.MODIFIKASI, hit.title
        assert hit.dimensions.filter(slug="society").exists(), hit.title
    expect(page.locator(".search-chip")).to_have_count(2)
    journey.step("Two facets applied: Modifikasi and Smart Society")

    with page.expect_navigation():
        page.get_by_role("link", name=IDEA).click()
    expect(page.get_by_role("heading", level=1, name=IDEA)).to_be_visible()
    journey.step("The idea page, with its lineage")

    lineage = page.locator("#silsilah")
    with page.expect_navigation():
        lineage.get_by_role("link", name=SOURCE).click()
    expect(page.get_by_role("heading", level=1, name=SOURCE)).to_be_visible()
    expect(page.locator(".adoptions__headline")).to_contain_text(
        f"Diadopsi {source.adoption_count} kali"
    )
    journey.step("Up the lineage: the source it was adapted from")

    page.go_back()
    with page.expect_navigation():
        page.locator("#silsilah .adoption-tree").get_by_role("link", name=ADOPTER).click()
    expect(page.get_by_role("heading", level=1, name=ADOPTER)).to_be_visible()
    journey.step("Down the lineage: an agency that adapted it in turn")

    page.go_back()
    agency = idea.adopting_agency
    with page.expect_navigation():
        page.locator("section[aria-labelledby=adopsi]").get_by_role(
            "link", name=str(agency)
        ).click()
    assert page.url.endswith(f"/instansi/{agency.slug}/")
    expect(page.get_by_role("heading", level=1)).to_contain_text(agency.name)
    adopted = page.locator("#diadopsi .idea-card__title")
    shown = public_ideas().filter(adopting_agency=agency).exclude(status="dihentikan")
    assert sorted(adopted.all_inner_texts()) == sorted(i.title for i in shown)
    assert IDEA in adopted.all_inner_texts()
    journey.step("The adopting agency's page: what it adopted, stopped and visited")

    page.locator(".header-search input[name=q]").fill("seoul")
    with page.expect_navigation():
        page.locator(".header-search").get_by_role("button", name="Cari").click()
    trips = page.locator(".search-trips")
    expect(trips).to_contain_text("1 kunjungan kerja cocok dengan “seoul”")
    expect(trips.locator(".badge--trip")).to_have_text("Kunjungan kerja")
    journey.step("Searching “seoul” finds a study trip as well as ideas")

    with page.expect_navigation():
        trips.get_by_role("link", name=TRIP).click()
    trip = StudyTripPage.objects.live().public().get(title=TRIP)
    assert page.url.endswith(trip.url)
    host = trip.host_agencies.filter(pk__in=Agency.objects.named_by_public_ideas()).first()
    expect(page.locator(".idea-aside").get_by_role("link", name=str(host))).to_be_visible()
    journey.step("The study trip to Seoul, its hosts linked to their pages")


@BROWSER_DB
def test_on_a_phone_the_facets_come_first_and_show_long_agency_names_whole(demo, journey, page):
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto("/search/?q=antrean")
    summary = page.locator(".search-facets summary")
    results = page.locator("#results-heading")
    expect(summary).to_be_visible()
    assert summary.bounding_box()["y"] < results.bounding_box()["y"]
    # Folded at first, so the results are right below it.
    expect(page.locator(".search-facet").first).to_be_hidden()
    journey.step("Search on a phone: “Saring hasil” above the results")

    summary.click()
    longest = max(
        (
            str(a)
            for a in Agency.objects.named_by_public_ideas().filter(
                source_ideas__title__icontains="antrean"
            )
        ),
        key=len,
    )
    label = page.locator(".search-facet__label", has_text=longest).first
    expect(label).to_be_visible()
    expect(label).to_have_text(longest)
    box = label.bounding_box()
    assert box["x"] >= 0 and box["x"] + box["width"] <= 390, box
    assert label.evaluate(
        "e => e.scrollWidth <= e.clientWidth && e.scrollHeight <= e.clientHeight + 1"
    )
    assert summary.bounding_box()["y"] < results.bounding_box()["y"]
    journey.step("The facets unfolded: the long agency name wraps, whole")
