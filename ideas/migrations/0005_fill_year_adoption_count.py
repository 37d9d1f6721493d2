"""Fill IdeaPage.year and IdeaPage.adoption_count for ideas that existed before the fields.

Self-contained (historical models have neither save() nor PageQuerySet.public()): an idea
counts as an adoption when it is live and no view restriction covers it in the page tree,
and only adoptions reachable through such public ideas are counted, as on the idea page.
"""

from collections import defaultdict

from django.db import migrations
from django.utils import timezone


def year_of(idea):
    for value in (idea.implemented_on, idea.trial_started_on, idea.observed_on):
        if value:
            return value.year
    if idea.first_published_at:
        return timezone.localtime(idea.first_published_at).year
    return None


def fill(apps, schema_editor):
    IdeaPage = apps.get_model("ideas", "IdeaPage")
    PageViewRestriction = apps.get_model("wagtailcore", "PageViewRestriction")
    restricted = list(PageViewRestriction.objects.values_list("page__path", flat=True))

    ideas = list(
        IdeaPage.objects.only(
            "id",
            "path",
            "live",
            "derived_from_id",
            "implemented_on",
            "trial_started_on",
            "observed_on",
            "first_published_at",
        )
    )
    children = defaultdict(list)
    for idea in ideas:
        public = idea.live and not any(idea.path.startswith(p) for p in restricted)
        if public and idea.derived_from_id:
            children[idea.derived_from_id].append(idea.pk)

    def count(pk, seen):
        total = 0
        for child in children[pk]:
            if child not in seen:
                seen.add(child)
                total += 1 + count(child, seen)
        return total

    for idea in ideas:
        IdeaPage.objects.filter(pk=idea.pk).update(
            year=year_of(idea), adoption_count=count(idea.pk, {idea.pk})
        )


class Migration(migrations.Migration):
    dependencies = [
        ("ideas", "0004_idea_year_adoption_count"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(fill, migrations.RunPython.noop)]
