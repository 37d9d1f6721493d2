"""Wagtail's default workflow and its task are named "Moderators approval" (created by
wagtailcore's 0048 migration); the submit menu shows "Ajukan ke Moderators approval". Name
both in Indonesian. A workflow renamed by hand is left alone."""

from django.db import migrations

OLD, NEW = "Moderators approval", "Persetujuan moderator"


def rename(apps, old, new):
    apps.get_model("wagtailcore.Workflow").objects.filter(name=old).update(name=new)
    apps.get_model("wagtailcore.Task").objects.filter(name=old).update(name=new)


def forwards(apps, schema_editor):
    rename(apps, OLD, NEW)


def backwards(apps, schema_editor):
    rename(apps, NEW, OLD)


class Migration(migrations.Migration):
    dependencies = [
        ("ideas", "0009_agency_slug"),
        ("wagtailcore", "0048_add_default_workflows"),
    ]

    operations = [migrations.RunPython(forwards, backwards)]
