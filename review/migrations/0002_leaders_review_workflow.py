"""The "Tinjauan Pimpinan" workflow: one rubric review by Pimpinan, on the ideas section."""

from django.db import migrations

WORKFLOW, TASK, LEADERS = "Tinjauan Pimpinan", "Tinjauan rubrik", "Pimpinan"


def create_workflow(apps, schema_editor):
    ContentType = apps.get_model("contenttypes.ContentType")
    Group = apps.get_model("auth.Group")
    Page = apps.get_model("wagtailcore.Page")
    Workflow = apps.get_model("wagtailcore.Workflow")
    WorkflowTask = apps.get_model("wagtailcore.WorkflowTask")
    WorkflowPage = apps.get_model("wagtailcore.WorkflowPage")
    RubricReviewTask = apps.get_model("review.RubricReviewTask")

    task_type, _ = ContentType.objects.get_or_create(app_label="review", model="rubricreviewtask")
    task, _ = RubricReviewTask.objects.get_or_create(
        name=TASK, defaults={"content_type": task_type, "active": True}
    )
    leaders, _ = Group.objects.get_or_create(name=LEADERS)
    task.groups.add(leaders)
    workflow, _ = Workflow.objects.get_or_create(name=WORKFLOW, defaults={"active": True})
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    ideas_section = (
        Page.objects.filter(content_type__app_label="ideas", content_type__model="ideaindexpage")
        .order_by("path")
        .first()
    )
    if ideas_section is not None:
        WorkflowPage.objects.update_or_create(page=ideas_section, defaults={"workflow": workflow})


def remove_workflow(apps, schema_editor):
    apps.get_model("wagtailcore.Workflow").objects.filter(name=WORKFLOW).delete()
    apps.get_model("review.RubricReviewTask").objects.filter(name=TASK).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("review", "0001_rubric_review"),
        ("ideas", "0003_groups"),
        ("kb", "0002_site_structure"),
    ]

    operations = [migrations.RunPython(create_workflow, remove_workflow)]
