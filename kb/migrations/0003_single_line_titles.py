"""Titles saved before kb.pages.BasePage made them single-line lose their line breaks."""

from django.db import migrations
from django.db.models import Q

TITLE_FIELDS = ("title", "draft_title", "seo_title")


def single_line_titles(apps, schema_editor):
    Page = apps.get_model("wagtailcore", "Page")
    broken = Q()
    for name in TITLE_FIELDS:
        for character in ("\r", "\n", "\t"):
            broken |= Q(**{f"{name}__contains": character})
    for page in Page.objects.filter(broken):
        for name in TITLE_FIELDS:
            setattr(page, name, " ".join(getattr(page, name).split()))
        page.save(update_fields=TITLE_FIELDS)


class Migration(migrations.Migration):
    dependencies = [("kb", "0002_site_structure"), ("wagtailcore", "0098_apitoken")]

    operations = [migrations.RunPython(single_line_titles, migrations.RunPython.noop)]
