"""Small builders for test content: real pages in the real tree, published through revisions."""

import datetime

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from ideas.choices import Stage
from ideas.models import (
    Agency,
    Dimension,
    IdeaIndexPage,
    IdeaPage,
    IdeaSectionPage,
    StudyTripIndexPage,
    StudyTripPage,
)


def agency(name="Diskominfosandi", city="Ambon", **fields):
    fields.setdefault("acronym", name[:12])
    fields.setdefault("is_own", city == "Ambon")
    return Agency.objects.create(name=name, city=city, **fields)


def idea_index():
    return IdeaIndexPage.objects.get()


def trip_index():
    return StudyTripIndexPage.objects.get()


def idea(
    title, stage=Stage.AMATI, *, publish=True, dimensions=("governance",), parent=None, **fields
):
    """An IdeaPage under `parent` (default: the idea index); published unless publish=False
    (then a draft)."""
    fields.setdefault("summary", f"Ringkasan {title}.")
    page = IdeaPage(title=title, stage=stage, live=publish, **fields)
    page.dimensions = list(Dimension.objects.filter(slug__in=dimensions))
    (parent or idea_index()).add_child(instance=page)
    revision = page.save_revision()
    if publish:
        revision.publish()
    page.refresh_from_db()
    return page


def section(title="Inovasi internal"):
    """A published section of the idea list."""
    page = IdeaSectionPage(title=title)
    idea_index().add_child(instance=page)
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def trip(title="Studi banding Surabaya", **fields):
    fields.setdefault("destination_city", "Surabaya")
    fields.setdefault("start_date", datetime.date(2024, 5, 6))
    fields.setdefault("end_date", datetime.date(2024, 5, 8))
    fields.setdefault("purpose", "Mempelajari layanan perizinan daring.")
    page = StudyTripPage(title=title, **fields)
    trip_index().add_child(instance=page)
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def user(username, group=None, **fields):
    account = get_user_model().objects.create_user(
        username=username, password="rahasia-uji-123", email=f"{username}@example.org", **fields
    )
    if group:
        account.groups.add(Group.objects.get(name=group))
    return account
