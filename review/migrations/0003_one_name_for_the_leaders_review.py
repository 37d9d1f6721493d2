"""One name for the leaders' review: the task is called as its workflow, "Tinjauan Pimpinan"."""

from django.db import migrations

OLD, NEW = "Tinjauan rubrik", "Tinjauan Pimpinan"


def rename_task(apps, schema_editor):
    apps.get_model("review.RubricReviewTask").objects.filter(name=OLD).update(name=NEW)


def restore_task_name(apps, schema_editor):
    apps.get_model("review.RubricReviewTask").objects.filter(name=NEW).update(name=OLD)


class Migration(migrations.Migration):
    dependencies = [
        ("review", "0002_leaders_review_workflow"),
    ]

    operations = [
        migrations.AlterModelOptions(
            name="rubricreviewtask",
            options={
                "verbose_name": "tinjauan pimpinan",
                "verbose_name_plural": "tinjauan pimpinan",
            },
        ),
        migrations.AlterModelOptions(
            name="rubricreviewtaskstate",
            options={
                "verbose_name": "tinjauan pimpinan",
                "verbose_name_plural": "tinjauan pimpinan",
            },
        ),
        migrations.RunPython(rename_task, restore_task_name),
    ]
