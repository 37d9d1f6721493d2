"""Agencies get a slug for their public page (/instansi/<slug>/), filled for existing rows."""

from django.db import migrations, models


def fill_slugs(apps, schema_editor):
    from ideas.models import unique_agency_slug

    Agency = apps.get_model("ideas", "Agency")
    for agency in Agency.objects.order_by("pk"):
        agency.slug = unique_agency_slug(
            agency.name, agency.city, exclude_pk=agency.pk, model=Agency
        )
        agency.save(update_fields=["slug"])


class Migration(migrations.Migration):
    dependencies = [
        ("ideas", "0008_agency_revisions_authors_add_only"),
    ]

    operations = [
        migrations.AddField(
            model_name="agency",
            name="slug",
            # No index yet: the unique constraint below brings it. On PostgreSQL an indexed
            # slug made unique afterwards creates its "_like" index a second time and fails.
            field=models.SlugField(
                default="", editable=False, max_length=255, db_index=False, verbose_name="slug"
            ),
            preserve_default=False,
        ),
        migrations.RunPython(fill_slugs, migrations.RunPython.noop),
        migrations.AlterField(
            model_name="agency",
            name="slug",
            field=models.SlugField(
                editable=False, max_length=255, unique=True, verbose_name="slug"
            ),
        ),
    ]
